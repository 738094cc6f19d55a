//! Translations: Fluent catalogs embedded from `i18n/<lang>/postern.ftl`,
//! one loader for the process, the language chosen from the system or by
//! the user. `fl!("key")` checks ids against English at compile time.
//!
//! Numbers, sizes, dates and times are written the way the language in use
//! writes them ([`format_number`], [`format_size`], [`format_date`],
//! [`format_time`], [`format_date_time`]): the conventions come from a table
//! keyed by the language tag the user asked for (so `en-US` gets its
//! month-first dates while plain `en` stays unambiguous), the words (unit
//! and month names) from the catalogs.

use std::sync::{LazyLock, RwLock};

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

mod format;

pub use format::{
    format_date, format_date_time, format_number, format_size, format_time, local_time, utc_time,
    Conventions, LocalTime,
};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// The process-wide loader behind `fl!`.
pub static LANGUAGE_LOADER: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader: FluentLanguageLoader = fluent_language_loader!();
    if let Err(e) = loader.load_fallback_language(&Localizations) {
        tracing::error!("cannot load the English catalog: {e}");
    }
    // No Unicode isolation marks around arguments: they show as boxes in
    // some fonts and break tests that compare text.
    loader.set_use_isolating(false);
    loader
});

/// Looks up a message in the current language: `fl!("wizard-next")`,
/// `fl!("inbox-count", count = 3)`.
#[macro_export]
macro_rules! fl {
    ($message_id:literal) => {{
        i18n_embed_fl::fl!($crate::i18n::LANGUAGE_LOADER, $message_id)
    }};
    ($message_id:literal, $($args:expr),*) => {{
        i18n_embed_fl::fl!($crate::i18n::LANGUAGE_LOADER, $message_id, $($args), *)
    }};
}

/// The tag whose conventions [`format_number`] and friends follow: the
/// requested language when it is the language of the catalog in use (so
/// `en-US` keeps its region), else the catalog's language.
static FORMAT_TAG: RwLock<Option<LanguageIdentifier>> = RwLock::new(None);

/// Every language with a catalog, by its own name (an endonym), sorted as
/// the language picker shows them.
pub const LANGUAGE_NAMES: &[(&str, &str)] = &[
    ("de", "Deutsch"),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("it", "Italiano"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt-BR", "Português (Brasil)"),
];

/// The name of the language `tag` in that language ("Deutsch" for `de`).
pub fn language_name(tag: &str) -> Option<&'static str> {
    LANGUAGE_NAMES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(tag))
        .map(|(_, name)| *name)
}

/// Languages with a catalog, as language tags (`en`, `de`, `pt-BR` ...).
pub fn available_languages() -> Vec<String> {
    let mut langs: Vec<String> = LANGUAGE_LOADER
        .available_languages(&Localizations)
        .map(|v| v.iter().map(|l| l.to_string()).collect())
        .unwrap_or_default();
    langs.sort();
    langs
}

/// Follows the system's languages (LANG/LC_* on Linux, the OS setting
/// elsewhere), falling back to English.
pub fn use_system_languages() {
    select(&system_languages());
}

/// The system's preferred languages, skipping the "C"/"POSIX" locales
/// (which `sys-locale` reports for `LANG=C.UTF-8`) and anything that does
/// not parse, so that they quietly mean English.
pub fn system_languages() -> Vec<LanguageIdentifier> {
    sys_locale::get_locales()
        .filter_map(|tag| parse_locale(&tag))
        .collect()
}

/// `de_DE.UTF-8@euro` -> `de-DE`; `C`, `POSIX` and garbage -> None.
fn parse_locale(tag: &str) -> Option<LanguageIdentifier> {
    let base = tag.split(['.', '@']).next()?.replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    base.parse().ok()
}

/// Switches to `tag` (e.g. "de") at once; unknown tags fall back to English.
pub fn use_language(tag: &str) -> bool {
    match tag.parse::<LanguageIdentifier>() {
        Ok(id) => {
            select(&[id]);
            true
        }
        Err(_) => false,
    }
}

/// Applies a saved choice: `None` follows the system; a tag without a
/// catalog (a preference written by a newer version, or edited by hand)
/// follows the system too, with a warning.
pub fn use_language_choice(choice: Option<&str>) {
    match choice {
        Some(tag) if available_languages().iter().any(|l| l == tag) => {
            use_language(tag);
        }
        Some(tag) => {
            tracing::warn!("no catalog for the saved language {tag:?}; following the system");
            use_system_languages();
        }
        None => use_system_languages(),
    }
}

