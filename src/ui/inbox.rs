//! The inbox: accounts on the left ("All accounts", each account with its
//! unread count, Trash), the message list on the right, search as you type
//! above it. The list is virtual: rows come from the store in pages around
//! the viewport (`pages`), and `view` builds widgets only for the visible
//! rows plus a margin, with fixed-height spacers for the rest (`list`).
//!
//! For a benchmark: [`Inbox::new`], run the returned task and feed its
//! messages back with [`Inbox::update`]; then per step call
//! [`Inbox::scroll_to`] (rows from the top; it returns the task that loads
//! missing pages) and [`Inbox::view`]. [`Message::Scrolled`] is what the
//! scrollable sends (offset and height in pixels).

pub mod format;
mod list;
pub mod pages;

use std::sync::{Arc, Mutex};

use iced::widget::operation::{self, AbsoluteOffset};
use iced::{Element, Task};

use postern::account::{Account, AccountId};
use postern::fl;
use postern::store::{Folder, MessageId, MessageRow, SortKey, Store, StoreError};

use self::format::Locale;
use self::pages::{Loaded, Pages, Request, Scope, ROW_HEIGHT};
use super::worker::{self, Worker};
use super::{blocking, Context};

/// The list's scrollable, for scroll operations.
pub const LIST: &str = "inbox-list";
/// The search field.
pub const SEARCH: &str = "inbox-search";
/// Search results shown at most.
pub const SEARCH_LIMIT: usize = 1000;

/// Which messages the list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mailbox {
    /// The unified inbox.
    #[default]
    All,
    Account(AccountId),
    Trash,
}

impl Mailbox {
    fn scope(self, sort: SortKey, descending: bool) -> Scope {
        let (account, folder) = match self {
            Mailbox::All => (None, Folder::Inbox),
            Mailbox::Account(id) => (Some(id), Folder::Inbox),
            Mailbox::Trash => (None, Folder::Trash),
        };
        Scope {
            account,
            folder,
            sort,
            descending,
        }
    }
}

/// Keyboard moves in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
}

#[derive(Debug, Clone)]
pub enum Message {
    Show(Mailbox),
    Counted(Result<Counts, String>),
    Page(Result<Loaded, (u64, String)>),
    Scrolled(f32, f32),
    SortBy(SortKey),
    Select(usize),
    Open(usize),
    Key(Nav),
    OpenSelected,
    DeleteSelected,
    Deleted(Result<Vec<MessageId>, String>),
    Undo,
    Restored(Result<usize, String>),
    DismissNotice,
    RestoreSelected,
    ToggleSeen,
    SeenSet(Result<(), String>),
    SearchChanged(String),
    Searched(u64, Result<Vec<MessageRow>, String>),
    ClearSearch,
    EmptyTrash,
    EmptyTrashConfirmed,
    EmptyTrashCancelled,
    Emptied(Result<usize, String>),
    Worker(worker::Message),
    AddAccount,
    OpenSettings,
}

pub enum Action {
    None,
    Run(Task<Message>),
    /// Open the reader on this message.
    Open(MessageId),
    AddAccount,
    OpenSettings,
    /// A message for the download worker (Get Messages, Cancel, Re-test...).
    Worker(worker::Message),
}

/// Unread per account and the size of the trash.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub unread: Vec<(AccountId, u64)>,
    pub trash: u64,
}

/// What the user can undo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub text: String,
    /// Messages moved to the trash; Undo brings them back.
    pub undo: Vec<MessageId>,
}

/// Search as you type: results replace the list until cleared.
#[derive(Debug, Default)]
struct Search {
    text: String,
    generation: u64,
    /// `None` while the first answer is on its way.
    results: Option<Vec<MessageRow>>,
    /// The list's selection and scroll before searching, restored after.
    saved: Option<(Option<usize>, f32)>,
    /// The newest search asked for: older ones still queued are skipped,
    /// so typing fast does not queue a search per key.
    latest: Arc<std::sync::atomic::AtomicU64>,
}

