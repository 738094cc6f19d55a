//! The download engine: one POP3 session for one account, in this order:
//!
//! 1. take the account's writer lock (one downloader per account);
//! 2. connect, secure, log in (`pop3::connect`);
//! 3. LIST and UIDL, and check that UIDL covers every message exactly once;
//! 4. plan: every UID the store does not know, minus oversized ones (skipped
//!    or fetched as headers only, per the account);
//! 5. RETR (pipelined in a bounded window when the server allows), handing
//!    each complete message to a writer thread that parses it and commits in
//!    batches, durably;
//! 6. wait until every message is committed, then choose what to delete: only
//!    UIDs of this session's UIDL map that the store holds as `stored`, by the
//!    account's policy; DELE them, record `dele-sent`;
//! 7. QUIT only after the last reply has been read; on `+OK` the deleted UIDs
//!    become `gone`, otherwise they return to `stored`.
//!
//! Any local failure (database, disk) or cancel closes the connection without
//! QUIT, so the server deletes nothing. The GUI worker and `postern fetch`
//! both run [`fetch`].

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::sync::{mpsc, oneshot, OwnedSemaphorePermit, Semaphore};

use crate::account::{Account, AccountId, OversizePolicy, Security};
use crate::mime;
use crate::net::{self, Timeouts};
use crate::pop3::{self, ConnectOptions, Credentials, Limits, Pop3Error};
use crate::secrets::Secret;
use crate::store::{self, MessageId, NewMessage, Store, UidState};

/// Tuning of one download.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// RETR commands in flight when the server advertises PIPELINING.
    pub window: usize,
    /// Commit after this many messages ...
    pub batch_messages: usize,
    /// ... or this many bytes, whichever comes first.
    pub batch_bytes: usize,
    /// A partly filled batch is committed when no message arrived for this long.
    pub batch_idle: Duration,
    pub timeouts: Timeouts,
    pub limits: Limits,
    pub tls: net::TlsOptions,
    /// "Now" in unix seconds, for the delete-after-N-days policy (tests).
    pub now: Option<i64>,
    /// Name resolution (tests point names at loopback).
    pub resolver: net::Resolver,
    /// Rewrites a standard port to where a test server listens.
    pub port_map: Vec<(u16, u16)>,
    /// A cap on the database size in pages (see `Store::limit_pages`).
    pub store_page_limit: Option<u64>,
    /// Whether this run builds the search index of what it stores.
    pub search_index: SearchIndex,
}

/// When the search index catches up with new messages. Messages are
/// durable and listed without it; only full-text search waits for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchIndex {
    /// Index while the writer is idle and finish before `fetch` returns.
    Complete,
    /// Leave it to a later run or to the app's background indexer
    /// (`Store::index_pending`), so a headless download ends sooner.
    Defer,
}

impl FetchOptions {
    /// The defaults plus the test hooks `POSTERN_RESOLVE` and
    /// `POSTERN_PORT_MAP` (see `net::resolver_from_env`).
    pub fn from_env() -> Self {
        FetchOptions {
            resolver: net::resolver_from_env().unwrap_or_default(),
            port_map: net::port_map_from_env(),
            ..FetchOptions::default()
        }
    }
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            window: 128,
            // Every commit rewrites the index pages its messages touched
            // (the list's sort orders scatter new rows over all of them),
            // so the count is high enough that the byte limit decides: a
            // 10,000-message download into a database of 100,000 wrote
            // 813 MB of WAL for 357 MB of mail with batches of 256.
            batch_messages: 1024,
            batch_bytes: 32 << 20,
            batch_idle: Duration::from_millis(200),
            timeouts: Timeouts::default(),
            limits: Limits::default(),
            tls: net::tls_options_from_env(),
            now: None,
            store_page_limit: None,
            resolver: net::Resolver::System,
            port_map: Vec::new(),
            search_index: SearchIndex::Complete,
        }
    }
}

/// Counters of one download; also its progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
    pub bytes_done: u64,
    pub bytes_total: u64,
}

/// What one download did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    pub account: AccountId,
    pub email: String,
    /// Messages on the server at login.
    pub on_server: u32,
    /// Messages newly stored (full or headers only).
    pub downloaded: u32,
    pub bytes: u64,
    /// Of `downloaded`, stored as headers only (over the size limit).
    pub headers_only: u32,
    /// Over the size limit and left on the server untouched.
    pub skipped: u32,
    /// Stored, but their size differed from LIST: kept on the server.
    pub size_mismatch: u32,
    /// Deleted from the server at QUIT.
    pub deleted_on_server: u32,
    /// Per-message problems that did not stop the download.
    pub errors: Vec<String>,
    pub cancelled: bool,
    /// The server's LOGIN-DELAY capability (RFC 2449): the least number of
    /// seconds it wants between logins. Automatic checks wait at least
    /// this long.
    pub login_delay: Option<u64>,
}

/// What the engine reports while it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Connecting,
    /// Logged in; what the server holds.
    Connected {
        messages: u32,
        bytes: u64,
    },
    /// What this session will download.
    Planned(Progress),
    Progress(Progress),
    /// Messages committed to the store, visible to the inbox now.
    Stored(Vec<MessageId>),
    /// Asking the server to delete this many messages.
    Deleting(u32),
    Finished(Summary),
}

