//! The message list's window onto the store: pages of [`PAGE`] rows read by
//! keyset paging (`Store::list` after a `ListCursor`), cached around the
//! viewport, never the whole folder. The cursor that ends every page read
//! is kept (a few bytes per 200 rows), so a jump far down walks from the
//! nearest known page instead of from the top.
//!
//! One request is in flight at a time; a reload (new mail, a delete) bumps
//! the generation so answers to older requests are dropped, and keeps
//! showing the old rows until the new ones arrive.

use std::collections::BTreeMap;

use postern::account::AccountId;
use postern::store::{Folder, ListCursor, ListQuery, MessageRow, SortKey, Store, StoreError};

/// Rows per page read from the store.
pub const PAGE: usize = 200;
/// Height of one list row, in logical pixels. Fixed, so row `i` sits at
/// `i * ROW_HEIGHT` and only the visible rows need widgets.
pub const ROW_HEIGHT: f32 = 30.0;
/// Rows built above and below the viewport.
pub const MARGIN_ROWS: usize = 8;
/// Pages kept on each side of the visible ones.
const KEEP_PAGES: usize = 2;

/// Which messages, in what order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scope {
    pub account: Option<AccountId>,
    pub folder: Folder,
    pub sort: SortKey,
    pub descending: bool,
}

impl Scope {
    fn query(&self, after: Option<ListCursor>, limit: usize) -> ListQuery {
        ListQuery {
            account: self.account,
            folder: self.folder,
            sort: self.sort,
            descending: self.descending,
            after,
            limit,
        }
    }
}

/// Read pages `first..=last`, walking from page `start` (which begins
/// after `after`).
#[derive(Debug, Clone)]
pub struct Request {
    pub generation: u64,
    pub scope: Scope,
    pub start: usize,
    pub after: Option<ListCursor>,
    pub first: usize,
    pub last: usize,
    /// A reload: the answer replaces the whole cache.
    pub fresh: bool,
}

/// The store's answer to a [`Request`].
#[derive(Debug, Clone)]
pub struct Loaded {
    pub generation: u64,
    pub fresh: bool,
    pub total: u64,
    pub pages: Vec<(usize, Vec<MessageRow>)>,
    /// The cursor after the last row of each page walked.
    pub ends: Vec<(usize, ListCursor)>,
}

/// Runs a request against the store. Blocking.
pub fn run(store: &Store, request: &Request) -> Result<Loaded, StoreError> {
    let total = store.count(&request.scope.query(None, PAGE))?;
    let mut after = request.after.clone();
    let mut pages = Vec::new();
    let mut ends = Vec::new();
    let mut page = request.start;
    while page <= request.last {
        let rows = store.list(&request.scope.query(after.clone(), PAGE))?;
        let full = rows.len() == PAGE;
        if let Some(last) = rows.last() {
            let end = ListCursor::after(last);
            ends.push((page, end.clone()));
            after = Some(end);
        }
        if page >= request.first {
            pages.push((page, rows));
        }
        if !full {
            break;
        }
        page += 1;
    }
    Ok(Loaded {
        generation: request.generation,
        fresh: request.fresh,
        total,
        pages,
        ends,
    })
}

/// The cache.
#[derive(Debug, Default)]
pub struct Pages {
    scope: Scope,
    generation: u64,
    total: u64,
    /// Whether `total` has been read once for this scope.
    counted: bool,
    pages: BTreeMap<usize, Vec<MessageRow>>,
    /// `ends[i]`: the cursor after the last row of page `i`.
    ends: BTreeMap<usize, ListCursor>,
    in_flight: bool,
    /// A reload asked for while a request was in flight.
    reload_queued: bool,
}