pub struct Inbox {
    accounts: Vec<Account>,
    counts: Counts,
    mailbox: Mailbox,
    sort: SortKey,
    descending: bool,
    pages: Pages,
    search: Search,
    selected: Option<usize>,
    selected_id: Option<MessageId>,
    offset: f32,
    height: f32,
    notice: Option<Notice>,
    confirm_empty: bool,
    error: Option<String>,
    locale: Locale,
    /// A reading connection kept between page loads.
    store: Arc<Mutex<Option<Store>>>,
    paperclip: iced::widget::svg::Handle,
}

impl std::fmt::Debug for Inbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Inbox")
            .field("mailbox", &self.mailbox)
            .field("sort", &self.sort)
            .field("total", &self.total())
            .field("selected", &self.selected)
            .finish_non_exhaustive()
    }
}

/// Runs `f` on the kept reading connection, opening it on first use.
/// Blocking.
fn with_store<T>(
    db: &std::path::Path,
    cache: &Mutex<Option<Store>>,
    f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
) -> Result<T, String> {
    let mut guard = cache.lock().unwrap_or_else(|e| e.into_inner());
    if guard.is_none() {
        *guard = Some(Store::open(db).map_err(|e| e.to_string())?);
    }
    match guard.as_mut() {
        Some(store) => f(store).map_err(|e| e.to_string()),
        None => Err(String::new()),
    }
}

impl Inbox {
    /// The inbox of `accounts` (the unified inbox, newest first); rows and
    /// counts arrive with the returned task.
    pub fn new(ctx: &Context, accounts: Vec<Account>) -> (Inbox, Task<Message>) {
        let mut inbox = Inbox {
            accounts,
            counts: Counts::default(),
            mailbox: Mailbox::All,
            sort: SortKey::Date,
            descending: true,
            pages: Pages::default(),
            search: Search::default(),
            selected: None,
            selected_id: None,
            offset: 0.0,
            height: 600.0,
            notice: None,
            confirm_empty: false,
            error: None,
            locale: Locale::current(),
            store: Arc::new(Mutex::new(None)),
            paperclip: iced::widget::svg::Handle::from_memory(list::PAPERCLIP_SVG),
        };
        inbox.pages.set_scope(inbox.mailbox.scope(inbox.sort, true));
        let task = Task::batch([inbox.ensure_rows(ctx), inbox.count(ctx)]);
        (inbox, task)
    }

    /// New or changed accounts (after the wizard or the settings pane).
    pub fn set_accounts(&mut self, accounts: Vec<Account>, ctx: &Context) -> Task<Message> {
        self.accounts = accounts;
        if let Mailbox::Account(id) = self.mailbox {
            if !self.accounts.iter().any(|a| a.id == id) {
                return self.show(Mailbox::All, ctx);
            }
        }
        self.refresh(ctx)
    }

    /// Reads the visible rows and the counts again (new mail, back from
    /// the reader). The selection follows its message.
    pub fn refresh(&mut self, ctx: &Context) -> Task<Message> {
        let (first, end) = self.visible();
        let rows = match self.pages.reload(first, end.saturating_sub(1)) {
            Some(request) => self.load(request, ctx),
            None => Task::none(),
        };
        let search = if self.search.text.trim().is_empty() {
            Task::none()
        } else {
            self.run_search(ctx)
        };
        Task::batch([rows, self.count(ctx), search])
    }

    /// Messages moved to the trash elsewhere (the reader): offer Undo.
    pub fn note_deleted(&mut self, ids: Vec<MessageId>) {
        if ids.is_empty() {
            return;
        }
        self.notice = Some(Notice {
            text: fl!(
                "inbox-deleted",
                count = i64::try_from(ids.len()).unwrap_or(i64::MAX)
            ),
            undo: ids,
        });
    }

    pub fn sort(&self) -> (SortKey, bool) {
        (self.sort, self.descending)
    }

    pub fn is_searching(&self) -> bool {
        !self.search.text.trim().is_empty()
    }

    pub fn offset(&self) -> f32 {
        self.offset
    }

