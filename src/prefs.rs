//! User preferences that are not about an account: `prefs.json` in the data
//! folder.
//!
//! [`load`] never fails: a missing file means the defaults; a file that does
//! not parse is copied to `prefs.json.bak` (so nothing the user wrote is
//! lost), logged, and replaced by the defaults. [`save`] writes a temporary
//! file, syncs it to disk and renames it over the old one, so a crash leaves
//! either the old or the new preferences, never half a file.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// The file name inside the data folder.
pub const PREFS_FILE: &str = "prefs.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// A language tag with a catalog ("de", "pt-BR"); `None` follows the
    /// system.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

/// Where the preferences of the data folder `dir` live.
pub fn path(dir: &Path) -> PathBuf {
    dir.join(PREFS_FILE)
}

/// The preferences in `dir`, or the defaults when there are none or they
/// cannot be read.
pub fn load(dir: &Path) -> Prefs {
    let file = path(dir);
    let bytes = match fs::read(&file) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Prefs::default(),
        Err(e) => {
            tracing::warn!("cannot read {}: {e}; using the defaults", file.display());
            return Prefs::default();
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(prefs) => prefs,
        Err(e) => {
            let backup = file.with_extension("json.bak");
            tracing::warn!(
                "cannot parse {}: {e}; using the defaults, the file is kept as {}",
                file.display(),
                backup.display()
            );
            if let Err(e) = fs::write(&backup, &bytes) {
                tracing::warn!("cannot keep {}: {e}", backup.display());
            }
            Prefs::default()
        }
    }
}

/// Writes `prefs` to `dir` (created if missing) atomically.
pub fn save(dir: &Path, prefs: &Prefs) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    let json = serde_json::to_vec_pretty(prefs).map_err(io::Error::other)?;
    let file = path(dir);
    // One temporary name per process: two Postern windows never write the
    // same temporary file.
    let tmp = dir.join(format!(".{PREFS_FILE}.{}.tmp", std::process::id()));
    let written = (|| {
        let mut out = fs::File::create(&tmp)?;
        out.write_all(&json)?;
        out.write_all(b"\n")?;
        out.sync_all()?;
        fs::rename(&tmp, &file)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written?;
    sync_dir(dir);
    Ok(())
}

/// Makes the rename itself durable (Unix; elsewhere the rename is enough).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Err(e) = fs::File::open(dir).and_then(|d| d.sync_all()) {
        tracing::debug!("cannot sync {}: {e}", dir.display());
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()), Prefs::default());
        assert_eq!(load(&dir.path().join("not-created")), Prefs::default());
    }

    #[test]
    fn saves_and_loads_back() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("new-folder");
        let prefs = Prefs {
            language: Some("pt-BR".into()),
        };
        save(&data, &prefs).unwrap();
        assert_eq!(load(&data), prefs);
        save(&data, &Prefs::default()).unwrap();
        assert_eq!(load(&data), Prefs::default());
        // Only the file itself is left: no temporary files.
        let names: Vec<String> = fs::read_dir(&data)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec![PREFS_FILE.to_string()]);
    }

    #[test]
    fn broken_file_is_kept_aside_and_defaults_used() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(path(dir.path()), b"{\"language\": \"de\"").unwrap();
        assert_eq!(load(dir.path()), Prefs::default());
        let backup = fs::read(dir.path().join("prefs.json.bak")).unwrap();
        assert_eq!(backup, b"{\"language\": \"de\"");
        // Saving replaces the broken file; the backup stays.
        let prefs = Prefs {
            language: Some("de".into()),
        };
        save(dir.path(), &prefs).unwrap();
        assert_eq!(load(dir.path()), prefs);
        assert!(dir.path().join("prefs.json.bak").exists());
    }

    #[test]
    fn unknown_and_missing_fields_are_tolerated() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(path(dir.path()), b"{\"theme\": \"dark\"}").unwrap();
        assert_eq!(load(dir.path()), Prefs::default());
        fs::write(path(dir.path()), b"{\"language\": \"fr\", \"x\": 1}").unwrap();
        assert_eq!(load(dir.path()).language.as_deref(), Some("fr"));
        // A wrong type is a broken file, not a crash.
        fs::write(path(dir.path()), b"{\"language\": 7}").unwrap();
        assert_eq!(load(dir.path()), Prefs::default());
    }

    #[test]
    fn save_into_a_file_path_fails_cleanly() {
        let dir = tempfile::tempdir().unwrap();
        let not_a_dir = dir.path().join("file");
        fs::write(&not_a_dir, b"x").unwrap();
        assert!(save(&not_a_dir, &Prefs::default()).is_err());
    }
}