/// Why a download stopped.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SyncError {
    #[error(transparent)]
    Pop3(#[from] Pop3Error),
    #[error("cannot use the mail store: {reason}")]
    Store { reason: String },
    #[error("another download for this account is already running")]
    Busy,
    #[error("the server does not support UIDL, so downloads cannot be tracked safely")]
    NoUidl,
    #[error("cannot lock the account: {reason}")]
    Lock { reason: String },
    #[error(
        "this account has no encryption and sending its password in plain text was not allowed"
    )]
    PlaintextNotAllowed,
}

impl SyncError {
    /// True for failures that may pass by themselves (retry later).
    pub fn is_temporary(&self) -> bool {
        matches!(
            self,
            SyncError::Busy
                | SyncError::Pop3(
                    Pop3Error::InUse { .. }
                        | Pop3Error::LoginDelay { .. }
                        | Pop3Error::SysTemp { .. }
                        | Pop3Error::Timeout { .. }
                        | Pop3Error::Closed
                        | Pop3Error::NoGreeting
                        | Pop3Error::Net(
                            net::NetError::ConnectTimeout { .. }
                                | net::NetError::HandshakeTimeout { .. }
                                | net::NetError::Unreachable { .. }
                        )
                )
        )
    }
}

fn store_err(e: impl std::fmt::Display) -> SyncError {
    SyncError::Store {
        reason: e.to_string(),
    }
}

/// Asks a running download to stop. The messages already received are
/// committed; nothing is deleted from the server. Takes effect at once, even
/// in the middle of a large message.
#[derive(Debug, Clone, Default)]
pub struct CancelToken(Arc<CancelInner>);

#[derive(Debug, Default)]
struct CancelInner {
    flag: AtomicBool,
    notify: tokio::sync::Notify,
}

impl CancelToken {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn cancel(&self) {
        self.0.flag.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.flag.load(Ordering::SeqCst)
    }
    /// Completes when `cancel` has been called.
    pub async fn cancelled(&self) {
        loop {
            let notified = self.0.notify.notified();
            if self.is_cancelled() {
                return;
            }
            notified.await;
        }
    }
}

/// Holds the per-account lock file for the life of a download.
struct AccountLock {
    _file: File,
}

impl AccountLock {
    fn acquire(db_path: &Path, account: AccountId) -> Result<Self, SyncError> {
        let dir = db_path.parent().unwrap_or_else(|| Path::new("."));
        let path: PathBuf = dir.join(format!("postern-account-{account}.lock"));
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| SyncError::Lock {
                reason: format!("{}: {e}", path.display()),
            })?;
        match file.try_lock() {
            Ok(()) => Ok(AccountLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(SyncError::Busy),
            Err(std::fs::TryLockError::Error(e)) => Err(SyncError::Lock {
                reason: format!("{}: {e}", path.display()),
            }),
        }
    }
}

fn unix_now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Downloads new mail of `account` into the store at `db_path`, reporting
/// on `events`. See the module documentation for the order of things.
pub async fn fetch(
    db_path: &Path,
    account: &Account,
    password: Secret,
    options: &FetchOptions,
    events: mpsc::UnboundedSender<Event>,
    cancel: CancelToken,
) -> Result<Summary, SyncError> {
    let _lock = AccountLock::acquire(db_path, account.id)?;
    let writer = Writer::start(db_path.to_path_buf(), account.id, options)?;
    let mut result: Result<Summary, SyncError> = Ok(Summary::default());
    let mut sessions = 0;
    loop {
        sessions += 1;
        let mut again = false;
        let session = run_session(
            account,
            password.clone(),
            options,
            &events,
            &cancel,
            &writer,
            &mut again,
        )
        .await;
        result = match (result, session) {
            (Ok(before), Ok(now)) if sessions > 1 => Ok(before.and_then(now)),
            // What the earlier sessions stored stays reported; the later
            // failure becomes one of its errors (the next check retries).
            (Ok(mut before), Err(e)) if sessions > 1 => {
                before.errors.push(e.to_string());
                Ok(before)
            }
            (_, session) => session,
        };
        // A session that had to drop its connection mid-message (see
        // `run_session`) is followed by a new one, a few times at most,
        // unless the server wants time between logins (LOGIN-DELAY): then
        // the next check goes on.
        let delay = result
            .as_ref()
            .ok()
            .and_then(|s| s.login_delay)
            .unwrap_or(0);
        if !(again && delay == 0 && result.is_ok() && sessions < MAX_SESSIONS) {
            break;
        }
        // Give the server a moment to release the mailbox the dropped
        // connection held.
        tokio::select! {
            () = tokio::time::sleep(RECONNECT_PAUSE) => {}
            () = cancel.cancelled() => break,
        }
    }
    drop(password);
    // Whatever happened, let the writer commit what it holds and finish
    // indexing; its own failure wins over a success.
    let finished = writer.finish().await;
    let summary = match (result, finished) {
        (Ok(summary), Ok(())) => summary,
        (Err(e), _) => return Err(e),
        (Ok(_), Err(e)) => return Err(e),
    };
    let _ = events.send(Event::Finished(summary.clone()));
    Ok(summary)
}

/// Sessions in one `fetch` (see `again` in [`run_session`]).
const MAX_SESSIONS: u32 = 4;
/// The pause before such a new session.
const RECONNECT_PAUSE: Duration = Duration::from_millis(500);

