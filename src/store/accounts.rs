//! Accounts: one row per account, one column per setting. No password.

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension, Row};

use super::{now, to_i64, to_u64, Result, Store, StoreError};
use crate::account::{Account, AccountId, AccountSettings, DownloadOptions, Incoming, Outgoing};

const COLUMNS: &str = "id, display_name, email, in_host, in_port, in_security, in_username, \
    in_auth, in_pin_sha256, out_host, out_port, out_security, out_auth_required, \
    out_same_as_incoming, out_username, out_pin_sha256, leave_on_server, delete_after_days, \
    delete_when_deleted_locally, size_limit, oversize, check_at_startup, check_every_minutes, \
    allow_plaintext, password_command";

/// The 24 setting columns, in the order of the INSERT and UPDATE below.
fn setting_values(s: &AccountSettings) -> Vec<Value> {
    let o = s.outgoing.as_ref();
    let text = |v: Option<&String>| v.map_or(Value::Null, |t| Value::Text(t.clone()));
    let int = |v: Option<i64>| v.map_or(Value::Null, Value::Integer);
    vec![
        Value::Text(s.display_name.clone()),
        Value::Text(s.email.clone()),
        Value::Text(s.incoming.host.clone()),
        Value::Integer(i64::from(s.incoming.port)),
        Value::Text(s.incoming.security.as_str().into()),
        Value::Text(s.incoming.username.clone()),
        Value::Text(s.incoming.auth.as_str().into()),
        text(s.incoming.pin_sha256.as_ref()),
        text(o.map(|o| &o.host)),
        int(o.map(|o| i64::from(o.port))),
        text(o.map(|o| o.security.as_str().to_string()).as_ref()),
        int(o.map(|o| i64::from(o.auth_required))),
        int(o.map(|o| i64::from(o.same_as_incoming))),
        text(o.and_then(|o| o.username.as_ref())),
        text(o.and_then(|o| o.pin_sha256.as_ref())),
        Value::Integer(i64::from(s.options.leave_on_server)),
        int(s.options.delete_after_days.map(i64::from)),
        Value::Integer(i64::from(s.options.delete_when_deleted_locally)),
        int(s.options.size_limit.map(to_i64)),
        Value::Text(s.options.oversize.as_str().into()),
        Value::Integer(i64::from(s.options.check_at_startup)),
        int(s.options.check_every_minutes.map(i64::from)),
        Value::Integer(i64::from(s.allow_plaintext)),
        text(s.password_command.as_ref()),
    ]
}

