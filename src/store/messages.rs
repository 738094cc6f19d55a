//! Messages: the durable download path, the deferred search index, the
//! list, the trash.

use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};

use super::{
    now, to_i64, to_u64, Folder, MessageId, MessageRow, Prepared, Result, Store, StoreError,
};
use crate::account::AccountId;
use crate::mime;

/// Characters of body text put in the search index per message.
pub const INDEX_BODY_CHARS: usize = 64 * 1024;

/// Columns of a [`MessageRow`], in `row_from` order, for table alias `m`.
const ROW_COLUMNS: &str = "m.id, m.account_id, m.uid, m.from_name, m.from_addr, m.to_addrs, \
    m.cc_addrs, m.subject, m.date, m.received_at, m.has_attachments, m.seen, m.size, m.content_hash, \
    m.size_mismatch, m.partial, m.parse_ok, m.snippet, m.folder, m.deleted_at";
const RAW_INDEX: usize = 20;

/// Where the previous page ended, for keyset paging of
/// [`Store::list_messages`] (newest first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageCursor {
    pub date: Option<i64>,
    pub id: MessageId,
}

impl PageCursor {
    /// The cursor that continues after `row`.
    pub fn after(row: &MessageRow) -> PageCursor {
        PageCursor {
            date: row.date,
            id: row.id,
        }
    }
}

impl Store {
    /// Commits a batch of downloaded messages in ONE durable transaction:
    /// a message row and a `stored` UID row each. A UID the account already
    /// has (in any state) is skipped, never duplicated. Returns the UIDs
    /// newly stored with their message ids, in batch order.
    pub fn store_batch(
        &mut self,
        account: AccountId,
        batch: Vec<Prepared>,
    ) -> Result<Vec<(String, MessageId)>> {
        let received_at = now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let known = tx
            .query_row(
                "SELECT 1 FROM accounts WHERE id = ?1",
                [account],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if !known {
            return Err(StoreError::NoSuchAccount(account));
        }
        let mut stored = Vec::with_capacity(batch.len());
        {
            let mut exists =
                tx.prepare_cached("SELECT 1 FROM pop_uids WHERE account_id = ?1 AND uid = ?2")?;
            let mut insert_message = tx.prepare_cached(
                "INSERT INTO messages (account_id, uid, size, content_hash, from_name, \
                 from_addr, to_addrs, cc_addrs, subject, date, received_at, has_attachments, \
                 size_mismatch, partial, parse_ok, snippet) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
                 ?16)",
            )?;
            // The body is written into a zero-filled blob of its size: one
            // copy into the database pages, where binding it as a value
            // would copy it twice more on the way.
            let mut insert_body = tx.prepare_cached(
                "INSERT INTO message_bodies (message_id, raw) VALUES (?1, zeroblob(?2))",
            )?;
            let mut body: Option<rusqlite::blob::Blob<'_>> = None;
            let mut insert_uid = tx.prepare_cached(
                "INSERT INTO pop_uids (account_id, uid, state, first_seen, size, content_hash, \
                 message_id, size_mismatch, partial) \
                 VALUES (?1, ?2, 'stored', ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for prepared in batch {
                let Prepared {
                    msg,
                    content_hash,
                    summary: s,
                } = prepared;
                if exists.exists(params![account, msg.uid])? {
                    continue;
                }
                insert_message.execute(params![
                    account,
                    msg.uid,
                    to_i64(msg.raw.len() as u64),
                    content_hash,
                    s.from_name,
                    s.from_addr,
                    s.to,
                    s.cc,
                    s.subject,
                    s.date,
                    received_at,
                    s.has_attachments,
                    msg.size_mismatch,
                    msg.partial,
                    s.parse_ok,
                    s.snippet,
                ])?;
                let id = tx.last_insert_rowid();
                insert_body.execute(params![id, to_i64(msg.raw.len() as u64)])?;
                if !msg.raw.is_empty() {
                    // One blob handle for the batch, moved from row to row.
                    let blob = match body.take() {
                        Some(mut blob) => {
                            blob.reopen(id)?;
                            blob
                        }
                        None => tx.blob_open("main", "message_bodies", "raw", id, false)?,
                    };
                    body.insert(blob).write_all_at(&msg.raw, 0)?;
                }
                insert_uid.execute(params![
                    account,
                    msg.uid,
                    received_at,
                    to_i64(msg.server_size),
                    content_hash,
                    id,
                    msg.size_mismatch,
                    msg.partial,
                ])?;
                stored.push((msg.uid, id));
            }
        }
        tx.commit()?;
        Ok(stored)
    }

