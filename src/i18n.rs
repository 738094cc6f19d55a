//! Translations: Fluent catalogs embedded from `i18n/<lang>/postern.ftl`,
//! one loader for the process, the language chosen from the system or by
//! the user. `fl!("key")` checks ids against English at compile time.

use std::sync::LazyLock;

use i18n_embed::fluent::{fluent_language_loader, FluentLanguageLoader};
use i18n_embed::unic_langid::LanguageIdentifier;
use i18n_embed::LanguageLoader;
use rust_embed::RustEmbed;

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

fn select(requested: &[LanguageIdentifier]) {
    if let Err(e) = i18n_embed::select(&*LANGUAGE_LOADER, &Localizations, requested) {
        tracing::warn!("cannot switch language: {e}");
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

    #[test]
    fn english_loads_and_looks_up() {
        assert_eq!(crate::fl!("app-title"), "Postern");
        assert!(super::available_languages().contains(&"en".to_string()));
    }
}