    /// Rows in the list (search results while searching).
    pub fn total(&self) -> usize {
        if self.is_searching() {
            self.search.results.as_ref().map_or(0, Vec::len)
        } else {
            usize::try_from(self.pages.total()).unwrap_or(usize::MAX)
        }
    }

    /// The row at position `index`, if loaded.
    pub fn row(&self, index: usize) -> Option<&MessageRow> {
        if self.is_searching() {
            self.search.results.as_ref()?.get(index)
        } else {
            self.pages.row(index)
        }
    }

    fn row_mut(&mut self, index: usize) -> Option<&mut MessageRow> {
        if self.is_searching() {
            self.search.results.as_mut()?.get_mut(index)
        } else {
            self.pages.row_mut(index)
        }
    }

    pub fn unread(&self, id: AccountId) -> u64 {
        self.counts
            .unread
            .iter()
            .find(|(a, _)| *a == id)
            .map_or(0, |(_, n)| *n)
    }

    /// Rows `first..end` to build for the viewport.
    pub fn visible(&self) -> (usize, usize) {
        pages::visible(self.offset, self.height, self.total())
    }

    /// Sets the viewport as the scrollable reports it (pixels).
    pub fn set_viewport(&mut self, offset: f32, height: f32, ctx: &Context) -> Task<Message> {
        self.offset = offset.max(0.0);
        if height > 0.0 {
            self.height = height;
        }
        self.ensure_rows(ctx)
    }

    pub fn update(&mut self, message: Message, ctx: &Context) -> Action {
        match message {
            Message::Show(mailbox) => Action::Run(self.show(mailbox, ctx)),
            Message::Counted(Ok(counts)) => {
                self.counts = counts;
                Action::None
            }
            Message::Counted(Err(e)) | Message::SeenSet(Err(e)) => {
                self.error = Some(fl!("inbox-error-store", reason = e));
                Action::None
            }
            Message::Page(Ok(loaded)) => {
                if self.pages.apply(loaded) {
                    self.error = None;
                    self.follow_selection();
                }
                Action::Run(self.ensure_rows(ctx))
            }
            Message::Page(Err((generation, e))) => {
                self.pages.failed(generation);
                self.error = Some(fl!("inbox-error-store", reason = e));
                Action::None
            }
            Message::Scrolled(offset, height) => {
                Action::Run(self.set_viewport(offset, height, ctx))
            }
            Message::SortBy(key) => Action::Run(self.sort_by(key, ctx)),
            Message::Select(index) => {
                self.select(index);
                Action::None
            }
            Message::Open(index) => {
                self.select(index);
                self.open()
            }
            Message::Key(nav) => Action::Run(self.navigate(nav)),
            Message::OpenSelected => self.open(),
            Message::DeleteSelected => self.delete(ctx),
            Message::Deleted(Ok(ids)) => {
                if ids.is_empty() {
                    return Action::None;
                }
                self.note_deleted(ids);
                Action::Run(self.refresh(ctx))
            }
            Message::Undo => {
                let Some(notice) = self.notice.take() else {
                    return Action::None;
                };
                let ids = notice.undo;
                Action::Run(self.write(ctx, Message::Restored, move |s| s.restore_from_trash(&ids)))
            }
            Message::RestoreSelected => {
                let Some(id) = self.selected_id.filter(|_| self.mailbox == Mailbox::Trash) else {
                    return Action::None;
                };
                Action::Run(
                    self.write(ctx, Message::Restored, move |s| s.restore_from_trash(&[id])),
                )
            }
            Message::Restored(Ok(_)) | Message::Emptied(Ok(_)) => Action::Run(self.refresh(ctx)),
            Message::Deleted(Err(e)) | Message::Restored(Err(e)) | Message::Emptied(Err(e)) => {
                self.error = Some(fl!("inbox-error-store", reason = e));
                Action::Run(self.refresh(ctx))
            }
            Message::DismissNotice => {
                self.notice = None;
                Action::None
            }
            Message::ToggleSeen => self.toggle_seen(ctx),
            Message::SeenSet(Ok(())) => Action::Run(self.count(ctx)),
            Message::SearchChanged(text) => Action::Run(self.search_changed(text, ctx)),
            Message::Searched(generation, result) => {
                if generation == self.search.generation && self.is_searching() {
                    match result {
                        Ok(rows) => self.show_results(rows),
                        Err(e) => self.error = Some(fl!("inbox-error-store", reason = e)),
                    }
                }
                Action::None
            }
            Message::ClearSearch => Action::Run(self.search_changed(String::new(), ctx)),
            Message::EmptyTrash => {
                self.confirm_empty = true;
                Action::None
            }
            Message::EmptyTrashCancelled => {
                self.confirm_empty = false;
                Action::None
            }
            Message::EmptyTrashConfirmed => {
                self.confirm_empty = false;
                self.notice = None;
                Action::Run(self.write(ctx, Message::Emptied, |s| s.empty_trash(None)))
            }
            Message::Worker(message) => Action::Worker(message),
            Message::AddAccount => Action::AddAccount,
            Message::OpenSettings => Action::OpenSettings,
        }
    }