    /// Indexes up to `max` not yet indexed messages for search, in one
    /// transaction. Returns how many were indexed; 0 means all are done.
    pub fn index_pending(&mut self, max: usize) -> Result<usize> {
        let limit = to_i64(max as u64);
        let mut pending = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT m.id, IFNULL(b.raw, X''), m.subject, m.from_name, m.from_addr \
                 FROM messages m LEFT JOIN message_bodies b ON b.message_id = m.id \
                 WHERE m.indexed = 0 ORDER BY m.id LIMIT ?1",
            )?;
            let mut rows = stmt.query([limit])?;
            while let Some(row) = rows.next()? {
                let id: MessageId = row.get(0)?;
                let body = mime::body_text(blob(row, 1)?, INDEX_BODY_CHARS);
                let subject: String = row.get(2)?;
                let sender = format!("{} {}", row.get::<_, String>(3)?, row.get::<_, String>(4)?);
                pending.push((id, subject, sender, body));
            }
        }
        if pending.is_empty() {
            return Ok(0);
        }
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut done = 0;
        {
            let mut mark =
                tx.prepare_cached("UPDATE messages SET indexed = 1 WHERE id = ?1 AND indexed = 0")?;
            let mut delete = tx.prepare_cached("DELETE FROM messages_fts WHERE rowid = ?1")?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO messages_fts (rowid, subject, sender, body) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for (id, subject, sender, body) in pending {
                // The row may have been indexed or deleted since it was read.
                if mark.execute([id])? == 0 {
                    continue;
                }
                delete.execute([id])?;
                insert.execute(params![id, subject, sender, body])?;
                done += 1;
            }
        }
        tx.commit()?;
        Ok(done)
    }

    /// Messages whose subject, sender or body contain every word of
    /// `query` (the last one as a prefix): the `limit` most recently stored
    /// matches, newest first by date. The user's text
    /// is quoted, so FTS5 operators in it are plain words. Only indexed
    /// messages are found.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<MessageRow>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        // The index hands out matches newest-stored first and stops at the
        // limit, so a common word costs no more than a rare one; only that
        // page is then ordered by date.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM messages m WHERE m.id IN \
             (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1 \
              ORDER BY rowid DESC LIMIT ?2) \
             ORDER BY m.date DESC, m.id DESC"
        ))?;
        let mut rows = stmt.query(params![fts, to_i64(limit as u64)])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(row_from(row)?);
        }
        Ok(out)
    }

    /// One page of a folder, newest first (by `Date`, then id; undated
    /// last), optionally of one account. Pass the [`PageCursor`] of the
    /// last row to get the next page.
    pub fn list_messages(
        &self,
        account: Option<AccountId>,
        folder: Folder,
        after: Option<PageCursor>,
        limit: usize,
    ) -> Result<Vec<MessageRow>> {
        let account_cond = if account.is_some() {
            "AND m.account_id = ?2"
        } else {
            "AND ?2 IS NULL"
        };
        let cursor_cond = match after {
            None => "AND ?3 IS NULL AND ?4 IS NULL",
            Some(PageCursor { date: Some(_), .. }) => {
                "AND (m.date < ?3 OR (m.date = ?3 AND m.id < ?4) OR m.date IS NULL)"
            }
            Some(PageCursor { date: None, .. }) => {
                "AND ?3 IS NULL AND m.date IS NULL AND m.id < ?4"
            }
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM messages m WHERE m.folder = ?1 {account_cond} \
             {cursor_cond} ORDER BY m.date DESC, m.id DESC LIMIT ?5"
        ))?;
        let mut rows = stmt.query(params![
            folder.as_str(),
            account,
            after.and_then(|c| c.date),
            after.map(|c| c.id),
            to_i64(limit as u64),
        ])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(row_from(row)?);
        }
        Ok(out)
    }

    /// One message's summary row.
    pub fn message(&self, id: MessageId) -> Result<Option<MessageRow>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM messages m WHERE m.id = ?1"
        ))?;
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            Some(row) => Ok(Some(row_from(row)?)),
            None => Ok(None),
        }
    }

    /// The stored bytes of a message, exactly as received.
    pub fn message_raw(&self, id: MessageId) -> Result<Option<Vec<u8>>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT raw FROM message_bodies WHERE message_id = ?1")?;
        Ok(stmt.query_row([id], |r| r.get(0)).optional()?)
    }

    /// Messages in any folder, of one account or all.
    pub fn count_messages(&self, account: Option<AccountId>) -> Result<u64> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT count(*) FROM messages WHERE ?1 IS NULL OR account_id = ?1")?;
        let n: i64 = stmt.query_row([account], |r| r.get(0))?;
        Ok(to_u64(n))
    }

    /// Unread messages in the inbox, of one account or all.
    pub fn count_unseen(&self, account: Option<AccountId>) -> Result<u64> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT count(*) FROM messages WHERE folder = 'inbox' AND seen = 0 \
             AND (?1 IS NULL OR account_id = ?1)",
        )?;
        let n: i64 = stmt.query_row([account], |r| r.get(0))?;
        Ok(to_u64(n))
    }

    /// Calls `f` with every message of `account` (all folders), in id
    /// order, one row at a time. Stops at the first error. Returns how
    /// many rows `f` accepted.
    pub fn for_each_raw<E, F>(&self, account: AccountId, mut f: F) -> Result<u64, E>
    where
        E: From<StoreError>,
        F: FnMut(&MessageRow, &[u8]) -> Result<(), E>,
    {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT {ROW_COLUMNS}, b.raw FROM messages m \
                 JOIN message_bodies b ON b.message_id = m.id \
                 WHERE m.account_id = ?1 ORDER BY m.id"
            ))
            .map_err(StoreError::from)?;
        let mut rows = stmt.query([account]).map_err(StoreError::from)?;
        let mut count = 0;
        while let Some(row) = rows.next().map_err(StoreError::from)? {
            let meta = row_from(row)?;
            let raw = blob(row, RAW_INDEX)?;
            f(&meta, raw)?;
            count += 1;
        }
        Ok(count)
    }

    pub fn set_seen(&self, id: MessageId, seen: bool) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached("UPDATE messages SET seen = ?2 WHERE id = ?1")?;
        stmt.execute(params![id, seen])?;
        Ok(())
    }

    /// Moves inbox messages to the trash. Returns how many moved.
    pub fn move_to_trash(&mut self, ids: &[MessageId]) -> Result<usize> {
        let at = now();
        self.update_each(
            "UPDATE messages SET folder = 'trash', deleted_at = ?2 \
             WHERE id = ?1 AND folder = 'inbox'",
            ids,
            Some(at),
        )
    }

    /// Moves trashed messages back to the inbox. Returns how many moved.
    pub fn restore_from_trash(&mut self, ids: &[MessageId]) -> Result<usize> {
        self.update_each(
            "UPDATE messages SET folder = 'inbox', deleted_at = NULL \
             WHERE id = ?1 AND folder = 'trash' AND ?2 IS NULL",
            ids,
            None,
        )
    }

    fn update_each(&mut self, sql: &str, ids: &[MessageId], arg: Option<i64>) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut changed = 0;
        {
            let mut stmt = tx.prepare_cached(sql)?;
            for id in ids {
                changed += stmt.execute(params![id, arg])?;
            }
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Deletes the trashed messages (of one account or all) for good, with
    /// their search entries, and marks their UIDs `locally_deleted` so the
    /// engine can delete them from the server when the account asks for
    /// it. Returns how many messages were deleted.
    pub fn empty_trash(&mut self, account: Option<AccountId>) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let scope = "SELECT id FROM messages WHERE folder = 'trash' \
                     AND (?1 IS NULL OR account_id = ?1)";
        tx.execute(
            &format!(
                "UPDATE pop_uids SET locally_deleted = 1, message_id = NULL \
                 WHERE message_id IN ({scope})"
            ),
            [account],
        )?;
        tx.execute(
            &format!("DELETE FROM messages_fts WHERE rowid IN ({scope} AND indexed = 1)"),
            [account],
        )?;
        let deleted = tx.execute(
            "DELETE FROM messages WHERE folder = 'trash' AND (?1 IS NULL OR account_id = ?1)",
            [account],
        )?;
        tx.commit()?;
        Ok(deleted)
    }
}

