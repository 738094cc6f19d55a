//! The core (everything `src/lib.rs` reaches) must not use iced: the GUI is
//! only in the binary (`src/main.rs`, `src/cli.rs`, `src/ui.rs`, `src/ui/`).

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn is_binary_only(src: &Path, file: &Path) -> bool {
    let rel = file.strip_prefix(src).expect("under src");
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned());
    matches!(
        first.as_deref(),
        Some("main.rs") | Some("cli.rs") | Some("ui.rs") | Some("ui") | Some("bin")
    )
}

fn mentions_iced(text: &str) -> Option<String> {
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let bytes = code.as_bytes();
        let mut i = 0;
        while let Some(pos) = code[i..].find("iced") {
            let at = i + pos;
            let before_ok =
                at == 0 || !(bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_');
            let rest = &code[at + 4..];
            let after = rest.trim_start_matches(|c: char| c.is_ascii_alphanumeric() || c == '_');
            if before_ok && (after.starts_with("::") || code.contains("extern crate")) {
                return Some(format!("line {}: {}", n + 1, line.trim()));
            }
            i = at + 4;
        }
    }
    None
}

#[test]
fn core_modules_do_not_import_iced() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let core: Vec<_> = files.iter().filter(|f| !is_binary_only(&src, f)).collect();
    assert!(core.iter().any(|f| f.ends_with("lib.rs")), "lib.rs is core");
    for file in core {
        let text = std::fs::read_to_string(file).expect("read");
        if let Some(hit) = mentions_iced(&text) {
            panic!(
                "{} imports iced ({hit}); keep the GUI out of the core",
                file.display()
            );
        }
    }
}

#[test]
fn the_detector_detects() {
    assert!(mentions_iced("use iced::widget::text;").is_some());
    assert!(mentions_iced("    iced_core::Size::ZERO").is_some());
    assert!(mentions_iced("let sliced::x = 1;").is_none());
    assert!(mentions_iced("// iced::x in a comment").is_none());
}