impl Summary {
    /// This summary followed by `later`, a later session of the same
    /// download.
    fn and_then(mut self, later: Summary) -> Summary {
        self.on_server = later.on_server;
        self.downloaded += later.downloaded;
        self.bytes += later.bytes;
        self.headers_only += later.headers_only;
        self.skipped = later.skipped;
        self.size_mismatch += later.size_mismatch;
        self.deleted_on_server += later.deleted_on_server;
        self.errors.extend(later.errors);
        self.cancelled |= later.cancelled;
        self.login_delay = later.login_delay.or(self.login_delay);
        self
    }
}

/// The header block of a message cut off by the size cap, ended by an
/// empty line; at most 64 KiB of it, cut at a line end.
fn headers_of(raw: &[u8]) -> Vec<u8> {
    const MAX: usize = 64 << 10;
    let end = mime::header_block(raw)
        .map_or(raw.len(), |(head, _)| head)
        .min(MAX);
    let end = match memchr::memrchr(b'\n', &raw[..end]) {
        Some(i) => i + 1,
        None => 0,
    };
    let mut out = raw[..end].to_vec();
    out.extend_from_slice(b"\r\n");
    out
}

/// One planned retrieval.
struct Planned {
    number: u32,
    uid: String,
    size: u64,
    headers_only: bool,
}

