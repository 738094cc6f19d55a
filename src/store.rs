//! Local storage in one SQLite file: accounts, every downloaded message
//! (raw bytes exactly as received), the POP3 UID bookkeeping that keeps
//! mail from being lost or duplicated, and a full-text search index.
//!
//! Order of use: [`Store::open`] (creates the file, applies pending
//! migrations, refuses a schema newer than this build), then accounts
//! ([`Store::add_account`]...), then the download path: the engine calls
//! [`prepare`] off the database thread for each retrieved message and
//! [`Store::store_batch`] to commit a batch durably *before* any DELE or
//! QUIT depends on it; [`Store::mark_dele_sent`], [`Store::mark_gone`] and
//! [`Store::revert_dele_sent`] track deletes. Search indexing is deferred:
//! [`Store::index_pending`] is called in small steps when idle.
//!
//! All calls block: async callers use `spawn_blocking` or a dedicated
//! thread. No password ever enters the database.

mod accounts;
mod messages;
mod schema;
mod uids;

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use rusqlite::Connection;
use thiserror::Error;

use crate::account::AccountId;
use crate::mime::{self, Summary};

pub use messages::{ListCursor, ListQuery, PageCursor, SortKey, INDEX_BODY_CHARS};
pub use uids::{UidRecord, UidState};

/// Database id of a stored message.
pub type MessageId = i64;

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "postern.sqlite3";

/// The platform data directory for Postern (e.g.
/// `~/.local/share/postern` on Linux), if the platform has one.
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "postern", "Postern").map(|d| d.data_dir().to_path_buf())
}

/// Errors from the store. Cheap to clone so they can travel in UI messages.
#[derive(Debug, Clone, Error)]
pub enum StoreError {
    #[error("cannot create the data folder {path}")]
    CreateDir {
        path: PathBuf,
        #[source]
        source: Arc<std::io::Error>,
    },
    #[error("cannot open the database {path}")]
    Open {
        path: PathBuf,
        #[source]
        source: Arc<rusqlite::Error>,
    },
    #[error(
        "cannot use the database: it was written by a newer Postern (schema version \
         {found}, this version knows up to {known}); update Postern"
    )]
    TooNew { found: i64, known: i64 },
    #[error("cannot upgrade the database to schema version {version}")]
    Migrate {
        version: i64,
        #[source]
        source: Arc<rusqlite::Error>,
    },
    #[error("cannot add the account {email}: an account with this address already exists")]
    DuplicateAccount { email: String },
    #[error("cannot find account {0}")]
    NoSuchAccount(AccountId),
    #[error("cannot write to the database: the disk is full")]
    DiskFull,
    #[error("cannot read the database: {what} is invalid")]
    Corrupt { what: String },
    #[error("cannot access the database")]
    Sqlite(#[source] Arc<rusqlite::Error>),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if e.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull) {
            StoreError::DiskFull
        } else {
            StoreError::Sqlite(Arc::new(e))
        }
    }
}

type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The open database. One writer per process; not `Sync`.
pub struct Store {
    conn: Connection,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.conn.path())
            .finish()
    }
}