impl Store {
    /// Saves a new account. An address already used by another account
    /// (ignoring ASCII case) gives [`StoreError::DuplicateAccount`].
    pub fn add_account(&self, settings: &AccountSettings) -> Result<AccountId> {
        if self.account_by_email(&settings.email)?.is_some() {
            return Err(StoreError::DuplicateAccount {
                email: settings.email.clone(),
            });
        }
        let mut stmt = self.conn.prepare_cached(
            "INSERT INTO accounts (display_name, email, in_host, in_port, in_security, \
             in_username, in_auth, in_pin_sha256, out_host, out_port, out_security, \
             out_auth_required, out_same_as_incoming, out_username, out_pin_sha256, \
             leave_on_server, delete_after_days, delete_when_deleted_locally, size_limit, \
             oversize, check_at_startup, check_every_minutes, allow_plaintext, \
             password_command, created_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, \
             ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
        )?;
        let mut values = setting_values(settings);
        values.push(Value::Integer(now()));
        let result = stmt.execute(params_from_iter(values));
        match result {
            Ok(_) => Ok(self.conn.last_insert_rowid()),
            Err(e) if is_unique_violation(&e) => Err(StoreError::DuplicateAccount {
                email: settings.email.clone(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// Replaces every setting of an existing account.
    pub fn update_account(&self, account: &Account) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "UPDATE accounts SET display_name = ?2, email = ?3, in_host = ?4, in_port = ?5, \
             in_security = ?6, in_username = ?7, in_auth = ?8, in_pin_sha256 = ?9, \
             out_host = ?10, out_port = ?11, out_security = ?12, out_auth_required = ?13, \
             out_same_as_incoming = ?14, out_username = ?15, out_pin_sha256 = ?16, \
             leave_on_server = ?17, delete_after_days = ?18, \
             delete_when_deleted_locally = ?19, size_limit = ?20, oversize = ?21, \
             check_at_startup = ?22, check_every_minutes = ?23, allow_plaintext = ?24, \
             password_command = ?25 WHERE id = ?1",
        )?;
        let s = &account.settings;
        let mut values = vec![Value::Integer(account.id)];
        values.extend(setting_values(s));
        let result = stmt.execute(params_from_iter(values));
        match result {
            Ok(0) => Err(StoreError::NoSuchAccount(account.id)),
            Ok(_) => Ok(()),
            Err(e) if is_unique_violation(&e) => Err(StoreError::DuplicateAccount {
                email: s.email.clone(),
            }),
            Err(e) => Err(e.into()),
        }
    }

    /// All accounts, oldest first.
    pub fn accounts(&self) -> Result<Vec<Account>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM accounts ORDER BY id"))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push(account_from_row(row)?);
        }
        Ok(out)
    }

    pub fn account(&self, id: AccountId) -> Result<Option<Account>> {
        self.one_account("id = ?1", rusqlite::types::Value::Integer(id))
    }

    /// The account with this address, ignoring ASCII case.
    pub fn account_by_email(&self, email: &str) -> Result<Option<Account>> {
        self.one_account("email = ?1", rusqlite::types::Value::Text(email.to_owned()))
    }

    fn one_account(
        &self,
        condition: &str,
        value: rusqlite::types::Value,
    ) -> Result<Option<Account>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("SELECT {COLUMNS} FROM accounts WHERE {condition}"))?;
        let mut rows = stmt.query([value])?;
        match rows.next()? {
            Some(row) => Ok(Some(account_from_row(row)?)),
            None => Ok(None),
        }
    }

    /// Removes an account and its UID bookkeeping. With `keep_mail` its
    /// messages stay (under the old account id, never reused); without,
    /// they and their search entries go too. One transaction.
    pub fn remove_account(&mut self, id: AccountId, keep_mail: bool) -> Result<()> {
        let tx = self.conn.transaction()?;
        let exists = tx
            .query_row("SELECT 1 FROM accounts WHERE id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some();
        if !exists {
            return Err(StoreError::NoSuchAccount(id));
        }
        tx.execute("DELETE FROM pop_uids WHERE account_id = ?1", [id])?;
        if !keep_mail {
            tx.execute(
                "DELETE FROM messages_fts WHERE rowid IN \
                 (SELECT id FROM messages WHERE account_id = ?1 AND indexed = 1)",
                [id],
            )?;
            tx.execute("DELETE FROM messages WHERE account_id = ?1", [id])?;
        }
        tx.execute("DELETE FROM accounts WHERE id = ?1", [id])?;
        tx.commit()?;
        Ok(())
    }
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(err, _)
            if err.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
    )
}

fn parse_enum<T: std::str::FromStr>(text: &str, what: &str) -> Result<T> {
    text.parse().map_err(|_| StoreError::Corrupt {
        what: format!("{what} {text:?}"),
    })
}

fn account_from_row(row: &Row<'_>) -> Result<Account> {
    let outgoing = match row.get::<_, Option<String>>(9)? {
        None => None,
        Some(host) => Some(Outgoing {
            host,
            port: row.get::<_, Option<u16>>(10)?.unwrap_or(0),
            security: parse_enum(
                &row.get::<_, Option<String>>(11)?.unwrap_or_default(),
                "outgoing security",
            )?,
            auth_required: row.get::<_, Option<bool>>(12)?.unwrap_or(true),
            same_as_incoming: row.get::<_, Option<bool>>(13)?.unwrap_or(true),
            username: row.get(14)?,
            pin_sha256: row.get(15)?,
        }),
    };
    Ok(Account {
        id: row.get(0)?,
        settings: AccountSettings {
            display_name: row.get(1)?,
            email: row.get(2)?,
            incoming: Incoming {
                host: row.get(3)?,
                port: row.get(4)?,
                security: parse_enum(&row.get::<_, String>(5)?, "incoming security")?,
                username: row.get(6)?,
                auth: parse_enum(&row.get::<_, String>(7)?, "authentication")?,
                pin_sha256: row.get(8)?,
            },
            outgoing,
            options: DownloadOptions {
                leave_on_server: row.get(16)?,
                delete_after_days: row.get(17)?,
                delete_when_deleted_locally: row.get(18)?,
                size_limit: row.get::<_, Option<i64>>(19)?.map(to_u64),
                oversize: parse_enum(&row.get::<_, String>(20)?, "oversize policy")?,
                check_at_startup: row.get(21)?,
                check_every_minutes: row.get(22)?,
            },
            allow_plaintext: row.get(23)?,
            password_command: row.get(24)?,
        },
    })
}