/// Turns user text into a safe FTS5 query: every word quoted (so `AND`,
/// `NEAR`, `*`, `"` and column filters are plain text), all required, the
/// last one a prefix. `None` when nothing searchable is left.
pub(super) fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
        .collect();
    if terms.is_empty() {
        return None;
    }
    let mut query = terms.join(" ");
    query.push('*');
    Some(query)
}

fn blob<'r>(row: &'r Row<'_>, index: usize) -> Result<&'r [u8]> {
    Ok(row
        .get_ref(index)?
        .as_blob()
        .map_err(rusqlite::Error::from)?)
}

fn row_from(row: &Row<'_>) -> Result<MessageRow> {
    Ok(MessageRow {
        id: row.get(0)?,
        account_id: row.get(1)?,
        uid: row.get(2)?,
        from_name: row.get(3)?,
        from_addr: row.get(4)?,
        to_addrs: row.get(5)?,
        cc_addrs: row.get(6)?,
        subject: row.get(7)?,
        date: row.get(8)?,
        received_at: row.get(9)?,
        has_attachments: row.get(10)?,
        seen: row.get(11)?,
        size: to_u64(row.get(12)?),
        content_hash: row.get(13)?,
        size_mismatch: row.get(14)?,
        partial: row.get(15)?,
        parse_ok: row.get(16)?,
        snippet: row.get(17)?,
        folder: row.get::<_, String>(18)?.parse()?,
        deleted_at: row.get(19)?,
    })
}

