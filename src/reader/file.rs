//! Attachment file names safe for every platform, and atomic saving.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::is_hidden_char;

/// Longest sanitised name, in bytes (most file systems allow 255).
pub const MAX_NAME_BYTES: usize = 200;

/// An extension is kept when truncating only if it is at most this long.
const MAX_EXT_BYTES: usize = 16;

/// Name used when nothing usable is left.
const FALLBACK: &str = "attachment";

/// A file name that cannot escape the chosen folder, hide, pose as another
/// type through bidi tricks, or hit a reserved Windows name.
pub fn sanitize_filename(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut out: String = base
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !is_hidden_char(c))
        .map(|c| match c {
            '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*' => '_',
            c => c,
        })
        .collect();
    out = trim_ends(&out).to_owned();
    if is_reserved(&out) {
        out.insert(0, '_');
    }
    if out.len() > MAX_NAME_BYTES {
        out = shorten(&out, MAX_NAME_BYTES);
        out = trim_ends(&out).to_owned();
    }
    if out.is_empty() {
        FALLBACK.to_owned()
    } else {
        out
    }
}

/// [`sanitize_filename`] of an attachment's name; an absent or unusable
/// name becomes "attachment" with an extension from the MIME type.
pub fn attachment_file_name(name: &str, mime_type: &str) -> String {
    let safe = sanitize_filename(name);
    if safe != FALLBACK || trim_ends(name) == FALLBACK {
        return safe;
    }
    match extension_for(mime_type) {
        Some(ext) => format!("{FALLBACK}.{ext}"),
        None => safe,
    }
}

/// The usual extension of a MIME type, for the common types.
pub fn extension_for(mime_type: &str) -> Option<&'static str> {
    let lower = mime_type.trim().to_ascii_lowercase();
    Some(match lower.as_str() {
        "text/plain" => "txt",
        "text/html" => "html",
        "text/csv" => "csv",
        "text/calendar" => "ics",
        "text/vcard" | "text/x-vcard" => "vcf",
        "application/pdf" => "pdf",
        "application/zip" => "zip",
        "application/gzip" => "gz",
        "application/json" => "json",
        "application/xml" | "text/xml" => "xml",
        "application/msword" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "docx",
        "application/vnd.ms-excel" => "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" => "xlsx",
        "application/vnd.oasis.opendocument.text" => "odt",
        "application/pgp-signature" => "asc",
        "application/octet-stream" => "bin",
        "message/rfc822" => "eml",
        "image/png" => "png",
        "image/jpeg" | "image/jpg" => "jpg",
        "image/gif" => "gif",
        "image/webp" => "webp",
        "image/svg+xml" => "svg",
        "audio/mpeg" => "mp3",
        "video/mp4" => "mp4",
        _ => return None,
    })
}

/// Without leading dots and spaces, trailing dots and spaces.
fn trim_ends(name: &str) -> &str {
    name.trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' '])
}

/// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (also with superscript digits), with
/// or without an extension, in any case.
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or_default().trim_end();
    let upper = stem.to_uppercase();
    if matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) {
        return true;
    }
    let mut chars = upper.chars();
    let prefix: String = chars.by_ref().take(3).collect();
    let rest: Vec<char> = chars.collect();
    (prefix == "COM" || prefix == "LPT")
        && rest.len() == 1
        && (rest[0].is_ascii_digit() || matches!(rest[0], '¹' | '²' | '³'))
}

/// Cuts a name to `max` bytes, keeping a short extension.
fn shorten(name: &str, max: usize) -> String {
    let ext = name
        .rfind('.')
        .filter(|&dot| dot > 0 && name.len() - dot <= MAX_EXT_BYTES + 1)
        .map_or("", |dot| &name[dot..]);
    let stem = &name[..name.len() - ext.len()];
    let mut end = max.saturating_sub(ext.len()).min(stem.len());
    while end > 0 && !stem.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{ext}", &stem[..end])
}

/// Writes `bytes` to `dest` atomically: into a temporary file in the same
/// folder, flushed to disk, then renamed over `dest`. Nobody ever sees a
/// partial file under the final name. Overwrites `dest` (the save dialog
/// has asked).
pub fn save_attachment(bytes: &[u8], dest: &Path) -> io::Result<()> {
    let dir = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let (tmp_path, mut file) = create_temp(&dir, dest)?;
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            fs::rename(&tmp_path, dest)
        });
    if let Err(e) = written {
        let _ = fs::remove_file(&tmp_path);
        return Err(e);
    }
    sync_dir(&dir);
    Ok(())
}

fn create_temp(dir: &Path, dest: &Path) -> io::Result<(PathBuf, File)> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let stem: String = dest
        .file_name()
        .map(|n| n.to_string_lossy().chars().take(64).collect())
        .unwrap_or_default();
    let mut last_err = None;
    for _ in 0..16 {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = dir.join(format!(".{stem}.{}-{n}.part", std::process::id()));
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(file) => return Ok((path, file)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last_err = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_err.unwrap_or_else(|| io::Error::other("cannot create a temporary file")))
}

/// Makes the rename durable; not possible (nor needed) everywhere.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