    fn show(&mut self, mailbox: Mailbox, ctx: &Context) -> Task<Message> {
        if mailbox == self.mailbox && self.pages.counted() {
            return Task::none();
        }
        self.mailbox = mailbox;
        self.confirm_empty = false;
        if self.sort == SortKey::Date && !self.descending {
            self.descending = true;
        }
        self.reset_list(ctx)
    }

    fn sort_by(&mut self, key: SortKey, ctx: &Context) -> Task<Message> {
        if self.sort == key {
            self.descending = !self.descending;
        } else {
            self.sort = key;
            // Newest first; names and subjects A to Z.
            self.descending = key == SortKey::Date;
        }
        if self.is_searching() {
            if let Some(rows) = self.search.results.take() {
                self.show_results(rows);
            }
            return Task::none();
        }
        self.reset_list(ctx)
    }

    /// A new scope: forget the rows, go to the top, load again.
    fn reset_list(&mut self, ctx: &Context) -> Task<Message> {
        self.pages
            .set_scope(self.mailbox.scope(self.sort, self.descending));
        self.selected = None;
        self.selected_id = None;
        self.offset = 0.0;
        let scroll = operation::scroll_to(LIST, AbsoluteOffset { x: 0.0, y: 0.0 });
        let search = if self.is_searching() {
            self.run_search(ctx)
        } else {
            Task::none()
        };
        Task::batch([scroll, self.ensure_rows(ctx), search])
    }

    /// Loads the pages the viewport needs and drops the far ones.
    fn ensure_rows(&mut self, ctx: &Context) -> Task<Message> {
        if self.is_searching() {
            return Task::none();
        }
        let (first, end) = self.visible();
        self.pages.evict(first, end);
        match self.pages.wanted(first, end.saturating_sub(1)) {
            Some(request) => self.load(request, ctx),
            None => Task::none(),
        }
    }

    fn load(&self, request: Request, ctx: &Context) -> Task<Message> {
        let db = ctx.db_path.clone();
        let cache = self.store.clone();
        Task::perform(
            blocking(move || {
                with_store(&db, &cache, |s| pages::run(s, &request))
                    .map_err(|e| (request.generation, e))
            }),
            Message::Page,
        )
    }

    fn count(&self, ctx: &Context) -> Task<Message> {
        let db = ctx.db_path.clone();
        let cache = self.store.clone();
        Task::perform(
            blocking(move || {
                with_store(&db, &cache, |s| {
                    let unread = s.unseen_by_account()?;
                    let trash = s.count(&postern::store::ListQuery {
                        folder: Folder::Trash,
                        ..Default::default()
                    })?;
                    Ok(Counts { unread, trash })
                })
            }),
            Message::Counted,
        )
    }

    /// A write on the kept connection, its result as `done`.
    fn write<T: Send + 'static>(
        &self,
        ctx: &Context,
        done: fn(Result<T, String>) -> Message,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Task<Message> {
        let db = ctx.db_path.clone();
        let cache = self.store.clone();
        Task::perform(blocking(move || with_store(&db, &cache, f)), done)
    }