/// The order of the inbox list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortKey {
    /// By the `Date` header; undated messages count as the oldest.
    #[default]
    Date,
    /// By the sender's name, or address when there is no name; ASCII
    /// case-insensitive.
    Sender,
    /// By subject, ASCII case-insensitive.
    Subject,
}

impl SortKey {
    /// The SQL the list sorts by. Must match the indexes of schema V2
    /// exactly.
    fn expr(self) -> &'static str {
        match self {
            SortKey::Date => "IFNULL(m.date, -9223372036854775808)",
            SortKey::Sender => "COALESCE(NULLIF(m.from_name, ''), m.from_addr) COLLATE NOCASE",
            SortKey::Subject => "m.subject COLLATE NOCASE",
        }
    }
}

/// Where the previous page of [`Store::list`] ended: the last row's sort
/// values, valid for any [`SortKey`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListCursor {
    pub id: MessageId,
    pub date: Option<i64>,
    pub from_name: String,
    pub from_addr: String,
    pub subject: String,
}

impl ListCursor {
    /// The cursor that continues after `row`.
    pub fn after(row: &MessageRow) -> ListCursor {
        ListCursor {
            id: row.id,
            date: row.date,
            from_name: row.from_name.clone(),
            from_addr: row.from_addr.clone(),
            subject: row.subject.clone(),
        }
    }

    fn key(&self, sort: SortKey) -> rusqlite::types::Value {
        use rusqlite::types::Value;
        match sort {
            SortKey::Date => Value::Integer(self.date.unwrap_or(i64::MIN)),
            SortKey::Sender if self.from_name.is_empty() => Value::Text(self.from_addr.clone()),
            SortKey::Sender => Value::Text(self.from_name.clone()),
            SortKey::Subject => Value::Text(self.subject.clone()),
        }
    }
}

/// One page of the inbox list: which messages, in what order, from where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListQuery {
    /// One account, or all.
    pub account: Option<AccountId>,
    pub folder: Folder,
    pub sort: SortKey,
    pub descending: bool,
    /// Continue after this row ([`ListCursor::after`] of the last row).
    pub after: Option<ListCursor>,
    pub limit: usize,
}

impl Default for ListQuery {
    /// The first 50 inbox messages of all accounts, newest first.
    fn default() -> Self {
        ListQuery {
            account: None,
            folder: Folder::Inbox,
            sort: SortKey::Date,
            descending: true,
            after: None,
            limit: 50,
        }
    }
}

