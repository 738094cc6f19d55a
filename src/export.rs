//! Export of an account's stored mail, byte for byte, to a Maildir or an
//! mboxrd file that other mail programs can import.
//!
//! Messages are streamed from the store one at a time in id order (all
//! folders, trash included, since it still holds mail). Maildir: each
//! message is written to `tmp/` and renamed into `cur/`. Mbox: a new file
//! (an existing one is never overwritten), `From ` lines quoted the mboxrd
//! way so that unquoting gives back the stored bytes.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use thiserror::Error;

use crate::account::AccountId;
use crate::store::{Folder, MessageRow, Store, StoreError};

/// Separates a Maildir file's unique name from its flags. Windows does not
/// allow `:` in file names; `!` is the usual replacement there.
#[cfg(windows)]
const INFO_SEPARATOR: char = '!';
#[cfg(not(windows))]
const INFO_SEPARATOR: char = ':';

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Mbox,
    Maildir,
}

impl FromStr for ExportFormat {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, ExportError> {
        match s.to_ascii_lowercase().as_str() {
            "mbox" | "mboxrd" => Ok(ExportFormat::Mbox),
            "maildir" => Ok(ExportFormat::Maildir),
            other => Err(ExportError::UnknownFormat(other.to_owned())),
        }
    }
}

#[derive(Debug, Clone, Error)]
pub enum ExportError {
    #[error("cannot export as {0:?}: use mbox or maildir")]
    UnknownFormat(String),
    #[error("cannot export to {path}: the file already exists")]
    Exists { path: PathBuf },
    #[error("cannot write {path}")]
    Io {
        path: PathBuf,
        #[source]
        source: Arc<io::Error>,
    },
    #[error("cannot read the messages to export")]
    Store(#[from] StoreError),
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> ExportError + '_ {
    move |e| ExportError::Io {
        path: path.to_path_buf(),
        source: Arc::new(e),
    }
}

/// Exports every stored message of `account` to `out` and returns how many
/// were written. For Maildir `out` is the Maildir folder (created if
/// needed); for mbox it is a file that must not exist yet.
pub fn export(
    store: &Store,
    account: AccountId,
    format: ExportFormat,
    out: &Path,
) -> Result<u64, ExportError> {
    match format {
        ExportFormat::Maildir => export_maildir(store, account, out),
        ExportFormat::Mbox => export_mbox(store, account, out),
    }
}

fn export_maildir(store: &Store, account: AccountId, out: &Path) -> Result<u64, ExportError> {
    let tmp = out.join("tmp");
    let cur = out.join("cur");
    for dir in [&tmp, &cur, &out.join("new")] {
        fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    store.for_each_raw(account, |row, raw| {
        let name = maildir_name(row);
        let tmp_path = tmp.join(&name);
        let cur_path = cur.join(&name);
        let mut file = File::create(&tmp_path).map_err(io_err(&tmp_path))?;
        file.write_all(raw).map_err(io_err(&tmp_path))?;
        file.sync_all().map_err(io_err(&tmp_path))?;
        drop(file);
        fs::rename(&tmp_path, &cur_path).map_err(io_err(&cur_path))
    })
}

/// `<received_at>.<id>.postern:2,<flags>`; flags in ASCII order: `S` seen,
/// `T` trashed.
fn maildir_name(row: &MessageRow) -> String {
    let mut flags = String::new();
    if row.seen {
        flags.push('S');
    }
    if row.folder == Folder::Trash {
        flags.push('T');
    }
    format!(
        "{}.{}.postern{INFO_SEPARATOR}2,{flags}",
        row.received_at, row.id
    )
}

fn export_mbox(store: &Store, account: AccountId, out: &Path) -> Result<u64, ExportError> {
    let file = match OpenOptions::new().write(true).create_new(true).open(out) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            return Err(ExportError::Exists {
                path: out.to_path_buf(),
            })
        }
        Err(e) => return Err(io_err(out)(e)),
    };
    let mut writer = BufWriter::new(file);
    let count = store.for_each_raw(account, |row, raw| {
        write_mbox_message(&mut writer, row.received_at, raw).map_err(io_err(out))
    })?;
    let file = writer
        .into_inner()
        .map_err(|e| io_err(out)(e.into_error()))?;
    file.sync_all().map_err(io_err(out))?;
    Ok(count)
}

/// One mboxrd entry: the `From ` separator, the message with every line
/// matching `^>*From ` given one more `>`, a final newline if missing, and
/// the blank line that ends it.
fn write_mbox_message(w: &mut impl Write, received_at: i64, raw: &[u8]) -> io::Result<()> {
    writeln!(w, "From MAILER-DAEMON {}", asctime(received_at))?;
    for line in raw.split_inclusive(|&b| b == b'\n') {
        let quoted = line.iter().position(|&b| b != b'>').unwrap_or(line.len());
        if line[quoted..].starts_with(b"From ") {
            w.write_all(b">")?;
        }
        w.write_all(line)?;
    }
    if !raw.is_empty() && !raw.ends_with(b"\n") {
        w.write_all(b"\n")?;
    }
    w.write_all(b"\n")
}