    fn select(&mut self, index: usize) {
        let total = self.total();
        if total == 0 {
            self.selected = None;
            self.selected_id = None;
            return;
        }
        let index = index.min(total - 1);
        self.selected = Some(index);
        self.selected_id = self.row(index).map(|r| r.id);
    }

    /// After new rows arrived: the selected message may have moved.
    fn follow_selection(&mut self) {
        match self.selected_id.and_then(|id| self.pages.position(id)) {
            Some(index) => self.selected = Some(index),
            None => {
                if let Some(index) = self.selected {
                    let total = self.total();
                    if total == 0 {
                        self.selected = None;
                        self.selected_id = None;
                    } else {
                        self.selected = Some(index.min(total - 1));
                        self.selected_id = self.row(index.min(total - 1)).map(|r| r.id);
                    }
                }
            }
        }
    }

    fn navigate(&mut self, nav: Nav) -> Task<Message> {
        let total = self.total();
        if total == 0 {
            return Task::none();
        }
        let page = ((self.height / ROW_HEIGHT).floor() as usize).max(2) - 1;
        let target = match (nav, self.selected) {
            (Nav::Home, _) => 0,
            (Nav::End, _) => total - 1,
            (_, None) => 0,
            (Nav::Up, Some(i)) => i.saturating_sub(1),
            (Nav::Down, Some(i)) => i + 1,
            (Nav::PageUp, Some(i)) => i.saturating_sub(page),
            (Nav::PageDown, Some(i)) => i + page,
        };
        self.select(target);
        self.reveal()
    }

    /// Scrolls so the selected row is in view.
    fn reveal(&mut self) -> Task<Message> {
        let Some(index) = self.selected else {
            return Task::none();
        };
        let top = index as f32 * ROW_HEIGHT;
        let bottom = top + ROW_HEIGHT;
        let offset = if top < self.offset {
            top
        } else if bottom > self.offset + self.height {
            bottom - self.height
        } else {
            return Task::none();
        };
        self.offset = offset.max(0.0);
        operation::scroll_to(
            LIST,
            AbsoluteOffset {
                x: 0.0,
                y: self.offset,
            },
        )
    }

    fn open(&mut self) -> Action {
        let Some(index) = self.selected else {
            return Action::None;
        };
        let Some(row) = self.row_mut(index) else {
            return Action::None;
        };
        // The reader marks it read in the store; show it read at once.
        row.seen = true;
        let id = row.id;
        self.selected_id = Some(id);
        Action::Open(id)
    }

    fn delete(&mut self, ctx: &Context) -> Action {
        if self.mailbox == Mailbox::Trash {
            return Action::None;
        }
        let Some(id) = self.selected.and_then(|i| self.row(i)).map(|r| r.id) else {
            return Action::None;
        };
        if let (true, Some(results)) = (self.is_searching(), self.search.results.as_mut()) {
            results.retain(|r| r.id != id);
            let total = results.len();
            self.selected = self
                .selected
                .filter(|_| total > 0)
                .map(|i| i.min(total - 1));
        }
        // The next message takes the deleted one's place.
        self.selected_id = None;
        Action::Run(self.write(ctx, Message::Deleted, move |s| {
            s.move_to_trash(&[id])
                .map(|n| if n > 0 { vec![id] } else { Vec::new() })
        }))
    }

    fn toggle_seen(&mut self, ctx: &Context) -> Action {
        let Some(row) = self.selected.and_then(|i| self.row_mut(i)) else {
            return Action::None;
        };
        row.seen = !row.seen;
        let (id, seen) = (row.id, row.seen);
        Action::Run(self.write(ctx, Message::SeenSet, move |s| s.set_seen(id, seen)))
    }