impl ListQuery {
    /// `WHERE` conditions for `?1` folder, `?2` account and, with a
    /// `cursor` of (key comparison, id comparison), the keyset condition
    /// against `(?3, ?4)`. Written as `key <= ?3 AND (key < ?3 OR id ..)`
    /// rather than a row value so SQLite turns the first term into a range
    /// on the expression index; the second only skips ties.
    fn conditions(&self, cursor: Option<(&str, &str)>) -> String {
        let account = if self.account.is_some() {
            "m.account_id = ?2"
        } else {
            "?2 IS NULL"
        };
        let key = self.sort.expr();
        let keyset = match cursor {
            Some((op, id_op)) => {
                format!("{key} {op}= ?3 AND ({key} {op} ?3 OR m.id {id_op} ?4)")
            }
            None => "?3 IS NULL AND ?4 IS NULL".to_owned(),
        };
        format!("m.folder = ?1 AND {account} AND {keyset}")
    }

    fn cursor_params(&self) -> (rusqlite::types::Value, Option<MessageId>) {
        match &self.after {
            Some(c) => (c.key(self.sort), Some(c.id)),
            None => (rusqlite::types::Value::Null, None),
        }
    }
}

impl Store {
    /// One page of a folder in the query's order, ties broken by id (in
    /// the same direction). Each page is an index range scan, so its cost
    /// does not grow with the folder.
    pub fn list(&self, query: &ListQuery) -> Result<Vec<MessageRow>> {
        let (dir, op) = if query.descending {
            ("DESC", "<")
        } else {
            ("ASC", ">")
        };
        let cursor = query.after.as_ref().map(|_| (op, op));
        let sql = format!(
            "SELECT {ROW_COLUMNS} FROM messages m WHERE {} ORDER BY {} {dir}, m.id {dir} LIMIT ?5",
            query.conditions(cursor),
            query.sort.expr()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (key, id) = query.cursor_params();
        let mut rows = stmt.query(params![
            query.folder.as_str(),
            query.account,
            key,
            id,
            to_i64(query.limit as u64),
        ])?;
        let mut out = Vec::with_capacity(query.limit.min(1000));
        while let Some(row) = rows.next()? {
            out.push(row_from(row)?);
        }
        Ok(out)
    }

    /// How many messages the query's folder (and account) holds, for the
    /// scrollbar; `after`, `sort` and `limit` are ignored.
    pub fn count(&self, query: &ListQuery) -> Result<u64> {
        let unpaged = ListQuery {
            after: None,
            ..query.clone()
        };
        self.count_where(&unpaged, None)
    }

    /// How many messages come up to and including `query.after` in the
    /// query's order: the position of the next page's first row, for the
    /// scrollbar. 0 without a cursor.
    pub fn count_before(&self, query: &ListQuery) -> Result<u64> {
        if query.after.is_none() {
            return Ok(0);
        }
        let cursor = if query.descending {
            (">", ">=")
        } else {
            ("<", "<=")
        };
        self.count_where(query, Some(cursor))
    }

    fn count_where(&self, query: &ListQuery, cursor: Option<(&str, &str)>) -> Result<u64> {
        let sql = format!(
            "SELECT count(*) FROM messages m WHERE {}",
            query.conditions(cursor)
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let (key, id) = query.cursor_params();
        let n: i64 = stmt.query_row(
            params![query.folder.as_str(), query.account, key, id],
            |r| r.get(0),
        )?;
        Ok(to_u64(n))
    }

    /// Unread inbox messages per account, for accounts that have any.
    pub fn unseen_by_account(&self) -> Result<Vec<(AccountId, u64)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT account_id, count(*) FROM messages WHERE folder = 'inbox' AND seen = 0 \
             GROUP BY account_id ORDER BY account_id",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push((row.get(0)?, to_u64(row.get(1)?)));
        }
        Ok(out)
    }

    /// Messages not yet in the search index ([`Store::index_pending`]).
    pub fn pending_index_count(&self) -> Result<u64> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT count(*) FROM messages WHERE indexed = 0")?;
        let n: i64 = stmt.query_row([], |r| r.get(0))?;
        Ok(to_u64(n))
    }
}

#[cfg(test)]
mod list_tests;