async fn run_session(
    account: &Account,
    password: Secret,
    options: &FetchOptions,
    events: &mpsc::UnboundedSender<Event>,
    cancel: &CancelToken,
    writer: &Writer,
    again: &mut bool,
) -> Result<Summary, SyncError> {
    let settings = &account.settings;
    let mut summary = Summary {
        account: account.id,
        email: settings.email.clone(),
        ..Summary::default()
    };
    if settings.incoming.security == Security::None && !settings.allow_plaintext {
        return Err(SyncError::PlaintextNotAllowed);
    }
    let _ = events.send(Event::Connecting);
    let connect = ConnectOptions {
        host: settings.incoming.host.clone(),
        port: net::map_port(&options.port_map, settings.incoming.port),
        security: settings.incoming.security,
        timeouts: options.timeouts,
        tls: net::TlsOptions {
            pin_sha256: settings.incoming.pin_sha256.clone(),
            extra_roots_pem: options.tls.extra_roots_pem.clone(),
        },
        limits: options.limits,
        resolver: options.resolver.clone(),
    };
    let credentials = Credentials {
        username: settings.incoming.username.clone(),
        password,
        auth: settings.incoming.auth,
    };
    let connected = tokio::select! {
        r = pop3::connect(&connect, &credentials) => Some(r),
        _ = cancel.cancelled() => None,
    };
    drop(credentials);
    let Some(connected) = connected else {
        summary.cancelled = true;
        return Ok(summary);
    };
    let mut session = connected?;
    summary.login_delay = session.capabilities().and_then(|c| c.login_delay);

    let listing = tokio::select! {
        r = session.list() => r?,
        _ = cancel.cancelled() => {
            summary.cancelled = true;
            return Ok(summary);
        }
    };
    let total_bytes: u64 = listing.iter().map(|&(_, size)| size).sum();
    summary.on_server = listing.len() as u32;
    let _ = events.send(Event::Connected {
        messages: listing.len() as u32,
        bytes: total_bytes,
    });
    let uidl = if listing.is_empty() {
        Vec::new()
    } else {
        // Hardly more UIDs than LIST has messages (one more, so a repeated
        // entry is reported as such): a server cannot make us hold more.
        let uidl = tokio::select! {
            r = session.uidl_at_most(listing.len() + 1) => r,
            _ = cancel.cancelled() => {
                summary.cancelled = true;
                return Ok(summary);
            }
        };
        match uidl {
            Ok(u) => u,
            Err(Pop3Error::Rejected { .. }) => return Err(SyncError::NoUidl),
            Err(e) => return Err(e.into()),
        }
    };
    let sizes: HashMap<u32, u64> = listing.iter().copied().collect();
    let uid_by_number = check_coverage(&listing, &uidl)?;
    let number_by_uid: HashMap<&str, u32> = uid_by_number
        .iter()
        .map(|(n, u)| (u.as_str(), *n))
        .collect();

    let known = writer.uid_states().await?;
    // UIDs the store holds but the server no longer lists are gone.
    let vanished: Vec<String> = known
        .iter()
        .filter(|(uid, rec)| {
            rec.state != UidState::Gone && !number_by_uid.contains_key(uid.as_str())
        })
        .map(|(uid, _)| uid.clone())
        .collect();
    if !vanished.is_empty() {
        writer.mark_gone(vanished).await?;
    }

    let mut plan = Vec::new();
    let limit = settings.options.size_limit.unwrap_or(u64::MAX);
    for (number, uid) in &uidl {
        if known.contains_key(uid) {
            continue;
        }
        let size = sizes.get(number).copied().unwrap_or(0);
        let oversized = size > limit || size > options.limits.max_message_size;
        if oversized && settings.options.oversize == OversizePolicy::Skip {
            summary.skipped += 1;
            continue;
        }
        plan.push(Planned {
            number: *number,
            uid: uid.clone(),
            size,
            headers_only: oversized,
        });
    }
    let mut progress = Progress {
        done: 0,
        total: plan.len() as u32,
        bytes_done: 0,
        bytes_total: plan
            .iter()
            .map(|p| if p.headers_only { 0 } else { p.size })
            .sum(),
    };
    let _ = events.send(Event::Planned(progress.clone()));

    let window = if session.pipelining() {
        options.window.max(1)
    } else {
        1
    };
    let mut sent = 0usize;
    let mut read = 0usize;
    let mut last_progress = Instant::now();
    while read < plan.len() {
        if cancel.is_cancelled() {
            summary.cancelled = true;
            // Close without QUIT: replies are still in flight and nothing
            // must be deleted.
            drop(session);
            writer.flush().await?;
            return Ok(summary);
        }
        // Refill the window when it is half empty, all commands in one
        // write: one TLS record and one wake-up of the server per refill
        // rather than per message.
        if sent < plan.len() && sent - read <= window / 2 {
            while sent < plan.len() && sent - read < window {
                let p = &plan[sent];
                let command = if p.headers_only {
                    format!("TOP {} 0", p.number)
                } else {
                    format!("RETR {}", p.number)
                };
                session.send_command(&command).await?;
                sent += 1;
            }
            session.flush().await?;
        }
        let p = &plan[read];
        read += 1;
        // LIST sizes are only announcements: never reserve more than a
        // little ahead of what actually arrives.
        let expected = if p.headers_only {
            8 << 10
        } else {
            p.size.min(16 << 20)
        };
        let mut raw = Vec::with_capacity(expected as usize + 1024);
        let received = tokio::select! {
            r = session.read_multiline_into("RETR", &mut raw) => Some(r),
            _ = cancel.cancelled() => None,
        };
        let Some(received) = received else {
            // Mid-message: drop the partial bytes and the connection.
            summary.cancelled = true;
            drop(session);
            writer.flush().await?;
            return Ok(summary);
        };
        match received {
            Ok(()) => {}
            Err(Pop3Error::Rejected { text, .. }) => {
                // Gone meanwhile (another client) or unreadable: keep going.
                summary
                    .errors
                    .push(format!("message {} ({}): {}", p.number, p.uid, text));
                continue;
            }
            Err(Pop3Error::TooLarge { .. }) if !raw.is_empty() => {
                // Announced within the limits, but longer than the largest
                // message we accept. Keep its headers, flagged (so it is
                // never deleted from the server, and the next session does
                // not fetch it again), and carry on over a new connection:
                // this one is mid-message.
                drop(session);
                let max = options.limits.max_message_size;
                summary.errors.push(format!(
                    "message {} ({}): longer than the limit of {max} bytes although the \
                     server announced {}; only its headers were kept, and it stays on the \
                     server",
                    p.number, p.uid, p.size
                ));
                let headers = headers_of(&raw);
                summary.downloaded += 1;
                summary.headers_only += 1;
                summary.size_mismatch += 1;
                summary.bytes += headers.len() as u64;
                writer
                    .store(
                        NewMessage {
                            uid: p.uid.clone(),
                            raw: headers,
                            server_size: p.size,
                            size_mismatch: true,
                            partial: true,
                        },
                        true,
                    )
                    .await?;
                writer.flush().await?;
                for ids in writer.take_committed()? {
                    let _ = events.send(Event::Stored(ids));
                }
                *again = true;
                return Ok(summary);
            }
            Err(e) => return Err(e.into()),
        }
        let mismatch = !p.headers_only && size_differs(p.size, &raw);
        if mismatch {
            summary.size_mismatch += 1;
            summary.errors.push(format!(
                "message {} ({}): the server announced {} bytes but sent {}; kept on the server",
                p.number,
                p.uid,
                p.size,
                raw.len()
            ));
        }
        summary.downloaded += 1;
        if p.headers_only {
            summary.headers_only += 1;
        }
        summary.bytes += raw.len() as u64;
        progress.done += 1;
        progress.bytes_done += if p.headers_only { 0 } else { p.size };
        raw.shrink_to_fit();
        writer
            .store(
                NewMessage {
                    uid: p.uid.clone(),
                    raw,
                    server_size: p.size,
                    size_mismatch: mismatch,
                    partial: p.headers_only,
                },
                plan.get(read)
                    .is_none_or(|next| next.size >= GROUP_BYTES as u64),
            )
            .await?;
        for ids in writer.take_committed()? {
            let _ = events.send(Event::Stored(ids));
        }
        if last_progress.elapsed() >= Duration::from_millis(50) || read == plan.len() {
            last_progress = Instant::now();
            let _ = events.send(Event::Progress(progress.clone()));
        }
    }

    // Every retrieved message must be durable before any DELE.
    writer.flush().await?;
    for ids in writer.take_committed()? {
        let _ = events.send(Event::Stored(ids));
    }

    let known = writer.uid_states().await?;
    let now = options.now.unwrap_or_else(unix_now);
    let policy = &settings.options;
    let mut doomed: Vec<(u32, String)> = Vec::new();
    for (uid, record) in &known {
        let Some(&number) = number_by_uid.get(uid.as_str()) else {
            continue;
        };
        if !matches!(record.state, UidState::Stored | UidState::DeleSent)
            || record.size_mismatch
            || record.partial
        {
            continue;
        }
        let delete = !policy.leave_on_server
            || policy
                .delete_after_days
                .is_some_and(|days| now - record.first_seen >= i64::from(days) * 86_400)
            || (policy.delete_when_deleted_locally && record.locally_deleted);
        if delete {
            doomed.push((number, uid.clone()));
        }
    }
    doomed.sort();

    let mut dele_sent: Vec<String> = Vec::new();
    if !doomed.is_empty() {
        let _ = events.send(Event::Deleting(doomed.len() as u32));
        let mut sent = 0usize;
        let mut read = 0usize;
        while read < doomed.len() {
            if sent < doomed.len() && sent - read <= window / 2 {
                while sent < doomed.len() && sent - read < window {
                    session
                        .send_command(&format!("DELE {}", doomed[sent].0))
                        .await?;
                    sent += 1;
                }
                session.flush().await?;
            }
            let (number, uid) = &doomed[read];
            read += 1;
            let status = session.read_status("DELE").await?;
            if status.ok {
                dele_sent.push(uid.clone());
            } else {
                summary.errors.push(format!(
                    "message {number} ({uid}): DELE refused: {}",
                    status.text
                ));
            }
        }
        if !dele_sent.is_empty() {
            let expected = dele_sent
                .iter()
                .filter(|uid| known.get(*uid).is_some_and(|r| r.state == UidState::Stored))
                .count();
            let marked = writer.mark_dele_sent(dele_sent.clone()).await?;
            if marked < expected {
                // The records changed under us (e.g. the account was
                // removed): without them, QUIT could delete mail that is
                // no longer stored anywhere.
                drop(session);
                writer.revert_dele_sent().await?;
                return Err(store_err(
                    "the account's records changed during the download; nothing was deleted",
                ));
            }
        }
    }

    if cancel.is_cancelled() {
        // QUIT would commit the deletions; a cancel means "leave it".
        drop(session);
        if !dele_sent.is_empty() {
            writer.revert_dele_sent().await?;
        }
        summary.cancelled = true;
        return Ok(summary);
    }
    match session.quit().await {
        Ok(()) => {
            if !dele_sent.is_empty() {
                summary.deleted_on_server = dele_sent.len() as u32;
                writer.mark_gone(dele_sent).await?;
            }
        }
        Err(e) => {
            if !dele_sent.is_empty() {
                writer.revert_dele_sent().await?;
            }
            return Err(e.into());
        }
    }
    Ok(summary)
}

