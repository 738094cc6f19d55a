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
    m.cc_addrs, m.subject, m.date, m.received_at, m.has_attachments, m.seen, m.size, m.sha256, \
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
                "INSERT INTO messages (account_id, uid, raw, size, sha256, from_name, \
                 from_addr, to_addrs, cc_addrs, subject, date, received_at, has_attachments, \
                 size_mismatch, partial, parse_ok, snippet) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, \
                 ?16, ?17)",
            )?;
            let mut insert_uid = tx.prepare_cached(
                "INSERT INTO pop_uids (account_id, uid, state, first_seen, size, sha256, \
                 message_id, size_mismatch, partial) \
                 VALUES (?1, ?2, 'stored', ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for prepared in batch {
                let Prepared {
                    msg,
                    sha256,
                    summary: s,
                } = prepared;
                if exists.exists(params![account, msg.uid])? {
                    continue;
                }
                insert_message.execute(params![
                    account,
                    msg.uid,
                    msg.raw,
                    to_i64(msg.raw.len() as u64),
                    sha256,
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
                insert_uid.execute(params![
                    account,
                    msg.uid,
                    received_at,
                    to_i64(msg.server_size),
                    sha256,
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
                "SELECT id, raw, subject, from_name, from_addr FROM messages \
                 WHERE indexed = 0 ORDER BY id LIMIT ?1",
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
    /// `query` (the last one as a prefix), newest first. The user's text
    /// is quoted, so FTS5 operators in it are plain words. Only indexed
    /// messages are found.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<MessageRow>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ROW_COLUMNS} FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid \
             WHERE messages_fts MATCH ?1 ORDER BY m.date DESC, m.id DESC LIMIT ?2"
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
            .prepare_cached("SELECT raw FROM messages WHERE id = ?1")?;
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
                "SELECT {ROW_COLUMNS}, m.raw FROM messages m WHERE m.account_id = ?1 ORDER BY m.id"
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
        sha256: row.get(13)?,
        size_mismatch: row.get(14)?,
        partial: row.get(15)?,
        parse_ok: row.get(16)?,
        snippet: row.get(17)?,
        folder: row.get::<_, String>(18)?.parse()?,
        deleted_at: row.get(19)?,
    })
}
