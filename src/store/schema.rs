//! The schema as an ordered list of migrations. Entry `i` takes the
//! database from `user_version` `i` to `i + 1`; each runs in one
//! transaction. Append, never edit a released entry.

pub(super) const MIGRATIONS: &[&str] = &[V1, V2, V3, V4];

/// Version 1: accounts, messages, POP3 UID bookkeeping, full-text index.
///
/// `accounts.id` and `messages.id` use AUTOINCREMENT so an id is never
/// reused: mail kept after its account is removed keeps an `account_id`
/// that no new account can take. `pop_uids` belongs to its account and
/// goes with it. The FTS table is contentless (the text lives in
/// `messages`); its rowid is `messages.id`.
const V1: &str = "
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    in_host TEXT NOT NULL,
    in_port INTEGER NOT NULL,
    in_security TEXT NOT NULL,
    in_username TEXT NOT NULL,
    in_auth TEXT NOT NULL,
    in_pin_sha256 TEXT,
    out_host TEXT,
    out_port INTEGER,
    out_security TEXT,
    out_auth_required INTEGER,
    out_same_as_incoming INTEGER,
    out_username TEXT,
    out_pin_sha256 TEXT,
    leave_on_server INTEGER NOT NULL,
    delete_after_days INTEGER,
    delete_when_deleted_locally INTEGER NOT NULL,
    size_limit INTEGER,
    oversize TEXT NOT NULL,
    check_at_startup INTEGER NOT NULL,
    check_every_minutes INTEGER,
    allow_plaintext INTEGER NOT NULL,
    password_command TEXT,
    created_at INTEGER NOT NULL
);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL,
    uid TEXT NOT NULL,
    raw BLOB NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    from_name TEXT NOT NULL DEFAULT '',
    from_addr TEXT NOT NULL DEFAULT '',
    to_addrs TEXT NOT NULL DEFAULT '',
    cc_addrs TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    date INTEGER,
    received_at INTEGER NOT NULL,
    has_attachments INTEGER NOT NULL DEFAULT 0,
    seen INTEGER NOT NULL DEFAULT 0,
    size_mismatch INTEGER NOT NULL DEFAULT 0,
    partial INTEGER NOT NULL DEFAULT 0,
    parse_ok INTEGER NOT NULL DEFAULT 1,
    snippet TEXT NOT NULL DEFAULT '',
    folder TEXT NOT NULL DEFAULT 'inbox' CHECK (folder IN ('inbox', 'trash')),
    deleted_at INTEGER,
    indexed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX messages_account_date ON messages (account_id, date DESC);
CREATE INDEX messages_folder_date ON messages (folder, date DESC);
CREATE INDEX messages_account_uid ON messages (account_id, uid);
CREATE INDEX messages_unindexed ON messages (id) WHERE indexed = 0;

CREATE TABLE pop_uids (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uid TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('stored', 'dele-sent', 'gone')),
    first_seen INTEGER NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    size_mismatch INTEGER NOT NULL DEFAULT 0,
    partial INTEGER NOT NULL DEFAULT 0,
    locally_deleted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (account_id, uid)
) WITHOUT ROWID;
CREATE INDEX pop_uids_message ON pop_uids (message_id);

CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, sender, body,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
);
";

/// Version 2: indexes for the inbox list, one per sort order (date, sender,
/// subject) with and without an account filter, each ending in `id` so
/// keyset paging walks the index. The expressions must stay identical to
/// the ones `Store::list` sorts by (`messages.rs`), or SQLite will not use
/// them.
const V2: &str = "
CREATE INDEX messages_list_date ON messages
    (folder, IFNULL(date, -9223372036854775808), id);
CREATE INDEX messages_list_account_date ON messages
    (account_id, folder, IFNULL(date, -9223372036854775808), id);
CREATE INDEX messages_list_sender ON messages
    (folder, COALESCE(NULLIF(from_name, ''), from_addr) COLLATE NOCASE, id);
CREATE INDEX messages_list_account_sender ON messages
    (account_id, folder, COALESCE(NULLIF(from_name, ''), from_addr) COLLATE NOCASE, id);
CREATE INDEX messages_list_subject ON messages
    (folder, subject COLLATE NOCASE, id);
CREATE INDEX messages_list_account_subject ON messages
    (account_id, folder, subject COLLATE NOCASE, id);
CREATE INDEX messages_unseen ON messages (account_id, folder) WHERE seen = 0;
";

/// Version 3: the raw bytes move out of `messages` into a table of their
/// own. A message row is then a few hundred bytes, so the list, search and
/// counts read small rows instead of walking past each message's body
/// (SQLite stores a row's columns after a large blob in its overflow
/// pages). A body goes with its message (`ON DELETE CASCADE`).
const V3: &str = "
CREATE TABLE message_bodies (
    message_id INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    raw BLOB NOT NULL
);
INSERT INTO message_bodies (message_id, raw) SELECT id, raw FROM messages ORDER BY id;
ALTER TABLE messages DROP COLUMN raw;
";

/// Version 4: the content hash of a message names its algorithm
/// (`blake3:<hex>`; rows stored before carry `sha256:<hex>`). BLAKE3 hashes
/// twice as fast as SHA-256 (even with the CPU's SHA instructions), and the
/// hash is computed for every byte of every download (see BENCHMARKS.md).
const V4: &str = "
ALTER TABLE messages RENAME COLUMN sha256 TO content_hash;
UPDATE messages SET content_hash = 'sha256:' || content_hash WHERE content_hash <> '';
ALTER TABLE pop_uids RENAME COLUMN sha256 TO content_hash;
UPDATE pop_uids SET content_hash = 'sha256:' || content_hash WHERE content_hash <> '';
";