/// Maps message numbers to UIDs after checking that UIDL covers every
/// message of LIST exactly once and no UID repeats.
fn check_coverage(
    listing: &[(u32, u64)],
    uidl: &[(u32, String)],
) -> Result<HashMap<u32, String>, SyncError> {
    let listed: HashSet<u32> = listing.iter().map(|&(n, _)| n).collect();
    let mut by_number = HashMap::with_capacity(uidl.len());
    let mut seen_uids = HashSet::with_capacity(uidl.len());
    for (number, uid) in uidl {
        if !listed.contains(number) {
            return Err(protocol(format!(
                "UIDL lists message {number}, which LIST does not"
            )));
        }
        if by_number.insert(*number, uid.clone()).is_some() {
            return Err(protocol(format!("UIDL lists message {number} twice")));
        }
        if !seen_uids.insert(uid.as_str()) {
            return Err(protocol(format!("UIDL gives two messages the UID {uid:?}")));
        }
    }
    if by_number.len() != listed.len() {
        return Err(protocol(format!(
            "UIDL covers {} of {} messages",
            by_number.len(),
            listed.len()
        )));
    }
    Ok(by_number)
}

fn protocol(what: String) -> SyncError {
    SyncError::Pop3(Pop3Error::Protocol { what })
}

/// True when the received size differs from the announced one by more than
/// line-ending differences can explain: the server may have counted LF
/// where it sent CRLF (announced = received - CRLFs), or CRLF where it sent
/// a bare LF (announced = received + bare LFs), or anything in between.
fn size_differs(announced: u64, raw: &[u8]) -> bool {
    let received = raw.len() as u64;
    let mut crlf = 0u64;
    let mut bare_lf = 0u64;
    for i in memchr::memchr_iter(b'\n', raw) {
        if i > 0 && raw[i - 1] == b'\r' {
            crlf += 1;
        } else {
            bare_lf += 1;
        }
    }
    let low = received.saturating_sub(crlf);
    let high = received + bare_lf;
    !(low..=high).contains(&announced)
}

// ---------------------------------------------------------------------------
// The writer thread: owns its own SQLite connection, parses and commits.

enum Job {
    /// From the network, a few messages at a time; the preparer turns them
    /// into `Prepared`. A permit holds its message's share of the queue
    /// budget until the message is committed.
    Store(Vec<(NewMessage, OwnedSemaphorePermit)>),
    Prepared(Vec<(store::Prepared, OwnedSemaphorePermit)>),
    Flush(oneshot::Sender<Result<(), String>>),
    States(oneshot::Sender<Result<HashMap<String, store::UidRecord>, String>>),
    MarkDeleSent(Vec<String>, oneshot::Sender<Result<usize, String>>),
    MarkGone(Vec<String>, oneshot::Sender<Result<(), String>>),
    Revert(oneshot::Sender<Result<(), String>>),
}

struct Writer {
    jobs: mpsc::Sender<Job>,
    /// Bytes (in KiB) of messages received but not yet committed: the
    /// network waits when the disk is slower, instead of memory growing.
    budget: Arc<Semaphore>,
    budget_kib: u32,
    committed: std::sync::Mutex<std::sync::mpsc::Receiver<Result<Vec<MessageId>, String>>>,
    thread: std::sync::Mutex<Option<std::thread::JoinHandle<Result<(), String>>>>,
    /// Messages received but not yet handed to the preparer: handing them
    /// over a few at a time saves a thread wake-up per message.
    group: std::sync::Mutex<Group>,
    /// Microseconds the network side waited for the store (budget and
    /// queue): logged at the end, to tell a slow disk from a slow server.
    waited_us: std::sync::atomic::AtomicU64,
}

