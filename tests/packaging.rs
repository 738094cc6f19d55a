//! Packaging consistency: one application id everywhere (the window's
//! application id in src/ui.rs, the desktop file, the AppStream metainfo, the
//! icons, the Debian, Flatpak, macOS and Windows packaging), every file the
//! packages list exists, and the desktop file and metainfo pass the
//! freedesktop validators when those are installed.
//!
//! Reads files only: no build, no network. `.ci/package` builds the real .deb
//! and checks what it installs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const APP_ID: &str = "org.postern.Postern";
const BINARY: &str = "postern";
const ICON_SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(relative: &str) -> String {
    let path = root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn desktop_path() -> String {
    format!("packaging/linux/{APP_ID}.desktop")
}

fn metainfo_path() -> String {
    format!("packaging/linux/{APP_ID}.metainfo.xml")
}

/// The `[Desktop Entry]` group as key → value.
fn desktop_entry() -> BTreeMap<String, String> {
    let text = read(&desktop_path());
    let mut in_entry = false;
    let mut entry = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_entry = line == "[Desktop Entry]";
        } else if in_entry && !line.is_empty() && !line.starts_with('#') {
            let (key, value) = line.split_once('=').expect("key=value line");
            entry.insert(key.trim().to_owned(), value.trim().to_owned());
        }
    }
    entry
}

/// The text of every `<tag ...>text</tag>` in `xml` (simple, non-nested tags).
fn tag_texts(xml: &str, tag: &str) -> Vec<String> {
    let mut texts = Vec::new();
    let mut rest = xml;
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        // `<tag>` or `<tag attr=...>`, not `<tagname>`.
        if !after.starts_with('>') && !after.starts_with(' ') {
            rest = after;
            continue;
        }
        let Some(gt) = after.find('>') else { break };
        let body = &after[gt + 1..];
        let Some(end) = body.find(&close) else { break };
        texts.push(body[..end].trim().to_owned());
        rest = &body[end + close.len()..];
    }
    texts
}

/// A `key = "value"` line of Cargo.toml's `[package]` table.
fn package_field(key: &str) -> String {
    let text = read("Cargo.toml");
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim() == key {
                    return v.trim().trim_matches('"').to_owned();
                }
            }
        }
    }
    panic!("Cargo.toml [package] has no {key}");
}

/// The `[source, target, mode]` triples of `[package.metadata.deb] assets`.
fn deb_assets() -> Vec<(String, String)> {
    let text = read("Cargo.toml");
    let section = text
        .split("\n[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has a [package.metadata.deb] section");
    let section = section.split("\n[").next().unwrap_or(section);
    let assets = section
        .split("assets = [")
        .nth(1)
        .expect("[package.metadata.deb] lists assets");
    let mut triples = Vec::new();
    for line in assets.lines() {
        let line = line.trim();
        if line == "]" {
            break;
        }
        if !line.starts_with('[') {
            continue;
        }
        let quoted: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
        assert_eq!(
            quoted.len(),
            3,
            "asset line is [source, target, mode]: {line}"
        );
        triples.push((quoted[0].to_owned(), quoted[1].to_owned()));
    }
    assert!(!triples.is_empty(), "no deb assets found");
    triples
}

fn png_size(path: &Path) -> (u32, u32) {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    assert!(
        bytes.len() > 24 && bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "{} is not a PNG",
        path.display()
    );
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (be(16), be(20))
}