/// `asctime` format in UTC: `Thu Nov  7 06:12:00 2025`.
fn asctime(unix: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let t = crate::i18n::utc_time(unix);
    format!(
        "{} {} {:>2} {:02}:{:02}:{:02} {}",
        DAYS[t.weekday as usize % 7],
        MONTHS[(t.month as usize).clamp(1, 12) - 1],
        t.day,
        t.hour,
        t.minute,
        t.second,
        t.year
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::account::{AccountSettings, DownloadOptions, Incoming, PopAuth, Security};
    use crate::store::{prepare, NewMessage};

    fn store_with(messages: &[&[u8]]) -> (Store, AccountId, Vec<i64>) {
        let mut store = Store::open_in_memory().unwrap();
        let account = store
            .add_account(&AccountSettings {
                display_name: "A".into(),
                email: "a@example.com".into(),
                incoming: Incoming {
                    host: "pop.example.com".into(),
                    port: 995,
                    security: Security::Tls,
                    username: "a".into(),
                    auth: PopAuth::Auto,
                    pin_sha256: None,
                },
                outgoing: None,
                options: DownloadOptions::default(),
                allow_plaintext: false,
                password_command: None,
            })
            .unwrap();
        let batch = messages
            .iter()
            .enumerate()
            .map(|(i, raw)| {
                prepare(NewMessage {
                    uid: format!("u{i}"),
                    raw: raw.to_vec(),
                    server_size: raw.len() as u64,
                    size_mismatch: false,
                    partial: false,
                })
            })
            .collect();
        let ids = store
            .store_batch(account, batch)
            .unwrap()
            .into_iter()
            .map(|(_, id)| id)
            .collect();
        (store, account, ids)
    }

    const TRICKY: &[&[u8]] = &[
        b"From: a@example.com\r\nSubject: one\r\n\r\nFrom the start\r\n>From quoted\r\n>>From twice\r\n",
        b"Subject: two\n\nno final newline\nFrom here",
        b"Subject: three\n\n\xff\xfe binary\x00\n\nFrom \n",
    ];

    /// A minimal mboxrd reader: split at `From ` lines, drop the blank line
    /// before each separator, remove one `>` from `^>+From `.
    fn read_mbox(data: &[u8]) -> Vec<Vec<u8>> {
        let mut messages: Vec<Vec<u8>> = Vec::new();
        for line in data.split_inclusive(|&b| b == b'\n') {
            if line.starts_with(b"From ") {
                messages.push(Vec::new());
                continue;
            }
            let Some(current) = messages.last_mut() else {
                continue;
            };
            let quoted = line.iter().position(|&b| b != b'>').unwrap_or(line.len());
            if quoted > 0 && line[quoted..].starts_with(b"From ") {
                current.extend_from_slice(&line[1..]);
            } else {
                current.extend_from_slice(line);
            }
        }
        for m in &mut messages {
            if m.ends_with(b"\n") {
                m.pop();
            }
        }
        messages
    }

    #[test]
    fn maildir_round_trip() {
        let (mut store, account, ids) = store_with(TRICKY);
        store.set_seen(ids[0], true).unwrap();
        store.move_to_trash(&ids[2..]).unwrap();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("Maildir");
        assert_eq!(
            export(&store, account, ExportFormat::Maildir, &out).unwrap(),
            3
        );
        assert_eq!(fs::read_dir(out.join("tmp")).unwrap().count(), 0);
        assert_eq!(fs::read_dir(out.join("new")).unwrap().count(), 0);
        let mut names = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            let row = store.message(*id).unwrap().unwrap();
            let name = maildir_name(&row);
            let bytes = fs::read(out.join("cur").join(&name)).unwrap();
            assert_eq!(bytes, TRICKY[i]);
            names.push(name);
        }
        assert!(names[0].ends_with(".postern:2,S"), "{}", names[0]);
        assert!(names[1].ends_with(".postern:2,"), "{}", names[1]);
        assert!(names[2].ends_with(".postern:2,T"), "{}", names[2]);
        assert!(names[0].starts_with(&format!(
            "{}.{}.",
            store.message(ids[0]).unwrap().unwrap().received_at,
            ids[0]
        )));
    }

    #[test]
    fn mbox_round_trip_and_no_overwrite() {
        let (store, account, _) = store_with(TRICKY);
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("a.mbox");
        assert_eq!(
            export(&store, account, ExportFormat::Mbox, &out).unwrap(),
            3
        );
        let data = fs::read(&out).unwrap();
        assert!(data.starts_with(b"From MAILER-DAEMON "));
        let text = String::from_utf8_lossy(&data);
        assert!(text.contains("\r\n>From the start\r\n>>From quoted\r\n>>>From twice\r\n"));
        let back = read_mbox(&data);
        assert_eq!(back.len(), 3);
        assert_eq!(back[0], TRICKY[0]);
        // The missing final newline is the one byte an mbox must add.
        assert_eq!(back[1], [TRICKY[1], b"\n"].concat());
        assert_eq!(back[2], TRICKY[2]);

        assert!(matches!(
            export(&store, account, ExportFormat::Mbox, &out),
            Err(ExportError::Exists { .. })
        ));
        assert_eq!(fs::read(&out).unwrap(), data);
    }

    #[test]
    fn formats_and_dates() {
        assert_eq!("mbox".parse::<ExportFormat>().unwrap(), ExportFormat::Mbox);
        assert_eq!(
            "Maildir".parse::<ExportFormat>().unwrap(),
            ExportFormat::Maildir
        );
        assert!("pst".parse::<ExportFormat>().is_err());
        assert_eq!(asctime(0), "Thu Jan  1 00:00:00 1970");
        assert_eq!(asctime(1_763_724_600), "Fri Nov 21 11:30:00 2025");
        assert_eq!(asctime(951_782_400), "Tue Feb 29 00:00:00 2000");
        assert_eq!(asctime(-86_400), "Wed Dec 31 00:00:00 1969");
    }
}