impl Store {
    /// Opens (creating if needed) the database at `path` and its parent
    /// folders, and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| StoreError::CreateDir {
                path: parent.to_path_buf(),
                source: Arc::new(e),
            })?;
        }
        let open_err = |e: rusqlite::Error| StoreError::Open {
            path: path.to_path_buf(),
            source: Arc::new(e),
        };
        let conn = Connection::open(path).map_err(open_err)?;
        Store::setup(conn, true).map_err(|e| match e {
            StoreError::Sqlite(source) => StoreError::Open {
                path: path.to_path_buf(),
                source,
            },
            other => other,
        })
    }

    /// A private database in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Store::setup(Connection::open_in_memory()?, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Store> {
        const PAGE_SIZE: i64 = 65_536;
        const CACHE_KIB: i64 = 32 * 1024;
        const CHECKPOINT_BYTES: i64 = 8 << 20;
        conn.busy_timeout(Duration::from_secs(5))?;
        // A new database gets SQLite's largest pages: raw messages are tens
        // of KB, and every page costs two writes and a read on its way
        // through the WAL, so fewer, larger pages make a download much
        // cheaper (see BENCHMARKS.md). Only possible before the first table
        // exists (and before WAL); older databases keep their page size.
        let pages: i64 = conn.pragma_query_value(None, "page_count", |row| row.get(0))?;
        if pages == 0 {
            conn.pragma_update(None, "page_size", PAGE_SIZE)?;
        }
        if wal {
            let mode: String =
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                tracing::warn!(mode, "SQLite refused WAL mode");
            }
        }
        // Durability of a batch commit is what allows DELE afterwards.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Room for the indexes' inner pages while a batch of bodies passes
        // through the cache (negative: KiB; allocated only as used).
        conn.pragma_update(None, "cache_size", -CACHE_KIB)?;
        conn.set_prepared_statement_cache_capacity(64);
        if wal {
            // Checkpoint every few MiB of WAL rather than SQLite's 1000
            // pages (64 MiB with our pages): the checkpoints then run while
            // a download is still receiving, and closing the database
            // (which checkpoints what is left) takes milliseconds, not the
            // tenth of a second it took to copy 64 MiB at the end.
            let page_size: i64 = conn.pragma_query_value(None, "page_size", |row| row.get(0))?;
            let pages = (CHECKPOINT_BYTES / page_size.max(512)).max(1);
            conn.pragma_update(None, "wal_autocheckpoint", pages)?;
        }
        migrate(&mut conn)?;
        Ok(Store { conn })
    }

    /// Caps the database at `pages` pages for this connection: writes past
    /// it fail exactly as on a full disk (SQLITE_FULL). A quota, and how the
    /// tests prove that a full disk loses nothing.
    pub fn limit_pages(&self, pages: u64) -> Result<()> {
        let pages = i64::try_from(pages).unwrap_or(i64::MAX);
        let _applied: i64 =
            self.conn
                .pragma_update_and_check(None, "max_page_count", pages, |row| row.get(0))?;
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

fn migrate(conn: &mut Connection) -> Result<()> {
    let known = i64::try_from(schema::MIGRATIONS.len()).unwrap_or(i64::MAX);
    let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > known {
        return Err(StoreError::TooNew { found, known });
    }
    for (index, sql) in schema::MIGRATIONS.iter().enumerate() {
        let version = i64::try_from(index + 1).unwrap_or(i64::MAX);
        if version <= found {
            continue;
        }
        let err = |source: rusqlite::Error| StoreError::Migrate {
            version,
            source: Arc::new(source),
        };
        // Immediate, and the version read again inside: when two
        // connections open an old database at once, the second waits for
        // the first and then finds its work done.
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(err)?;
        let now: i64 = tx
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(err)?;
        if now >= version {
            tx.commit().map_err(err)?;
            continue;
        }
        tx.execute_batch(sql).map_err(err)?;
        tx.pragma_update(None, "user_version", version)
            .map_err(err)?;
        tx.commit().map_err(err)?;
        tracing::info!(version, "database schema upgraded");
    }
    Ok(())
}

/// Unix seconds now.
fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn to_u64(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// The two local folders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Folder {
    #[default]
    Inbox,
    Trash,
}

impl Folder {
    pub fn as_str(self) -> &'static str {
        match self {
            Folder::Inbox => "inbox",
            Folder::Trash => "trash",
        }
    }
}

impl FromStr for Folder {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "inbox" => Ok(Folder::Inbox),
            "trash" => Ok(Folder::Trash),
            other => Err(StoreError::Corrupt {
                what: format!("folder {other:?}"),
            }),
        }
    }
}

/// A message as the list shows it: everything but the raw bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageRow {
    pub id: MessageId,
    pub account_id: AccountId,
    pub uid: String,
    pub from_name: String,
    pub from_addr: String,
    pub to_addrs: String,
    pub cc_addrs: String,
    pub subject: String,
    /// The `Date` header, unix seconds.
    pub date: Option<i64>,
    /// When Postern first stored it, unix seconds.
    pub received_at: i64,
    pub has_attachments: bool,
    pub seen: bool,
    /// Size of the stored bytes.
    pub size: u64,
    /// The hash of the stored bytes, `algorithm:hex` (see [`content_hash`]).
    pub content_hash: String,
    /// The size differed from the server's LIST size beyond line endings.
    pub size_mismatch: bool,
    /// Headers only (oversize policy); the full message is on the server.
    pub partial: bool,
    pub parse_ok: bool,
    pub snippet: String,
    pub folder: Folder,
    /// When it was moved to the trash.
    pub deleted_at: Option<i64>,
}

/// A message as retrieved from the server.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub uid: String,
    /// Exactly the bytes received (after dot-unstuffing).
    pub raw: Vec<u8>,
    /// The size announced by LIST.
    pub server_size: u64,
    pub size_mismatch: bool,
    /// Only the headers were fetched (TOP n 0).
    pub partial: bool,
}

/// A [`NewMessage`] with its hash and summary computed, ready for
/// [`Store::store_batch`].
#[derive(Debug, Clone)]
pub struct Prepared {
    msg: NewMessage,
    content_hash: String,
    summary: Summary,
}

impl Prepared {
    pub fn uid(&self) -> &str {
        &self.msg.uid
    }
    /// The [`content_hash`] of the raw bytes.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }
    pub fn summary(&self) -> &Summary {
        &self.summary
    }
    pub fn raw(&self) -> &[u8] {
        &self.msg.raw
    }
}

/// The CPU work before storing (hash and parse). Free of the database so
/// the engine can run it on another thread.
pub fn prepare(msg: NewMessage) -> Prepared {
    let content_hash = content_hash(&msg.raw);
    let summary = mime::summarize(&msg.raw);
    Prepared {
        msg,
        content_hash,
        summary,
    }
}

/// The hash a message is stored with: `blake3:` and the lower-case hex
/// BLAKE3 digest of its bytes. (Rows stored before schema version 4 carry
/// `sha256:` and a SHA-256 digest.)
pub fn content_hash(raw: &[u8]) -> String {
    format!("blake3:{}", hex(blake3::hash(raw).as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    out
}

#[cfg(test)]
mod tests;