/// See [`Writer::group`].
#[derive(Default)]
struct Group {
    items: Vec<(NewMessage, OwnedSemaphorePermit)>,
    bytes: usize,
    /// When the first message of the group arrived.
    since: Option<Instant>,
}

/// A group is handed over at this many messages, bytes or this age, or
/// sooner when the caller expects a wait (see [`Writer::store`]).
const GROUP_MESSAGES: usize = 32;
const GROUP_BYTES: usize = 1 << 20;
const GROUP_AGE: Duration = Duration::from_millis(100);

impl Writer {
    fn start(
        db_path: PathBuf,
        account: AccountId,
        options: &FetchOptions,
    ) -> Result<Self, SyncError> {
        let store = Store::open(&db_path).map_err(store_err)?;
        if let Some(pages) = options.store_page_limit {
            store.limit_pages(pages).map_err(store_err)?;
        }
        // Bounded: when parsing and committing fall behind, the network waits
        // rather than memory growing without limit.
        let capacity = options.batch_messages.max(16) * 2;
        let (jobs, rx) = mpsc::channel::<Job>(capacity);
        let (prepared_tx, prepared_rx) = mpsc::channel::<Job>(capacity);
        let (done_tx, done_rx) = std::sync::mpsc::channel();
        let batching = Batching {
            messages: options.batch_messages.max(1),
            bytes: options.batch_bytes.max(1),
            idle: options.batch_idle,
            index: options.search_index == SearchIndex::Complete,
        };
        // Hashing and parsing run on their own thread, so they overlap the
        // writer's commits (and their fsyncs) instead of adding to them.
        std::thread::Builder::new()
            .name(format!("postern-prepare-{account}"))
            .spawn(move || prepare_loop(rx, prepared_tx))
            .map_err(store_err)?;
        let thread = std::thread::Builder::new()
            .name(format!("postern-writer-{account}"))
            .spawn(move || writer_loop(store, account, prepared_rx, done_tx, batching))
            .map_err(store_err)?;
        let budget_kib = u32::try_from((options.batch_bytes.max(1) * 2).max(64 << 20) >> 10)
            .unwrap_or(u32::MAX >> 4);
        Ok(Writer {
            jobs,
            budget: Arc::new(Semaphore::new(budget_kib as usize)),
            budget_kib,
            committed: std::sync::Mutex::new(done_rx),
            thread: std::sync::Mutex::new(Some(thread)),
            group: std::sync::Mutex::new(Group::default()),
            waited_us: std::sync::atomic::AtomicU64::new(0),
        })
    }

    async fn send(&self, job: Job) -> Result<(), SyncError> {
        let started = Instant::now();
        let sent = self.jobs.send(job).await;
        self.count_wait(started);
        sent.map_err(|_| store_err("the store writer stopped"))
    }

    fn count_wait(&self, since: Instant) {
        let us = u64::try_from(since.elapsed().as_micros()).unwrap_or(u64::MAX);
        self.waited_us
            .fetch_add(us, std::sync::atomic::Ordering::Relaxed);
    }

    /// Queues a received message for storing. `wait_ahead`: the next
    /// message will take a while (it is large, or there is none), so the
    /// group goes now instead of waiting for it.
    async fn store(&self, message: NewMessage, wait_ahead: bool) -> Result<(), SyncError> {
        let len = message.raw.len();
        if len >= GROUP_BYTES {
            // A group must never hold permits while a large message waits
            // for the whole budget.
            self.hand_over().await?;
        }
        let kib = u32::try_from(len >> 10)
            .unwrap_or(u32::MAX)
            .saturating_add(1)
            .min(self.budget_kib);
        let started = Instant::now();
        let permit = self.budget.clone().acquire_many_owned(kib).await;
        self.count_wait(started);
        let permit = permit.map_err(|_| store_err("the store writer stopped"))?;
        let full = {
            let mut group = self.lock_group()?;
            group.items.push((message, permit));
            group.bytes += len;
            let since = *group.since.get_or_insert_with(Instant::now);
            group.items.len() >= GROUP_MESSAGES
                || group.bytes >= GROUP_BYTES
                || since.elapsed() >= GROUP_AGE
        };
        if full || wait_ahead {
            self.hand_over().await?;
        }
        Ok(())
    }