    fn search_changed(&mut self, text: String, ctx: &Context) -> Task<Message> {
        let was = self.is_searching();
        self.search.text = text;
        let now = self.is_searching();
        match (was, now) {
            (false, true) => {
                self.search.saved = Some((self.selected, self.offset));
                self.selected = None;
                self.selected_id = None;
                self.search.results = None;
                self.offset = 0.0;
                let scroll = operation::scroll_to(LIST, AbsoluteOffset { x: 0.0, y: 0.0 });
                Task::batch([scroll, self.run_search(ctx)])
            }
            (true, true) => self.run_search(ctx),
            (true, false) => {
                self.search.generation += 1;
                self.search
                    .latest
                    .store(self.search.generation, std::sync::atomic::Ordering::SeqCst);
                self.search.results = None;
                let (selected, offset) = self.search.saved.take().unwrap_or((None, 0.0));
                self.offset = offset;
                self.selected = None;
                self.selected_id = None;
                if let Some(index) = selected {
                    self.select(index);
                }
                let scroll = operation::scroll_to(LIST, AbsoluteOffset { x: 0.0, y: offset });
                Task::batch([scroll, self.ensure_rows(ctx)])
            }
            (false, false) => Task::none(),
        }
    }

    fn run_search(&mut self, ctx: &Context) -> Task<Message> {
        self.search.generation += 1;
        let generation = self.search.generation;
        let latest = self.search.latest.clone();
        latest.store(generation, std::sync::atomic::Ordering::SeqCst);
        let text = self.search.text.clone();
        let scope = self.pages.scope().clone();
        let db = ctx.db_path.clone();
        let cache = self.store.clone();
        Task::perform(
            blocking(move || {
                with_store(&db, &cache, |s| {
                    if latest.load(std::sync::atomic::Ordering::SeqCst) != generation {
                        return Ok(Vec::new());
                    }
                    let rows = s.search(&text, SEARCH_LIMIT * 2)?;
                    Ok(rows
                        .into_iter()
                        .filter(|r| r.folder == scope.folder)
                        .filter(|r| scope.account.is_none_or(|a| r.account_id == a))
                        .take(SEARCH_LIMIT)
                        .collect())
                })
            }),
            move |result| Message::Searched(generation, result),
        )
    }

    fn show_results(&mut self, mut rows: Vec<MessageRow>) {
        sort_rows(&mut rows, self.sort, self.descending);
        let selected = self.selected_id;
        self.search.results = Some(rows);
        self.selected = selected.and_then(|id| {
            self.search
                .results
                .as_ref()
                .and_then(|r| r.iter().position(|row| row.id == id))
        });
        if self.selected.is_none() {
            self.selected_id = None;
        }
    }

    pub fn view<'a>(&'a self, worker: &'a Worker) -> Element<'a, Message> {
        list::view(self, worker)
    }
}

/// Read by the tests and the inbox benchmark.
#[allow(dead_code)]
impl Inbox {
    pub fn accounts(&self) -> &[Account] {
        &self.accounts
    }

    pub fn mailbox(&self) -> Mailbox {
        self.mailbox
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn selected_id(&self) -> Option<MessageId> {
        self.selected_id
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn pages(&self) -> &Pages {
        &self.pages
    }

    /// Scrolls so row `offset_rows` is at the top and returns the task that
    /// loads what is missing (for benchmarks and tests).
    pub fn scroll_to(&mut self, offset_rows: usize, ctx: &Context) -> Task<Message> {
        self.offset = offset_rows as f32 * ROW_HEIGHT;
        self.ensure_rows(ctx)
    }
}

/// Sorts search results in memory like the store sorts the list.
fn sort_rows(rows: &mut [MessageRow], key: SortKey, descending: bool) {
    let sender = |r: &MessageRow| {
        if r.from_name.is_empty() {
            r.from_addr.to_ascii_lowercase()
        } else {
            r.from_name.to_ascii_lowercase()
        }
    };
    rows.sort_by(|a, b| {
        let order = match key {
            SortKey::Date => a.date.unwrap_or(i64::MIN).cmp(&b.date.unwrap_or(i64::MIN)),
            SortKey::Sender => sender(a).cmp(&sender(b)),
            SortKey::Subject => a
                .subject
                .to_ascii_lowercase()
                .cmp(&b.subject.to_ascii_lowercase()),
        }
        .then(a.id.cmp(&b.id));
        if descending {
            order.reverse()
        } else {
            order
        }
    });
}

#[cfg(test)]
mod tests;
