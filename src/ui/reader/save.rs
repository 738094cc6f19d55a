//! Saving attachments: the system save dialog (rfd's portal), or, when no
//! dialog is available, the user's Downloads folder. Names never overwrite
//! an existing file: "name (1).ext", "name (2).ext"... All file work runs
//! off the UI thread.

use std::fs::OpenOptions;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use postern::reader::{attachment_bytes, sanitize_filename, save_attachment, Attachment};

/// rfd answers `None` at once when no dialog can be shown (no portal on
/// Linux); a person needs longer than this to cancel one.
const UNAVAILABLE_WITHIN: Duration = Duration::from_millis(250);

/// Gives up finding a free name after this many tries.
const MAX_SUFFIX: u32 = 10_000;

/// What the dialog answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Path(PathBuf),
    Cancelled,
    /// No dialog could be shown.
    Unavailable,
}

fn classify(path: Option<PathBuf>, started: Instant) -> Picked {
    match path {
        Some(path) => Picked::Path(path),
        None if started.elapsed() < UNAVAILABLE_WITHIN => Picked::Unavailable,
        None => Picked::Cancelled,
    }
}

/// Asks where to save one file, suggesting `file_name` (already sanitised).
pub async fn pick_file(file_name: String, title: String) -> Picked {
    let started = Instant::now();
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(file_name);
    if let Some(dir) = default_folder() {
        dialog = dialog.set_directory(dir);
    }
    let handle = dialog.save_file().await;
    classify(handle.map(|h| h.path().to_path_buf()), started)
}

/// Asks for a folder to save every attachment into.
pub async fn pick_folder(title: String) -> Picked {
    let started = Instant::now();
    let mut dialog = rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_can_create_directories(true);
    if let Some(dir) = default_folder() {
        dialog = dialog.set_directory(dir);
    }
    let handle = dialog.pick_folder().await;
    classify(handle.map(|h| h.path().to_path_buf()), started)
}

/// The user's Downloads folder, else the home folder.
pub fn default_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(
        dirs.download_dir()
            .unwrap_or_else(|| dirs.home_dir())
            .to_path_buf(),
    )
}

/// `dir/name`, or `dir/stem (n).ext` with the first free `n`, created
/// empty so that nobody else takes the name before the data lands.
pub fn reserve_unique(dir: &Path, name: &str) -> io::Result<PathBuf> {
    let name = sanitize_filename(name);
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (name.as_str(), ""),
    };
    for n in 0..=MAX_SUFFIX {
        let candidate = if n == 0 {
            dir.join(&name)
        } else {
            dir.join(format!("{stem} ({n}){ext}"))
        };
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&candidate)
        {
            Ok(_) => return Ok(candidate),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        "no free file name",
    ))
}

/// Why a save failed, for the notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The attachment cannot be decoded from the stored message.
    Missing(String),
    Io {
        path: PathBuf,
        reason: String,
    },
}

/// Writes one attachment to exactly `dest` (the dialog asked about
/// overwriting). Blocking.
pub fn save_to(raw: &[u8], attachment: &Attachment, dest: &Path) -> Result<PathBuf, SaveError> {
    let bytes = attachment_bytes(raw, attachment.index)
        .ok_or_else(|| SaveError::Missing(attachment.file_name.clone()))?;
    save_attachment(&bytes, dest).map_err(|e| SaveError::Io {
        path: dest.to_path_buf(),
        reason: e.to_string(),
    })?;
    Ok(dest.to_path_buf())
}

/// Writes each attachment into `dir` under a free name. Stops at the first
/// failure; returns the files written. Blocking.
pub fn save_into(
    raw: &[u8],
    attachments: &[Attachment],
    dir: &Path,
) -> Result<Vec<PathBuf>, SaveError> {
    let mut written = Vec::with_capacity(attachments.len());
    for attachment in attachments {
        let bytes = attachment_bytes(raw, attachment.index)
            .ok_or_else(|| SaveError::Missing(attachment.file_name.clone()))?;
        let io_err = |path: &Path, e: io::Error| SaveError::Io {
            path: path.to_path_buf(),
            reason: e.to_string(),
        };
        let dest = reserve_unique(dir, &attachment.file_name).map_err(|e| io_err(dir, e))?;
        if let Err(e) = save_attachment(&bytes, &dest) {
            let _ = std::fs::remove_file(&dest);
            return Err(io_err(&dest, e));
        }
        written.push(dest);
    }
    Ok(written)
}

/// Where the files went, or why not.
pub type Outcome = Result<Vec<PathBuf>, SaveError>;

/// The raw message shared with save jobs without copying it.
pub type Raw = Arc<Vec<u8>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_never_overwrite() {
        let dir = tempfile::tempdir().expect("tempdir");
        let a = reserve_unique(dir.path(), "report.pdf").expect("first");
        let b = reserve_unique(dir.path(), "report.pdf").expect("second");
        let c = reserve_unique(dir.path(), "report.pdf").expect("third");
        let d = reserve_unique(dir.path(), "README").expect("no extension");
        let e = reserve_unique(dir.path(), "README").expect("no extension again");
        let names: Vec<_> = [a, b, c, d, e]
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "report.pdf",
                "report (1).pdf",
                "report (2).pdf",
                "README",
                "README (1)"
            ]
        );
    }

    #[test]
    fn a_none_at_once_means_no_dialog() {
        assert_eq!(classify(None, Instant::now()), Picked::Unavailable);
        assert_eq!(
            classify(Some(PathBuf::from("/x")), Instant::now()),
            Picked::Path(PathBuf::from("/x"))
        );
        if let Some(long_ago) = Instant::now().checked_sub(Duration::from_secs(5)) {
            assert_eq!(classify(None, long_ago), Picked::Cancelled);
        }
    }
}