fn icon_png(size: u32) -> String {
    format!("assets/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
}

#[test]
fn the_window_uses_the_app_id() {
    let ui = read("src/ui.rs");
    assert!(
        ui.contains(&format!("\"{APP_ID}\"")),
        "src/ui.rs no longer names the application id {APP_ID}; desktops match windows to the desktop file by it"
    );
}

#[test]
fn desktop_file_names_the_app_id_and_binary() {
    let entry = desktop_entry();
    assert_eq!(entry.get("Type").map(String::as_str), Some("Application"));
    assert_eq!(entry.get("Name").map(String::as_str), Some("Postern"));
    assert_eq!(entry.get("Icon").map(String::as_str), Some(APP_ID));
    assert_eq!(
        entry.get("StartupWMClass").map(String::as_str),
        Some(APP_ID)
    );
    assert_eq!(entry.get("Terminal").map(String::as_str), Some("false"));
    let exec = entry.get("Exec").expect("Exec");
    assert_eq!(exec.split_whitespace().next(), Some(BINARY));
    assert_eq!(package_field("name"), BINARY);
    let categories = entry.get("Categories").expect("Categories");
    assert!(categories.split(';').any(|c| c == "Email"), "{categories}");
    // Postern cannot send mail yet, so it must not offer to handle mailto: links.
    assert!(
        !entry.get("MimeType").is_some_and(|m| m.contains("mailto")),
        "the desktop file claims mailto: links, which Postern cannot handle yet"
    );
}

#[test]
fn metainfo_names_the_app_id_binary_license_and_version() {
    let xml = read(&metainfo_path());
    assert_eq!(tag_texts(&xml, "id"), [APP_ID]);
    assert_eq!(tag_texts(&xml, "launchable"), [format!("{APP_ID}.desktop")]);
    assert!(xml.contains(&format!(
        "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
    )));
    assert_eq!(tag_texts(&xml, "binary"), [BINARY]);
    assert_eq!(tag_texts(&xml, "metadata_license"), ["CC0-1.0"]);
    assert_eq!(
        tag_texts(&xml, "project_license"),
        [package_field("license")]
    );
    assert!(
        xml.contains(&format!(
            "<release version=\"{}\"",
            package_field("version")
        )),
        "the metainfo has no <release> for the version in Cargo.toml"
    );
    let homepage = format!(
        "<url type=\"homepage\">{}</url>",
        package_field("repository")
    );
    assert!(
        xml.contains(&homepage),
        "the homepage is not Cargo.toml's repository"
    );
}

#[test]
fn every_screenshot_in_the_metainfo_exists() {
    let xml = read(&metainfo_path());
    let repository = package_field("repository");
    let raw =
        repository.replace("https://github.com/", "https://raw.githubusercontent.com/") + "/main/";
    let images = tag_texts(&xml, "image");
    assert!(!images.is_empty(), "the metainfo shows no screenshots");
    for url in images {
        let relative = url
            .strip_prefix(&raw)
            .unwrap_or_else(|| panic!("screenshot {url} is not in {raw}"));
        assert!(relative.starts_with("assets/screenshots/"), "{url}");
        let path = root().join(relative);
        assert!(
            path.is_file(),
            "screenshot {url} has no file {}",
            path.display()
        );
        png_size(&path);
    }
}

#[test]
fn icons_exist_in_every_size() {
    assert!(root().join(format!("assets/icons/{APP_ID}.svg")).is_file());
    assert!(root().join("assets/icons/postern.ico").is_file());
    for size in ICON_SIZES {
        let path = root().join(icon_png(size));
        assert_eq!(png_size(&path), (size, size), "{}", path.display());
    }
}

#[test]
fn deb_assets_exist_and_land_where_desktops_look() {
    let assets = deb_assets();
    for (source, _) in &assets {
        // The binary is the one file cargo-deb builds itself.
        if source == &format!("target/release/{BINARY}") {
            continue;
        }
        assert!(
            root().join(source).is_file(),
            "deb asset {source} does not exist"
        );
    }
    let target_of = |source: &str| {
        assets
            .iter()
            .find(|(s, _)| s == source)
            .map(|(_, t)| t.as_str())
            .unwrap_or_else(|| panic!("the deb does not install {source}"))
    };
    assert_eq!(target_of(&format!("target/release/{BINARY}")), "usr/bin/");
    assert_eq!(target_of(&desktop_path()), "usr/share/applications/");
    assert_eq!(target_of(&metainfo_path()), "usr/share/metainfo/");
    assert_eq!(
        target_of(&format!("assets/icons/{APP_ID}.svg")),
        "usr/share/icons/hicolor/scalable/apps/"
    );
    for size in ICON_SIZES {
        assert_eq!(
            target_of(&icon_png(size)),
            format!("usr/share/icons/hicolor/{size}x{size}/apps/")
        );
    }
    assert_eq!(target_of("README.md"), "usr/share/doc/postern/");
}

#[test]
fn flatpak_manifest_uses_the_app_id_and_a_narrow_sandbox() {
    let text = read(&format!("packaging/flatpak/{APP_ID}.json"));
    let manifest: serde_json::Value =
        serde_json::from_str(&text).expect("the Flatpak manifest is JSON");
    assert_eq!(manifest["app-id"], APP_ID);
    assert_eq!(manifest["command"], BINARY);
    let finish: Vec<&str> = manifest["finish-args"]
        .as_array()
        .expect("finish-args")
        .iter()
        .filter_map(|a| a.as_str())
        .collect();
    for needed in [
        "--share=network",
        "--socket=wayland",
        "--socket=fallback-x11",
        "--share=ipc",
        "--device=dri",
        "--talk-name=org.freedesktop.secrets",
    ] {
        assert!(finish.contains(&needed), "finish-args lacks {needed}");
    }
    assert!(
        !finish.iter().any(|a| a.starts_with("--filesystem")),
        "files go through the portal; no --filesystem access: {finish:?}"
    );
    // The manifest installs the same desktop file, metainfo and icons as the deb.
    for installed in [
        desktop_path(),
        metainfo_path(),
        format!("assets/icons/{APP_ID}.svg"),
    ] {
        assert!(
            text.contains(&installed),
            "the Flatpak manifest does not install {installed}"
        );
    }
}

#[test]
fn macos_and_windows_packaging_use_the_app_id_and_version() {
    let plist = read("packaging/macos/Info.plist");
    let version = package_field("version");
    for (key, value) in [
        ("CFBundleIdentifier", APP_ID),
        ("CFBundleExecutable", BINARY),
        ("CFBundleShortVersionString", version.as_str()),
        ("CFBundleVersion", version.as_str()),
    ] {
        let pair = format!("<key>{key}</key>\n\t<string>{value}</string>");
        assert!(plist.contains(&pair), "Info.plist lacks {key} = {value}");
    }
    let rc = read("packaging/windows/postern.rc");
    assert!(
        rc.contains("assets/icons/postern.ico") || rc.contains("assets\\\\icons\\\\postern.ico")
    );
    let wxs = read("packaging/windows/main.wxs");
    assert!(wxs.contains(&format!("{BINARY}.exe")));
    assert!(wxs.contains("postern.ico"));
}

/// Runs a validator when it is installed; prints SKIP otherwise, or fails when
/// POSTERN_REQUIRE_PACKAGING_TOOLS=1 (CI installs the tools).
fn validate(tool: &str, package: &str, args: &[&str], file: &str) {
    let path = root().join(file);
    match Command::new(tool).args(args).arg(&path).output() {
        Ok(output) => assert!(
            output.status.success(),
            "{tool} rejects {file}:\n{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var("POSTERN_REQUIRE_PACKAGING_TOOLS").as_deref() != Ok("1"),
                "{tool} is not installed (apt-get install {package}) and POSTERN_REQUIRE_PACKAGING_TOOLS=1"
            );
            println!(
                "SKIP: {tool} not installed (apt-get install {package}); {file} not validated"
            );
        }
        Err(e) => panic!("cannot run {tool}: {e}"),
    }
}

#[test]
fn desktop_file_validates() {
    validate(
        "desktop-file-validate",
        "desktop-file-utils",
        &[],
        &desktop_path(),
    );
}

#[test]
fn metainfo_validates() {
    validate(
        "appstreamcli",
        "appstream",
        &["validate", "--no-net"],
        &metainfo_path(),
    );
}