fn select(requested: &[LanguageIdentifier]) {
    if let Err(e) = i18n_embed::select(&*LANGUAGE_LOADER, &Localizations, requested) {
        tracing::warn!("cannot switch language: {e}");
    }
    // Loading builds new bundles, which isolate arguments again.
    LANGUAGE_LOADER.set_use_isolating(false);
    let current = LANGUAGE_LOADER.current_language();
    let tag = requested
        .iter()
        .find(|r| r.language == current.language)
        .cloned()
        .unwrap_or(current);
    match FORMAT_TAG.write() {
        Ok(mut slot) => *slot = Some(tag),
        Err(poisoned) => *poisoned.into_inner() = Some(tag),
    }
}

/// The language now in use.
pub fn current_language() -> String {
    LANGUAGE_LOADER.current_language().to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn locales_parse_like_the_system_writes_them() {
        let parse = |t: &str| super::parse_locale(t).map(|l| l.to_string());
        assert_eq!(parse("de_DE.UTF-8"), Some("de-DE".into()));
        assert_eq!(parse("pt_BR"), Some("pt-BR".into()));
        assert_eq!(parse("fr_FR.UTF-8@euro"), Some("fr-FR".into()));
        assert_eq!(parse("en-US"), Some("en-US".into()));
        assert_eq!(parse("C"), None);
        assert_eq!(parse("C.UTF-8"), None);
        assert_eq!(parse("POSIX"), None);
        assert_eq!(parse(""), None);
    }

    /// Runs the test `name` (in this module) again in a process of its own
    /// and reports whether this is that process. Tests that switch the
    /// process-wide language run there, so that tests reading English
    /// never see another language.
    fn in_own_process(name: &str) -> bool {
        const CHILD: &str = "POSTERN_LANGUAGE_TEST_CHILD";
        if std::env::var_os(CHILD).is_some() {
            return true;
        }
        let test = format!("i18n::tests::{name}");
        let status = std::process::Command::new(std::env::current_exe().unwrap())
            .args([test.as_str(), "--exact", "--test-threads=1", "--nocapture"])
            .env(CHILD, "1")
            .status()
            .unwrap();
        assert!(status.success(), "{test} failed in its own process");
        false
    }

    #[test]
    fn the_formatters_follow_the_language_in_use() {
        if !in_own_process("the_formatters_follow_the_language_in_use") {
            return;
        }
        let unix = 1_795_000_000; // late November 2026, any zone
        let check = |tag: &str, number: &str, size: &str| {
            assert!(super::use_language(tag));
            assert_eq!(super::format_number(3400), number, "{tag}");
            assert_eq!(super::format_size(3_400_000), size, "{tag}");
            let date = super::format_date(unix);
            let time = super::format_time(unix);
            assert_eq!(super::format_date_time(unix).matches(&date).count(), 1);
            assert!(super::format_date_time(unix).ends_with(&time), "{tag}");
            date
        };
        assert!(check("en", "3,400", "3.4 MB").contains(" Nov 2026"));
        assert!(check("en-US", "3,400", "3.4 MB").starts_with("11/"));
        assert_eq!(super::current_language(), "en");
        assert!(check("de", "3.400", "3,4 MB").ends_with(".11.2026"));
        assert!(check("fr", "3\u{a0}400", "3,4 Mo").ends_with("/11/2026"));
        assert!(check("nl", "3.400", "3,4 MB").ends_with("-11-2026"));
        assert!(check("pl", "3\u{a0}400", "3,4 MB").ends_with(".11.2026"));
        assert!(check("pt-BR", "3.400", "3,4 MB").ends_with("/11/2026"));
        // A saved tag without a catalog follows the system instead.
        super::use_language_choice(Some("xx"));
        super::use_language_choice(Some("it"));
        assert_eq!(super::current_language(), "it");
        assert_eq!(super::format_number(3400), "3.400");
    }

    #[test]
    fn every_catalog_has_a_name() {
        let langs = super::available_languages();
        assert_eq!(langs.len(), super::LANGUAGE_NAMES.len());
        for tag in langs {
            assert!(super::language_name(&tag).is_some(), "{tag} has no name");
        }
        assert_eq!(super::language_name("pt-BR"), Some("Português (Brasil)"));
    }

    #[test]
    fn english_loads_and_looks_up() {
        assert_eq!(crate::fl!("app-title"), "Postern");
        assert!(super::available_languages().contains(&"en".to_string()));
    }
}