    fn lock_group(&self) -> Result<std::sync::MutexGuard<'_, Group>, SyncError> {
        self.group
            .lock()
            .map_err(|_| store_err("the store writer stopped"))
    }

    /// Sends the messages grouped so far on to be stored.
    async fn hand_over(&self) -> Result<(), SyncError> {
        let items = std::mem::take(&mut *self.lock_group()?).items;
        if items.is_empty() {
            return Ok(());
        }
        self.send(Job::Store(items)).await
    }

    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, String>>) -> Job,
    ) -> Result<T, SyncError> {
        // Everything received comes first.
        self.hand_over().await?;
        let (tx, rx) = oneshot::channel();
        self.send(make(tx)).await?;
        rx.await
            .map_err(|_| store_err("the store writer stopped"))?
            .map_err(store_err)
    }

    async fn flush(&self) -> Result<(), SyncError> {
        self.ask(Job::Flush).await
    }

    async fn uid_states(&self) -> Result<HashMap<String, store::UidRecord>, SyncError> {
        self.ask(Job::States).await
    }

    /// How many records moved from `stored` to `dele-sent`.
    async fn mark_dele_sent(&self, uids: Vec<String>) -> Result<usize, SyncError> {
        self.ask(|tx| Job::MarkDeleSent(uids, tx)).await
    }

    async fn mark_gone(&self, uids: Vec<String>) -> Result<(), SyncError> {
        self.ask(|tx| Job::MarkGone(uids, tx)).await
    }

    async fn revert_dele_sent(&self) -> Result<(), SyncError> {
        self.ask(Job::Revert).await
    }

    /// Batches committed since the last call; a commit failure is an error.
    fn take_committed(&self) -> Result<Vec<Vec<MessageId>>, SyncError> {
        let rx = self
            .committed
            .lock()
            .map_err(|_| store_err("the store writer stopped"))?;
        let mut out = Vec::new();
        while let Ok(batch) = rx.try_recv() {
            out.push(batch.map_err(store_err)?);
        }
        Ok(out)
    }

    /// Commits what is left, indexes for search, and stops the thread.
    async fn finish(self) -> Result<(), SyncError> {
        // What arrived before a failure is still stored.
        let handed = self.hand_over().await;
        tracing::debug!(
            waited_ms = self.waited_us.load(std::sync::atomic::Ordering::Relaxed) / 1000,
            "the download waited for the store"
        );
        let Writer { jobs, thread, .. } = self;
        drop(jobs);
        let handle = thread.lock().ok().and_then(|mut t| t.take());
        let Some(handle) = handle else { return Ok(()) };
        let joined = tokio::task::spawn_blocking(move || handle.join())
            .await
            .map_err(store_err)?;
        match joined {
            Ok(result) => result.map_err(store_err).and(handed),
            Err(_) => Err(store_err("the store writer crashed")),
        }
    }
}

/// When the writer commits.
struct Batching {
    messages: usize,
    bytes: usize,
    /// A partial batch is committed after this long without a new message.
    idle: Duration,
    /// Build the search index (when idle, and before finishing).
    index: bool,
}

/// The batch the writer has not committed yet.
#[derive(Default)]
struct Pending {
    items: Vec<store::Prepared>,
    bytes: usize,
    permits: Vec<OwnedSemaphorePermit>,
    /// When the oldest message of the batch arrived.
    since: Option<Instant>,
}

/// The longest a received message waits for its batch: on a slow link new
/// mail still shows up in the inbox within about a second.
const BATCH_MAX_AGE: Duration = Duration::from_secs(1);

impl Pending {
    fn add(&mut self, prepared: store::Prepared, permit: OwnedSemaphorePermit) {
        self.bytes += prepared.raw().len();
        self.items.push(prepared);
        self.permits.push(permit);
        self.since.get_or_insert_with(Instant::now);
    }

    fn full(&self, messages: usize, bytes: usize) -> bool {
        self.items.len() >= messages
            || self.bytes >= bytes
            || self.since.is_some_and(|t| t.elapsed() >= BATCH_MAX_AGE)
    }
}

/// Hashes and summarizes messages in arrival order; passes every other job
/// through unchanged, so their order relative to messages is kept.
fn prepare_loop(mut jobs: mpsc::Receiver<Job>, out: mpsc::Sender<Job>) {
    while let Some(job) = jobs.blocking_recv() {
        let job = match job {
            Job::Store(group) => Job::Prepared(prepare_group(group)),
            other => other,
        };
        if out.blocking_send(job).is_err() {
            break;
        }
    }
}

fn prepare_group(
    group: Vec<(NewMessage, OwnedSemaphorePermit)>,
) -> Vec<(store::Prepared, OwnedSemaphorePermit)> {
    group
        .into_iter()
        .map(|(message, permit)| (store::prepare(message), permit))
        .collect()
}

