//! POP3 UID bookkeeping: `stored -> dele-sent -> gone`, per account.
//! UIDs, not message numbers, are the identity of a server message.

use std::collections::{HashMap, HashSet};

use rusqlite::{params, TransactionBehavior};

use super::{to_u64, MessageId, Result, Store, StoreError};
use crate::account::AccountId;

/// Where a server message stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UidState {
    /// Committed locally; still on the server.
    Stored,
    /// DELE was sent in a session that has not yet ended with a good QUIT.
    DeleSent,
    /// Deleted from the server (QUIT succeeded), or no longer listed.
    Gone,
}

impl UidState {
    pub fn as_str(self) -> &'static str {
        match self {
            UidState::Stored => "stored",
            UidState::DeleSent => "dele-sent",
            UidState::Gone => "gone",
        }
    }

    fn parse(text: &str) -> Result<UidState> {
        match text {
            "stored" => Ok(UidState::Stored),
            "dele-sent" => Ok(UidState::DeleSent),
            "gone" => Ok(UidState::Gone),
            other => Err(StoreError::Corrupt {
                what: format!("UID state {other:?}"),
            }),
        }
    }
}

/// What the store knows about one UID of an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UidRecord {
    pub state: UidState,
    /// When Postern first stored it, unix seconds ("delete after N days"
    /// counts from here).
    pub first_seen: i64,
    /// The size the server announced.
    pub size: u64,
    pub size_mismatch: bool,
    /// Only headers were stored; the full message stays on the server.
    pub partial: bool,
    /// The user deleted the local copy (emptied the trash).
    pub locally_deleted: bool,
    /// The local copy, if it still exists.
    pub message_id: Option<MessageId>,
}

impl Store {
    /// Every UID the store knows for `account`.
    pub fn uid_states(&self, account: AccountId) -> Result<HashMap<String, UidRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uid, state, first_seen, size, size_mismatch, partial, locally_deleted, \
             message_id FROM pop_uids WHERE account_id = ?1",
        )?;
        let mut rows = stmt.query([account])?;
        let mut out = HashMap::new();
        while let Some(row) = rows.next()? {
            let state: String = row.get(1)?;
            out.insert(
                row.get(0)?,
                UidRecord {
                    state: UidState::parse(&state)?,
                    first_seen: row.get(2)?,
                    size: to_u64(row.get(3)?),
                    size_mismatch: row.get(4)?,
                    partial: row.get(5)?,
                    locally_deleted: row.get(6)?,
                    message_id: row.get(7)?,
                },
            );
        }
        Ok(out)
    }

    /// `stored -> dele-sent` for these UIDs, before the DELE commands go
    /// out. UIDs in another state or unknown are left alone. Returns how
    /// many changed.
    pub fn mark_dele_sent(&mut self, account: AccountId, uids: &[String]) -> Result<usize> {
        self.set_state(
            "UPDATE pop_uids SET state = 'dele-sent' \
             WHERE account_id = ?1 AND uid = ?2 AND state = 'stored'",
            account,
            uids,
        )
    }

    /// `-> gone` for these UIDs (after a good QUIT, or when the server no
    /// longer lists them). Returns how many changed.
    pub fn mark_gone(&mut self, account: AccountId, uids: &[String]) -> Result<usize> {
        self.set_state(
            "UPDATE pop_uids SET state = 'gone' \
             WHERE account_id = ?1 AND uid = ?2 AND state <> 'gone'",
            account,
            uids,
        )
    }

    /// `dele-sent -> stored` for every UID of the account: the session
    /// ended without a good QUIT, so the server deleted nothing. Returns
    /// how many reverted.
    pub fn revert_dele_sent(&mut self, account: AccountId) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE pop_uids SET state = 'stored' \
             WHERE account_id = ?1 AND state = 'dele-sent'",
            [account],
        )?;
        tx.commit()?;
        Ok(n)
    }

    /// Forgets `gone` UIDs except those in `keep` (e.g. the UIDs the
    /// server still lists). Returns how many were forgotten.
    pub fn forget_gone(&mut self, account: AccountId, keep: &HashSet<String>) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut forgotten = 0;
        {
            let mut select = tx.prepare_cached(
                "SELECT uid FROM pop_uids WHERE account_id = ?1 AND state = 'gone'",
            )?;
            let gone: Vec<String> = select
                .query_map([account], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut delete =
                tx.prepare_cached("DELETE FROM pop_uids WHERE account_id = ?1 AND uid = ?2")?;
            for uid in gone.iter().filter(|u| !keep.contains(*u)) {
                forgotten += delete.execute(params![account, uid])?;
            }
        }
        tx.commit()?;
        Ok(forgotten)
    }

    fn set_state(&mut self, sql: &str, account: AccountId, uids: &[String]) -> Result<usize> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut changed = 0;
        {
            let mut stmt = tx.prepare_cached(sql)?;
            for uid in uids {
                changed += stmt.execute(params![account, uid])?;
            }
        }
        tx.commit()?;
        Ok(changed)
    }
}