impl Pages {
    pub fn scope(&self) -> &Scope {
        &self.scope
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn counted(&self) -> bool {
        self.counted
    }

    #[allow(dead_code)] // tests and the benchmark
    pub fn in_flight(&self) -> bool {
        self.in_flight
    }

    /// The row at position `index`, when its page is cached.
    pub fn row(&self, index: usize) -> Option<&MessageRow> {
        self.pages.get(&(index / PAGE))?.get(index % PAGE)
    }

    pub fn row_mut(&mut self, index: usize) -> Option<&mut MessageRow> {
        self.pages.get_mut(&(index / PAGE))?.get_mut(index % PAGE)
    }

    /// The position of a cached message.
    pub fn position(&self, id: postern::store::MessageId) -> Option<usize> {
        self.pages.iter().find_map(|(page, rows)| {
            rows.iter()
                .position(|r| r.id == id)
                .map(|i| page * PAGE + i)
        })
    }

    /// Pages in memory (for tests and the benchmark).
    #[allow(dead_code)]
    pub fn cached_pages(&self) -> Vec<usize> {
        self.pages.keys().copied().collect()
    }

    /// Switches to another folder, account or order: forgets everything.
    pub fn set_scope(&mut self, scope: Scope) {
        self.scope = scope;
        self.generation += 1;
        self.total = 0;
        self.counted = false;
        self.pages.clear();
        self.ends.clear();
        self.in_flight = false;
        self.reload_queued = false;
    }

    /// Asks for the rows `first_row..=last_row` again from the top (new
    /// mail may have shifted them). The old rows stay visible meanwhile.
    pub fn reload(&mut self, first_row: usize, last_row: usize) -> Option<Request> {
        if self.in_flight {
            self.reload_queued = true;
            return None;
        }
        self.generation += 1;
        self.in_flight = true;
        Some(Request {
            generation: self.generation,
            scope: self.scope.clone(),
            start: 0,
            after: None,
            first: first_row / PAGE,
            last: last_row.max(first_row) / PAGE,
            fresh: true,
        })
    }

    /// What to read so rows `first_row..=last_row` can be shown; `None`
    /// when they are cached or a request is already out.
    pub fn wanted(&mut self, first_row: usize, last_row: usize) -> Option<Request> {
        if self.in_flight {
            return None;
        }
        if self.reload_queued {
            self.reload_queued = false;
            return self.reload(first_row, last_row);
        }
        if !self.counted {
            return self.reload(first_row, last_row);
        }
        if self.total == 0 {
            return None;
        }
        let max_row = usize::try_from(self.total - 1).unwrap_or(usize::MAX);
        let first_page = first_row.min(max_row) / PAGE;
        let last_page = last_row.min(max_row) / PAGE;
        let missing = (first_page..=last_page).find(|p| !self.pages.contains_key(p))?;
        // Walk from the nearest page whose start is known.
        let start = (1..=missing)
            .rev()
            .find(|p| self.ends.contains_key(&(p - 1)))
            .unwrap_or(0);
        let after = start
            .checked_sub(1)
            .and_then(|p| self.ends.get(&p).cloned());
        self.in_flight = true;
        Some(Request {
            generation: self.generation,
            scope: self.scope.clone(),
            start,
            after,
            first: missing,
            last: last_page,
            fresh: false,
        })
    }

    /// Takes an answer; answers to older requests are dropped. Returns
    /// whether it was taken.
    pub fn apply(&mut self, loaded: Loaded) -> bool {
        if loaded.generation != self.generation {
            return false;
        }
        self.in_flight = false;
        if loaded.fresh {
            self.pages.clear();
            self.ends.clear();
        }
        self.total = loaded.total;
        self.counted = true;
        self.ends.extend(loaded.ends);
        self.pages.extend(loaded.pages);
        true
    }

    /// A request failed: allow the next one.
    pub fn failed(&mut self, generation: u64) {
        if generation == self.generation {
            self.in_flight = false;
            self.counted = true;
        }
    }

    /// Drops pages far from rows `first_row..=last_row`.
    pub fn evict(&mut self, first_row: usize, last_row: usize) {
        let low = (first_row / PAGE).saturating_sub(KEEP_PAGES);
        let high = last_row / PAGE + KEEP_PAGES;
        self.pages.retain(|p, _| (low..=high).contains(p));
    }
}

/// The rows to build for a viewport `height` pixels tall scrolled to
/// `offset` pixels, in a list of `total` rows: `first..end`, margin
/// included.
pub fn visible(offset: f32, height: f32, total: usize) -> (usize, usize) {
    let top = (offset.max(0.0) / ROW_HEIGHT).floor() as usize;
    let shown = (height.max(0.0) / ROW_HEIGHT).ceil() as usize + 1;
    let first = top.saturating_sub(MARGIN_ROWS).min(total);
    let end = (top + shown + MARGIN_ROWS).min(total);
    (first, end)
}

/// Heights of the spacers above and below the built rows.
pub fn spacers(first: usize, end: usize, total: usize) -> (f32, f32) {
    (
        first as f32 * ROW_HEIGHT,
        total.saturating_sub(end) as f32 * ROW_HEIGHT,
    )
}