fn writer_loop(
    mut store: Store,
    account: AccountId,
    mut jobs: mpsc::Receiver<Job>,
    committed: std::sync::mpsc::Sender<Result<Vec<MessageId>, String>>,
    batching: Batching,
) -> Result<(), String> {
    let Batching {
        messages: batch_messages,
        bytes: batch_bytes,
        idle,
        index,
    } = batching;
    let mut pending = Pending::default();
    let mut failed: Option<String> = None;
    // A tiny runtime of this thread's own, only to wait on the job queue with
    // a timeout.
    let waiter = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .map_err(|e| format!("cannot start the writer: {e}"))?;

    let commit = |store: &mut Store,
                  pending: &mut Pending,
                  failed: &mut Option<String>|
     -> Result<(), String> {
        if let Some(e) = failed {
            return Err(e.clone());
        }
        if pending.items.is_empty() {
            return Ok(());
        }
        pending.bytes = 0;
        pending.since = None;
        let result = store.store_batch(account, std::mem::take(&mut pending.items));
        // Committed or failed, these bytes no longer wait in memory.
        pending.permits.clear();
        match result {
            Ok(inserted) => {
                let ids = inserted.into_iter().map(|(_, id)| id).collect();
                let _ = committed.send(Ok(ids));
                Ok(())
            }
            Err(e) => {
                let text = e.to_string();
                *failed = Some(text.clone());
                let _ = committed.send(Err(text.clone()));
                Err(text)
            }
        }
    };

    // Adds prepared messages to the batch, committing whenever it is full.
    let add = |store: &mut Store,
               pending: &mut Pending,
               failed: &mut Option<String>,
               group: Vec<(store::Prepared, OwnedSemaphorePermit)>| {
        for (prepared, permit) in group {
            pending.add(prepared, permit);
            if pending.full(batch_messages, batch_bytes) {
                let _ = commit(store, pending, failed);
            }
        }
    };

    loop {
        let job = if pending.items.is_empty() {
            // Idle: index for search while nothing else waits.
            match jobs.try_recv() {
                Ok(job) => Some(job),
                Err(mpsc::error::TryRecvError::Empty) if index => match store.index_pending(64) {
                    Ok(n) if n > 0 => continue,
                    _ => jobs.blocking_recv(),
                },
                Err(mpsc::error::TryRecvError::Empty) => jobs.blocking_recv(),
                Err(mpsc::error::TryRecvError::Disconnected) => None,
            }
        } else {
            match jobs.try_recv() {
                Ok(job) => Some(job),
                Err(mpsc::error::TryRecvError::Empty) => {
                    // Wait a little for more before committing a partial batch.
                    match waiter.block_on(async { tokio::time::timeout(idle, jobs.recv()).await }) {
                        Ok(job) => job,
                        Err(_) => {
                            let _ = commit(&mut store, &mut pending, &mut failed);
                            continue;
                        }
                    }
                }
                Err(mpsc::error::TryRecvError::Disconnected) => None,
            }
        };
        let Some(job) = job else { break };
        match job {
            // Only when no preparer runs in front of this loop.
            Job::Store(group) => add(&mut store, &mut pending, &mut failed, prepare_group(group)),
            Job::Prepared(group) => add(&mut store, &mut pending, &mut failed, group),
            Job::Flush(reply) => {
                let _ = reply.send(commit(&mut store, &mut pending, &mut failed));
            }
            Job::States(reply) => {
                let r = commit(&mut store, &mut pending, &mut failed)
                    .and_then(|()| store.uid_states(account).map_err(|e| e.to_string()));
                let _ = reply.send(r);
            }
            Job::MarkDeleSent(uids, reply) => {
                let _ = reply.send(
                    store
                        .mark_dele_sent(account, &uids)
                        .map_err(|e| e.to_string()),
                );
            }
            Job::MarkGone(uids, reply) => {
                let _ = reply.send(
                    store
                        .mark_gone(account, &uids)
                        .map(|_| ())
                        .map_err(|e| e.to_string()),
                );
            }
            Job::Revert(reply) => {
                let _ = reply.send(
                    store
                        .revert_dele_sent(account)
                        .map(|_| ())
                        .map_err(|e| e.to_string()),
                );
            }
        }
    }
    commit(&mut store, &mut pending, &mut failed)?;
    // Catch search up before returning.
    if index {
        loop {
            match store.index_pending(256) {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!("cannot index messages for search: {e}");
                    break;
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_of_a_cut_message_end_with_an_empty_line() {
        assert_eq!(
            headers_of(b"Subject: x\r\nFrom: a@b\r\n\r\nbody\r\nmore"),
            b"Subject: x\r\nFrom: a@b\r\n\r\n"
        );
        assert_eq!(headers_of(b"Subject: x\n\nbody"), b"Subject: x\n\r\n");
        // Cut inside the headers: whole lines only.
        assert_eq!(
            headers_of(b"Subject: x\r\nReceived: fr"),
            b"Subject: x\r\n\r\n"
        );
        let endless =
            b"X-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(4000);
        let cut = headers_of(&endless);
        assert!(cut.len() <= (64 << 10) + 2 && cut.ends_with(b"\r\n\r\n"));
    }

    #[test]
    fn size_tolerates_line_endings_only() {
        let raw = b"a\r\nb\r\nc\r\n";
        assert!(!size_differs(9, raw));
        assert!(!size_differs(6, raw), "LF-counted size is fine");
        assert!(size_differs(5, raw), "less than LF-counted is truncation");
        assert!(size_differs(10, raw), "more than sent is truncation");
        assert!(size_differs(100, raw));
        let bare = b"a\nb\nc\n";
        assert!(!size_differs(6, bare));
        assert!(!size_differs(9, bare), "CRLF-counted size of an LF message");
        assert!(size_differs(10, bare));
    }

    #[test]
    fn coverage_requires_every_message_once() {
        let list = [(1, 10), (2, 20)];
        let ok = [(1, "a".to_string()), (2, "b".to_string())];
        assert_eq!(check_coverage(&list, &ok).unwrap().len(), 2);
        let missing = [(1, "a".to_string())];
        assert!(check_coverage(&list, &missing).is_err());
        let twice = [
            (1, "a".to_string()),
            (1, "a".to_string()),
            (2, "b".to_string()),
        ];
        assert!(check_coverage(&list, &twice).is_err());
        let same_uid = [(1, "a".to_string()), (2, "a".to_string())];
        assert!(check_coverage(&list, &same_uid).is_err());
        let unknown = [(1, "a".to_string()), (3, "b".to_string())];
        assert!(check_coverage(&list, &unknown).is_err());
    }
}
