//! Translation catalogs (`i18n/<lang>/postern.ftl`) and the GUI's use of
//! them:
//!
//! * every catalog parses without errors or junk;
//! * the required languages exist;
//! * every language has exactly English's keys, each once;
//! * every translation uses exactly the variables of its English message;
//! * every message of every catalog formats through a real `FluentBundle`
//!   with sample arguments (counts 0, 1, 2, 5, 22, 1000), and plural
//!   selectors use CLDR categories and cover the language's categories;
//! * the GUI code (`src/ui.rs`, `src/ui/**/*.rs`) writes no user-visible text
//!   outside the catalog;
//! * `postern::i18n::use_language` switches `fl!` at once.
//!
//! Failures list every problem, per language, so a translator sees all of
//! them in one run.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use fluent_syntax::parser;
use i18n_embed::unic_langid::LanguageIdentifier;

/// Languages Postern ships; the test fails while one is missing.
const REQUIRED_LANGUAGES: &[&str] = &["en", "de", "fr", "es", "it", "pt-BR", "nl", "pl"];

/// The reference catalog.
const ENGLISH: &str = "en";

/// Counts every message is formatted with: they hit every plural category
/// of the shipped languages (one, few, many, other, and 0 for `[0]`).
const SAMPLE_COUNTS: &[i64] = &[0, 1, 2, 5, 22, 1000];

/// Variables that hold numbers even where English does not select on them.
const NUMERIC_VARIABLES: &[&str] = &["count", "done", "total", "number", "port", "unseen"];

/// CLDR plural categories.
const CLDR_CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

fn i18n_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n")
}

// ---------------------------------------------------------------------------
// Reading catalogs

/// What one message (or `message.attribute`) uses.
#[derive(Debug, Default, Clone)]
struct MessageInfo {
    /// Every variable referenced anywhere (text, selectors, arguments).
    variables: BTreeSet<String>,
    /// Select expressions on a variable: (variable, variant keys).
    selects: Vec<(String, Vec<VariantKey>)>,
}

#[derive(Debug, Clone, PartialEq)]
enum VariantKey {
    Identifier(String),
    Number(String),
}

#[derive(Debug)]
struct Catalog {
    lang: String,
    source: String,
    /// Parser errors and junk, as "line N: ..." strings.
    parse_errors: Vec<String>,
    /// Message ids, and `id.attribute` for attributes. Terms are private
    /// to a catalog and not listed.
    messages: BTreeMap<String, MessageInfo>,
    /// Ids defined more than once.
    duplicates: BTreeSet<String>,
}

impl Catalog {
    fn keys(&self) -> BTreeSet<&str> {
        self.messages.keys().map(String::as_str).collect()
    }
}

fn line_of(source: &str, byte: usize) -> usize {
    source[..byte.min(source.len())].matches('\n').count() + 1
}

fn parse_catalog(lang: &str, source: String) -> Catalog {
    let (resource, errors) = match parser::parse(source.as_str()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut parse_errors: Vec<String> = errors
        .iter()
        .map(|e| format!("line {}: {:?}", line_of(&source, e.pos.start), e.kind))
        .collect();
    let mut messages = BTreeMap::new();
    let mut duplicates = BTreeSet::new();
    let mut add = |id: String, info: MessageInfo| {
        if messages.insert(id.clone(), info).is_some() {
            duplicates.insert(id);
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let mut info = MessageInfo::default();
                if let Some(value) = &m.value {
                    walk_pattern(value, &mut info);
                }
                add(id.clone(), info);
                for attr in &m.attributes {
                    let mut info = MessageInfo::default();
                    walk_pattern(&attr.value, &mut info);
                    add(format!("{id}.{}", attr.id.name), info);
                }
            }
            ast::Entry::Junk { content } => {
                let offset = content.as_ptr() as usize - source.as_ptr() as usize;
                let first = content.lines().next().unwrap_or("").trim();
                parse_errors.push(format!(
                    "line {}: junk (unparsable entry) {first:?}",
                    line_of(&source, offset)
                ));
            }
            _ => {}
        }
    }
    // The parser reports an error for each junk entry; keep one line each.
    parse_errors.sort();
    parse_errors.dedup();
    Catalog {
        lang: lang.to_string(),
        parse_errors,
        messages,
        duplicates,
        source,
    }
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut MessageInfo) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => {
                            VariantKey::Identifier(name.to_string())
                        }
                        ast::VariantKey::NumberLiteral { value } => {
                            VariantKey::Number(value.to_string())
                        }
                    })
                    .collect();
                info.selects.push((id.name.to_string(), keys));
            }
            for variant in variants {
                walk_pattern(&variant.value, info);
            }
        }
        ast::Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut MessageInfo) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, info)
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => walk_arguments(arguments, info),
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info),
        _ => {}
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, info: &mut MessageInfo) {
    for positional in &arguments.positional {
        walk_inline(positional, info);
    }
    for named in &arguments.named {
        walk_inline(&named.value, info);
    }
}

/// Language tags that have a catalog (`i18n/<tag>/postern.ftl`), sorted.
fn catalog_languages() -> Vec<String> {
    let mut langs: Vec<String> = fs::read_dir(i18n_dir())
        .expect("i18n/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("postern.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    langs.sort();
    langs
}

fn load(lang: &str) -> Catalog {
    let path = i18n_dir().join(lang).join("postern.ftl");
    let source =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    parse_catalog(lang, source)
}

/// Every catalog on disk, English first.
fn all_catalogs() -> Vec<Catalog> {
    let mut langs = catalog_languages();
    langs.sort_by_key(|l| (l != ENGLISH, l.clone()));
    langs.iter().map(|l| load(l)).collect()
}

/// Fails with every problem, grouped per language.
fn report(what: &str, problems: &BTreeMap<String, Vec<String>>) {
    let problems: Vec<_> = problems.iter().filter(|(_, p)| !p.is_empty()).collect();
    if problems.is_empty() {
        return;
    }
    let mut message = format!("{what}:\n");
    for (lang, list) in problems {
        message.push_str(&format!("  [{lang}] {} problem(s)\n", list.len()));
        for p in list {
            message.push_str(&format!("    {p}\n"));
        }
    }
    panic!("{message}");
}

// ---------------------------------------------------------------------------
// Catalog tests

#[test]
fn every_catalog_parses_without_errors() {
    let mut problems = BTreeMap::new();
    for catalog in all_catalogs() {
        problems.insert(catalog.lang.clone(), catalog.parse_errors.clone());
    }
    assert!(
        problems.contains_key(ENGLISH),
        "the English catalog is missing"
    );
    report("Fluent syntax errors", &problems);
}

#[test]
fn required_languages_exist() {
    let present = catalog_languages();
    let missing: Vec<&str> = REQUIRED_LANGUAGES
        .iter()
        .copied()
        .filter(|l| !present.iter().any(|p| p == l))
        .collect();
    assert!(
        missing.is_empty(),
        "missing catalogs i18n/<lang>/postern.ftl for: {} (present: {})",
        missing.join(", "),
        present.join(", ")
    );
}

/// Keys `catalog` lacks or has beyond English, and keys defined twice.
fn key_problems(english: &Catalog, catalog: &Catalog) -> Vec<String> {
    let english_keys = english.keys();
    let keys = catalog.keys();
    let mut list = Vec::new();
    let missing: Vec<&str> = english_keys.difference(&keys).copied().collect();
    if !missing.is_empty() {
        list.push(format!(
            "missing {} key(s): {}",
            missing.len(),
            missing.join(", ")
        ));
    }
    let stray: Vec<&str> = keys.difference(&english_keys).copied().collect();
    if !stray.is_empty() {
        list.push(format!(
            "{} key(s) English lacks: {}",
            stray.len(),
            stray.join(", ")
        ));
    }
    if !catalog.duplicates.is_empty() {
        let dups: Vec<&str> = catalog.duplicates.iter().map(String::as_str).collect();
        list.push(format!("defined more than once: {}", dups.join(", ")));
    }
    list
}

/// Translations that drop an English variable or use one English lacks.
fn variable_problems(english: &Catalog, catalog: &Catalog) -> Vec<String> {
    let mut list = Vec::new();
    for (key, info) in &catalog.messages {
        let Some(en) = english.messages.get(key) else {
            continue; // a stray key, reported by key_problems
        };
        let missing: Vec<String> = en
            .variables
            .difference(&info.variables)
            .map(|v| format!("${v}"))
            .collect();
        let extra: Vec<String> = info
            .variables
            .difference(&en.variables)
            .map(|v| format!("${v}"))
            .collect();
        if !missing.is_empty() {
            list.push(format!("{key}: does not use {}", missing.join(", ")));
        }
        if !extra.is_empty() {
            list.push(format!(
                "{key}: uses {} that English does not have",
                extra.join(", ")
            ));
        }
    }
    list
}

/// Variables of `key` that take numbers: a catalog selects on them, or
/// their name says so.
fn numeric_variables(english: &Catalog, catalog: &Catalog, key: &str) -> BTreeSet<String> {
    let mut numeric = BTreeSet::new();
    for info in [english.messages.get(key), catalog.messages.get(key)]
        .into_iter()
        .flatten()
    {
        for (variable, _) in &info.selects {
            numeric.insert(variable.clone());
        }
        for variable in &info.variables {
            if NUMERIC_VARIABLES.contains(&variable.as_str()) {
                numeric.insert(variable.clone());
            }
        }
    }
    numeric
}

fn bundle_for(catalog: &Catalog) -> (FluentBundle<FluentResource>, Vec<String>) {
    let mut problems = Vec::new();
    let langid: LanguageIdentifier = match catalog.lang.parse() {
        Ok(id) => id,
        Err(e) => {
            problems.push(format!("{:?} is not a language tag: {e}", catalog.lang));
            LanguageIdentifier::default()
        }
    };
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(catalog.source.clone()) {
        Ok(r) => r,
        Err((r, _)) => r, // syntax errors are reported by their own test
    };
    if let Err(errors) = bundle.add_resource(resource) {
        for e in errors {
            problems.push(format!("cannot add to a bundle: {e:?}"));
        }
    }
    (bundle, problems)
}

/// Formats every message of `catalog` through a real `FluentBundle`, with
/// each sample count for numeric variables and text for the others.
fn format_problems(english: &Catalog, catalog: &Catalog) -> Vec<String> {
    let (bundle, mut list) = bundle_for(catalog);
    for key in catalog.messages.keys() {
        let (id, attribute) = match key.split_once('.') {
            Some((id, attr)) => (id, Some(attr)),
            None => (key.as_str(), None),
        };
        let Some(message) = bundle.get_message(id) else {
            list.push(format!("{key}: not in the bundle"));
            continue;
        };
        let pattern = match attribute {
            Some(attr) => message.get_attribute(attr).map(|a| a.value()),
            None => message.value(),
        };
        let Some(pattern) = pattern else {
            list.push(format!("{key}: no value"));
            continue;
        };
        let mut variables = catalog.messages[key].variables.clone();
        if let Some(en) = english.messages.get(key) {
            variables.extend(en.variables.iter().cloned());
        }
        let numeric = numeric_variables(english, catalog, key);
        for &count in SAMPLE_COUNTS {
            let mut args = FluentArgs::new();
            for variable in &variables {
                if numeric.contains(variable) {
                    args.set(variable.clone(), FluentValue::from(count));
                } else {
                    args.set(variable.clone(), FluentValue::from(format!("‹{variable}›")));
                }
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if !errors.is_empty() {
                list.push(format!("{key} (count {count}): {errors:?}"));
                break;
            }
            if text.trim().is_empty() {
                list.push(format!("{key} (count {count}): formats to empty text"));
                break;
            }
        }
    }
    list
}

/// The CLDR plural category of `n` in `lang`, asked from a real bundle.
fn plural_category(lang: &str, n: i64) -> String {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![langid]);
    let probe = "p = { $n ->\n [zero] zero\n [one] one\n [two] two\n [few] few\n [many] many\n *[other] other\n}\n";
    bundle
        .add_resource(FluentResource::try_new(probe.to_string()).expect("probe parses"))
        .expect("probe adds");
    let pattern = bundle
        .get_message("p")
        .and_then(|m| m.value())
        .expect("probe");
    let mut args = FluentArgs::new();
    args.set("n", n);
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Plural selectors with keys that are no CLDR category, and (where English
/// makes a plural choice) categories of the language with no variant.
fn plural_problems(english: &Catalog, catalog: &Catalog) -> Vec<String> {
    let categories: Vec<(i64, String)> = SAMPLE_COUNTS
        .iter()
        .map(|&n| (n, plural_category(&catalog.lang, n)))
        .collect();
    let named_keys =
        |keys: &[VariantKey]| keys.iter().any(|k| matches!(k, VariantKey::Identifier(_)));
    let mut list = Vec::new();
    for (key, info) in &catalog.messages {
        let numeric = numeric_variables(english, catalog, key);
        for (variable, keys) in &info.selects {
            if !numeric.contains(variable) || !named_keys(keys) {
                continue;
            }
            for k in keys {
                if let VariantKey::Identifier(name) = k {
                    if !CLDR_CATEGORIES.contains(&name.as_str()) {
                        list.push(format!(
                            "{key}: [{name}] is not a plural category (zero, one, two, few, many, other)"
                        ));
                    }
                }
            }
            // Only where English makes a plural choice on the variable must
            // the translation cover the language's categories (a translator's
            // own `{ $day -> [1] 1er *[other] { $day } }` is not a plural).
            let english_plural = english.messages.get(key).is_some_and(|en| {
                en.selects
                    .iter()
                    .any(|(v, keys)| v == variable && named_keys(keys))
            });
            if !english_plural {
                continue;
            }
            let mut uncovered = Vec::new();
            for (n, category) in &categories {
                let exact = keys.iter().any(|k| *k == VariantKey::Number(n.to_string()));
                let named = keys
                    .iter()
                    .any(|k| *k == VariantKey::Identifier(category.clone()));
                let listed = uncovered
                    .iter()
                    .any(|u: &String| u.starts_with(&format!("[{category}]")));
                if !exact && !named && category != "other" && !listed {
                    uncovered.push(format!("[{category}] (e.g. {n})"));
                }
            }
            if !uncovered.is_empty() {
                list.push(format!(
                    "{key}: ${variable} has no variant for {}",
                    uncovered.join(", ")
                ));
            }
        }
    }
    list
}

/// Runs `check` on every catalog against English and reports per language.
fn check_all(what: &str, check: fn(&Catalog, &Catalog) -> Vec<String>) {
    let catalogs = all_catalogs();
    let english = &catalogs[0];
    assert_eq!(english.lang, ENGLISH, "the English catalog is missing");
    let problems: BTreeMap<String, Vec<String>> = catalogs
        .iter()
        .map(|c| (c.lang.clone(), check(english, c)))
        .collect();
    report(what, &problems);
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    check_all("Catalog keys differ from English", key_problems);
}

#[test]
fn every_translation_uses_the_english_variables() {
    check_all("Variables differ from English", variable_problems);
}

#[test]
fn every_message_formats_with_sample_arguments() {
    check_all("Messages that do not format", format_problems);
}

#[test]
fn plural_selectors_use_the_languages_categories() {
    check_all("Plural selectors", plural_problems);
}

#[test]
fn the_catalog_checks_find_broken_translations() {
    let english = parse_catalog(
        "en",
        "greeting = Hello, { $name }!\n\
         count = { $count ->\n    [one] 1 message\n   *[other] { $count } messages\n}\n\
         button = Save\n    .title = Save the file\n\
         gone = Only in English\n"
            .to_string(),
    );
    assert!(
        english.parse_errors.is_empty(),
        "{:?}",
        english.parse_errors
    );
    for check in [
        key_problems,
        variable_problems,
        format_problems,
        plural_problems,
    ] {
        assert_eq!(check(&english, &english), Vec::<String>::new());
    }

    let broken = parse_catalog(
        "pl",
        "greeting = Cześć, { $user }!\n\
         count = { $count ->\n    [one] 1 wiadomość\n    [several] { $count } wiadomości\n   *[other] { $count } wiadomości\n}\n\
         button = Zapisz\n\
         extra = Nadmiarowy\n\
         extra = Dwa razy\n\
         missing-ref = { no-such-message }\n\
         broken = { $count ->\n    [one] bez domyślnego wariantu\n}\n"
            .to_string(),
    );
    assert!(
        broken.parse_errors.iter().any(|e| e.contains("junk")),
        "a select without a default variant is junk: {:?}",
        broken.parse_errors
    );
    let keys = key_problems(&english, &broken).join("\n");
    assert!(
        keys.contains("missing 2 key(s): button.title, gone"),
        "{keys}"
    );
    assert!(keys.contains("English lacks: extra, missing-ref"), "{keys}");
    assert!(keys.contains("defined more than once: extra"), "{keys}");
    let variables = variable_problems(&english, &broken).join("\n");
    assert!(
        variables.contains("greeting: does not use $name"),
        "{variables}"
    );
    assert!(
        variables.contains("greeting: uses $user that English does not have"),
        "{variables}"
    );
    let format = format_problems(&english, &broken).join("\n");
    assert!(format.contains("missing-ref (count 0)"), "{format}");
    let plurals = plural_problems(&english, &broken).join("\n");
    assert!(
        plurals.contains("[several] is not a plural category"),
        "{plurals}"
    );
    assert!(
        plurals.contains("count: $count has no variant for [many] (e.g. 0), [few] (e.g. 2)"),
        "{plurals}"
    );
}

#[test]
fn the_polish_catalog_uses_thunderbird_words() {
    // Spot checks of the vocabulary Polish users know from Thunderbird.
    let pl = load("pl");
    let (bundle, problems) = bundle_for(&pl);
    assert!(problems.is_empty(), "{problems:?}");
    let get = |id: &str| {
        let pattern = bundle.get_message(id).and_then(|m| m.value()).expect(id);
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned()
    };
    assert_eq!(get("inbox-get-messages"), "Pobierz wiadomości");
    assert_eq!(get("inbox-trash"), "Kosz");
    assert_eq!(get("wizard-username-label"), "Nazwa użytkownika");
    assert_eq!(get("wizard-security-label"), "Bezpieczeństwo połączenia");
    assert_eq!(
        get("wizard-outgoing-heading"),
        "Serwer poczty wychodzącej (SMTP)"
    );
    let mut args = FluentArgs::new();
    let mut plural = |n: i64| {
        args.set("count", n);
        args.set("size", "3 MB");
        let pattern = bundle
            .get_message("doctor-mailbox-detail")
            .and_then(|m| m.value())
            .unwrap();
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    };
    assert_eq!(plural(1), "1 wiadomość, 3 MB");
    assert_eq!(plural(2), "2 wiadomości, 3 MB");
    assert_eq!(plural(5), "5 wiadomości, 3 MB");
}

// ---------------------------------------------------------------------------
// Switching language at run time

/// (message id, its English text, `fl!` of it).
type Lookup = (&'static str, &'static str, fn() -> String);

#[test]
fn use_language_switches_fl_at_once() {
    let de_path = i18n_dir().join("de").join("postern.ftl");
    assert!(
        de_path.is_file(),
        "needs the German catalog {} (not written yet)",
        de_path.display()
    );
    let de = load("de");
    let (bundle, _) = bundle_for(&de);
    let german = |id: &str| -> Option<String> {
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    };
    // Messages whose German differs from English; fl! needs literal ids.
    let lookups: [Lookup; 4] = [
        ("wizard-next", "Next", || postern::fl!("wizard-next")),
        ("wizard-cancel", "Cancel", || postern::fl!("wizard-cancel")),
        ("settings-title", "Settings", || {
            postern::fl!("settings-title")
        }),
        ("inbox-add-account", "Add account", || {
            postern::fl!("inbox-add-account")
        }),
    ];

    assert!(postern::i18n::use_language("de"));
    assert_eq!(postern::i18n::current_language(), "de");
    let mut compared = 0;
    for (id, _, lookup) in &lookups {
        if let Some(expected) = german(id) {
            assert_eq!(lookup(), expected, "fl!({id:?}) after use_language(\"de\")");
            compared += 1;
        }
    }
    assert!(
        compared > 0,
        "the German catalog has none of the sample messages"
    );
    assert!(
        lookups.iter().any(|(_, en, lookup)| lookup() != *en),
        "fl! still answers in English after use_language(\"de\")"
    );

    assert!(postern::i18n::use_language("en"));
    assert_eq!(postern::i18n::current_language(), "en");
    for (id, en, lookup) in &lookups {
        assert_eq!(lookup(), *en, "fl!({id:?}) after switching back to English");
    }
}

// ---------------------------------------------------------------------------
// User-visible text in the GUI code

/// Literals that may stand in the GUI code as they are: symbols that read
/// the same in every language. (Literals without any letter pass anyway;
/// this list documents the intent and may grow only with such symbols.)
const ALLOWED_LITERALS: &[&str] = &[
    "✓", "✗", "–", "—", "…", "•", "·", "|", "/", ":", "!", "→", "←", "▲", "▼", "⚠", "×",
];

/// Calls (functions, methods, macros) whose literal arguments are shown
/// to the user.
const TEXT_CALLS: &[&str] = &[
    "text",
    "button",
    "checkbox",
    "tooltip",
    "text_input",
    "placeholder",
    "title",
    "set_title",
    "label",
    "radio",
    "span",
    "container",
    "center",
    "scrollable",
    "column",
    "row",
    "push",
    "field",
    "heading",
    "note",
];

/// Of [`TEXT_CALLS`], those that are also methods taking user-visible text
/// (`.placeholder("...")`); the others are skipped after a `.` (so
/// `debug_struct(..).field("name", ..)` is not the `field` form helper).
const TEXT_METHODS: &[&str] = &["text", "placeholder", "title", "set_title", "label", "push"];

/// Struct fields that are shown to the user (`title: "..."`).
const TEXT_FIELDS: &[&str] = &["title", "placeholder"];

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    /// A string literal's value (escapes resolved; raw and byte strings too).
    Str(String),
    Punct(char),
    /// Numbers, chars, lifetimes.
    Other,
}

#[derive(Debug, Clone)]
struct Token {
    tok: Tok,
    line: usize,
}

/// A small Rust lexer: enough to find string literals and the calls they
/// are passed to, skipping comments, char literals and lifetimes.
fn lex(src: &str) -> Vec<Token> {
    let c: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut line = 1;
    let at = |i: usize| c.get(i).copied().unwrap_or('\0');
    while i < c.len() {
        let ch = c[i];
        if ch == '\n' {
            line += 1;
            i += 1;
        } else if ch.is_whitespace() {
            i += 1;
        } else if ch == '/' && at(i + 1) == '/' {
            while i < c.len() && c[i] != '\n' {
                i += 1;
            }
        } else if ch == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if c[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if c[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if ch == '"' {
            let start_line = line;
            let (value, next) = read_string(&c, i + 1, &mut line);
            out.push(Token {
                tok: Tok::Str(value),
                line: start_line,
            });
            i = next;
        } else if ch == '\'' {
            // char literal or lifetime
            if at(i + 1) == '\\' {
                let mut j = i + 2;
                while j < c.len() && c[j] != '\'' {
                    j += 1;
                }
                i = j + 1;
            } else if at(i + 2) == '\'' {
                i += 3;
            } else {
                i += 1;
                while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                    i += 1;
                }
            }
            out.push(Token {
                tok: Tok::Other,
                line,
            });
        } else if ch.is_ascii_digit() {
            while i < c.len()
                && (c[i].is_alphanumeric()
                    || c[i] == '_'
                    || (c[i] == '.' && at(i + 1).is_ascii_digit()))
            {
                i += 1;
            }
            out.push(Token {
                tok: Tok::Other,
                line,
            });
        } else if ch.is_alphabetic() || ch == '_' {
            let start = i;
            while i < c.len() && (c[i].is_alphanumeric() || c[i] == '_') {
                i += 1;
            }
            let ident: String = c[start..i].iter().collect();
            let raw = matches!(ident.as_str(), "r" | "br" | "cr");
            if raw && (at(i) == '"' || (at(i) == '#' && (at(i + 1) == '"' || at(i + 1) == '#'))) {
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                i += 1; // opening quote
                let start_line = line;
                let mut value = String::new();
                while i < c.len() {
                    if c[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#') {
                        i += 1 + hashes;
                        break;
                    }
                    if c[i] == '\n' {
                        line += 1;
                    }
                    value.push(c[i]);
                    i += 1;
                }
                out.push(Token {
                    tok: Tok::Str(value),
                    line: start_line,
                });
            } else if matches!(ident.as_str(), "b" | "c") && at(i) == '"' {
                let start_line = line;
                let (value, next) = read_string(&c, i + 1, &mut line);
                out.push(Token {
                    tok: Tok::Str(value),
                    line: start_line,
                });
                i = next;
            } else if ident == "b" && at(i) == '\'' {
                i += 1;
                while i < c.len() && c[i] != '\'' {
                    i += if c[i] == '\\' { 2 } else { 1 };
                }
                i += 1;
                out.push(Token {
                    tok: Tok::Other,
                    line,
                });
            } else {
                out.push(Token {
                    tok: Tok::Ident(ident),
                    line,
                });
            }
        } else {
            out.push(Token {
                tok: Tok::Punct(ch),
                line,
            });
            i += 1;
        }
    }
    out
}

/// Reads a quoted string starting after its opening quote; returns its value
/// and the index after the closing quote.
fn read_string(c: &[char], mut i: usize, line: &mut usize) -> (String, usize) {
    let mut value = String::new();
    while i < c.len() {
        match c[i] {
            '"' => return (value, i + 1),
            '\\' => {
                let next = c.get(i + 1).copied().unwrap_or('\0');
                i += 2;
                match next {
                    'n' => value.push('\n'),
                    't' => value.push('\t'),
                    'r' => value.push('\r'),
                    '0' => value.push('\0'),
                    'u' if c.get(i) == Some(&'{') => {
                        let end = (i..c.len()).find(|&j| c[j] == '}').unwrap_or(c.len());
                        let hex: String = c[i + 1..end].iter().filter(|ch| **ch != '_').collect();
                        if let Some(ch) =
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            value.push(ch);
                        }
                        i = end + 1;
                    }
                    'x' => {
                        let hex: String = c[i..(i + 2).min(c.len())].iter().collect();
                        if let Some(ch) =
                            u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32)
                        {
                            value.push(ch);
                        }
                        i += 2;
                    }
                    '\n' => {
                        // line continuation: skip the newline and leading blanks
                        *line += 1;
                        while i < c.len() && c[i].is_whitespace() {
                            if c[i] == '\n' {
                                *line += 1;
                            }
                            i += 1;
                        }
                    }
                    other => value.push(other),
                }
            }
            ch => {
                if ch == '\n' {
                    *line += 1;
                }
                value.push(ch);
                i += 1;
            }
        }
    }
    (value, i)
}

fn is_punct(tokens: &[Token], i: usize, p: char) -> bool {
    matches!(tokens.get(i), Some(Token { tok: Tok::Punct(c), .. }) if *c == p)
}

fn is_ident(tokens: &[Token], i: usize, name: &str) -> bool {
    matches!(tokens.get(i), Some(Token { tok: Tok::Ident(n), .. }) if n == name)
}

/// Drops items under `#[cfg(test)]` (and `#![cfg(test)]` files); returns
/// the remaining tokens and the names of `#[cfg(test)] mod name;` files.
fn strip_test_code(tokens: Vec<Token>) -> (Vec<Token>, Vec<String>) {
    let mut out = Vec::new();
    let mut test_modules = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((inner, end)) = attribute_at(&tokens, i) {
            if is_test_cfg(&tokens[i..end]) {
                if inner {
                    return (Vec::new(), test_modules); // the whole file is test code
                }
                let mut j = end;
                while let Some((_, next)) = attribute_at(&tokens, j) {
                    j = next;
                }
                if is_ident(&tokens, j, "pub") {
                    j += 1;
                    if is_punct(&tokens, j, '(') {
                        // pub(crate), pub(super)
                        while j < tokens.len() && !is_punct(&tokens, j, ')') {
                            j += 1;
                        }
                        j += 1;
                    }
                }
                if is_ident(&tokens, j, "mod") && is_punct(&tokens, j + 2, ';') {
                    if let Some(Token {
                        tok: Tok::Ident(name),
                        ..
                    }) = tokens.get(j + 1)
                    {
                        test_modules.push(name.clone());
                    }
                }
                i = skip_item(&tokens, j);
                continue;
            }
        }
        out.push(tokens[i].clone());
        i += 1;
    }
    (out, test_modules)
}

/// `#[...]` or `#![...]` at `i`: (is inner, index after the closing `]`).
fn attribute_at(tokens: &[Token], i: usize) -> Option<(bool, usize)> {
    if !is_punct(tokens, i, '#') {
        return None;
    }
    let inner = is_punct(tokens, i + 1, '!');
    let open = if inner { i + 2 } else { i + 1 };
    if !is_punct(tokens, open, '[') {
        return None;
    }
    let mut depth = 0;
    for (j, t) in tokens.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Punct('[') => depth += 1,
            Tok::Punct(']') => {
                depth -= 1;
                if depth == 0 {
                    return Some((inner, j + 1));
                }
            }
            _ => {}
        }
    }
    None
}

fn is_test_cfg(attribute: &[Token]) -> bool {
    let idents: Vec<&str> = attribute
        .iter()
        .filter_map(|t| match &t.tok {
            Tok::Ident(n) => Some(n.as_str()),
            _ => None,
        })
        .collect();
    idents.first() == Some(&"cfg") && idents.contains(&"test") && !idents.contains(&"not")
}

/// Keywords that start an item, whose generics may hold commas.
const ITEM_KEYWORDS: &[&str] = &[
    "fn",
    "mod",
    "impl",
    "struct",
    "enum",
    "union",
    "trait",
    "type",
    "const",
    "static",
    "use",
    "let",
    "macro_rules",
    "async",
    "unsafe",
    "extern",
];

/// The index after the item starting at `i`: its `;`, its closing `}`, or
/// (for a field, argument or arm) the `,` or closing bracket that ends it.
fn skip_item(tokens: &[Token], mut i: usize) -> usize {
    let mut depth = 0usize;
    let comma_ends = !ITEM_KEYWORDS.iter().any(|k| is_ident(tokens, i, k));
    while i < tokens.len() {
        match tokens[i].tok {
            Tok::Punct('{' | '(' | '[') => depth += 1,
            Tok::Punct(close @ ('}' | ')' | ']')) => {
                if depth == 0 {
                    return i; // closes the enclosing item
                }
                depth -= 1;
                if depth == 0 && close == '}' {
                    return i + 1;
                }
            }
            Tok::Punct(';') if depth == 0 => return i + 1,
            Tok::Punct(',') if depth == 0 && comma_ends => return i + 1,
            _ => {}
        }
        i += 1;
    }
    i
}

/// Literal text the user would see, found by [`scan_source`].
#[derive(Debug, Clone, PartialEq)]
struct Violation {
    line: usize,
    call: String,
    literal: String,
}

/// Whether a literal shown as it is would be untranslated text.
fn is_untranslated(shown: &str) -> bool {
    let trimmed = shown.trim();
    !trimmed.is_empty()
        && !ALLOWED_LITERALS.contains(&trimmed)
        && trimmed.chars().any(char::is_alphabetic)
}

/// The literal parts of a `format!` string (without `{...}` arguments).
fn format_literal_parts(format: &str) -> String {
    let mut out = String::new();
    let mut chars = format.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                out.push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push('}');
            }
            '{' => {
                for inner in chars.by_ref() {
                    if inner == '}' {
                        break;
                    }
                }
                out.push(' ');
            }
            _ => out.push(ch),
        }
    }
    out
}

/// Splits the arguments of the call whose opening bracket is at `open` into
/// token ranges, at top-level commas.
fn call_arguments(tokens: &[Token], open: usize) -> Vec<(usize, usize)> {
    let mut args = Vec::new();
    let mut depth = 0usize;
    let mut start = open + 1;
    for (i, t) in tokens.iter().enumerate().skip(open) {
        match t.tok {
            Tok::Punct('(' | '[' | '{') => depth += 1,
            Tok::Punct(')' | ']' | '}') => {
                depth -= 1;
                if depth == 0 {
                    if start < i {
                        args.push((start, i));
                    }
                    break;
                }
            }
            Tok::Punct(',') if depth == 1 => {
                args.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    args
}

/// The text an argument shows if it is written in the code: a literal
/// (maybe behind `&`, `.into()`, `.to_string()`), `String::from("...")`,
/// or the literal parts of `format!("...")`.
fn literal_argument(tokens: &[Token], mut start: usize, end: usize) -> Option<String> {
    while start < end && is_punct(tokens, start, '&') {
        start += 1;
    }
    match &tokens.get(start)?.tok {
        Tok::Str(s) => Some(s.clone()),
        Tok::Ident(name) if name == "format" && is_punct(tokens, start + 1, '!') => {
            match &tokens.get(start + 3)?.tok {
                Tok::Str(s) => Some(format_literal_parts(s)),
                _ => None,
            }
        }
        Tok::Ident(name)
            if name == "String"
                && is_punct(tokens, start + 1, ':')
                && is_ident(tokens, start + 3, "from") =>
        {
            match &tokens.get(start + 5)?.tok {
                Tok::Str(s) => Some(s.clone()),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Finds user-visible text written in Rust source instead of taken from
/// the catalog. Code under `#[cfg(test)]` is skipped.
fn scan_source(src: &str) -> Vec<Violation> {
    let (tokens, _) = strip_test_code(lex(src));
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let Tok::Ident(name) = &tokens[i].tok else {
            continue;
        };
        // `fn text(` defines rather than calls; `foo::text` and `.text` call.
        if i > 0 && is_ident(&tokens, i - 1, "fn") {
            continue;
        }
        if TEXT_FIELDS.contains(&name.as_str())
            && is_punct(&tokens, i + 1, ':')
            && !is_punct(&tokens, i + 2, ':')
        {
            if let Some(Token {
                tok: Tok::Str(s),
                line,
            }) = tokens.get(i + 2)
            {
                if is_untranslated(s) {
                    found.push(Violation {
                        line: *line,
                        call: format!("{name}:"),
                        literal: s.clone(),
                    });
                }
            }
            continue;
        }
        if !TEXT_CALLS.contains(&name.as_str()) {
            continue;
        }
        if i > 0 && is_punct(&tokens, i - 1, '.') && !TEXT_METHODS.contains(&name.as_str()) {
            continue;
        }
        let is_macro = is_punct(&tokens, i + 1, '!');
        let open = if is_macro { i + 2 } else { i + 1 };
        let bracket_ok = is_punct(&tokens, open, '(') || (is_macro && is_punct(&tokens, open, '['));
        if !bracket_ok {
            continue;
        }
        for (n, (start, end)) in call_arguments(&tokens, open).into_iter().enumerate() {
            let shown = if is_macro && name == "text" && n == 0 {
                // iced's text!("...", args) is format!
                match &tokens[start].tok {
                    Tok::Str(s) => Some(format_literal_parts(s)),
                    _ => None,
                }
            } else {
                literal_argument(&tokens, start, end)
            };
            if let Some(shown) = shown {
                if is_untranslated(&shown) {
                    found.push(Violation {
                        line: tokens[start].line,
                        call: format!("{name}{}", if is_macro { "!" } else { "" }),
                        literal: shown,
                    });
                }
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(|e| e.ok()) {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The directory holding the child modules of a module file.
fn module_dir(file: &Path) -> PathBuf {
    let stem = file.file_stem().unwrap_or_default();
    if stem == "mod" || stem == "lib" || stem == "main" {
        file.parent().unwrap().to_path_buf()
    } else {
        file.with_extension("")
    }
}

#[test]
fn gui_code_shows_no_text_outside_the_catalog() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![src.join("ui.rs")];
    rust_files(&src.join("ui"), &mut files);
    files.sort();

    // Files of `#[cfg(test)] mod x;` (and everything under them) are tests.
    let mut test_paths: Vec<PathBuf> = Vec::new();
    let mut sources = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        let (_, test_modules) = strip_test_code(lex(&text));
        let dir = module_dir(file);
        for name in test_modules {
            test_paths.push(dir.join(format!("{name}.rs")));
            test_paths.push(dir.join(&name));
        }
        sources.push((file.clone(), text));
    }

    let mut violations = Vec::new();
    let mut scanned = 0;
    for (file, text) in &sources {
        if test_paths.iter().any(|t| file.starts_with(t)) {
            continue;
        }
        scanned += 1;
        let shown = file
            .strip_prefix(env!("CARGO_MANIFEST_DIR"))
            .unwrap_or(file);
        for v in scan_source(text) {
            violations.push(format!(
                "{}:{}: {}({:?}) shows untranslated text; use fl!(\"...\")",
                shown.display(),
                v.line,
                v.call,
                v.literal
            ));
        }
    }
    assert!(
        scanned >= 5,
        "found only {scanned} GUI source files under {}",
        src.display()
    );
    assert!(
        violations.is_empty(),
        "user-visible text written in the GUI code instead of i18n/en/postern.ftl:\n  {}",
        violations.join("\n  ")
    );
}

#[test]
fn the_gui_scan_finds_untranslated_text() {
    let sample = r##"
use iced::widget::{button, checkbox, column, text, text_input, tooltip};

fn text(label: &str) {}

fn view(n: usize) {
    let fine = column![
        text(fl!("wizard-next")),
        button(text(fl!("wizard-back"))),
        text("✓"),
        text("–"),
        text(" • "),
        text(format!("{n} ({})", n)),
        text_input("", &value),
        text_input(&fl!("inbox-search-placeholder"), &value),
        text(label.clone()),
    ];
    // text("Only in a comment")
    /* button("Nor in a block comment") */
    let quote = '"';
    let life: &'static str = "tracing::warn! is not shown";
    tracing::warn!("cannot read a password: {e}");
    f.debug_struct("Inbox").field("mailbox", &self.mailbox);
    let bad = column![
        text("Hello"),
        button("Save"),
        text(format!("{} messages", n)),
        text_input("Search mail", &value),
        text_input("", &value).placeholder("Type here"),
        checkbox(true).label("Remember me"),
        tooltip(icon, "Deceptive link", Position::Bottom),
        iced::widget::text(String::from("Plain")),
        text(r#"Raw "quoted" text"#),
        text("Escaped \u{41}"),
        text!("{} new", n),
        "Bare label",
        field("Your name", input, None),
    ];
}

#[cfg(test)]
mod tests {
    fn view() {
        let _ = text("Only in tests");
        let _ = button("Also test code");
    }
}

#[cfg(test)]
pub fn test_helper() -> Element<'static, ()> {
    text("Test helper").into()
}

fn after_tests() {
    let _ = title("Window title");
    let _ = window::Settings { title: "Field title", ..Default::default() };
}
"##;
    let mut found: Vec<(String, String)> = scan_source(sample)
        .into_iter()
        .map(|v| (v.call, v.literal))
        .collect();
    let mut expected: Vec<(String, String)> = [
        ("text", "Hello"),
        ("button", "Save"),
        ("text", "  messages"),
        ("text_input", "Search mail"),
        ("placeholder", "Type here"),
        ("label", "Remember me"),
        ("tooltip", "Deceptive link"),
        ("text", "Plain"),
        ("text", "Raw \"quoted\" text"),
        ("text", "Escaped A"),
        ("text!", "  new"),
        ("column!", "Bare label"),
        ("field", "Your name"),
        ("title", "Window title"),
        ("title:", "Field title"),
    ]
    .iter()
    .map(|(c, l)| (c.to_string(), l.to_string()))
    .collect();
    found.sort();
    expected.sort();
    assert_eq!(found, expected);

    // Line numbers point at the literal.
    let v = scan_source("fn a() {}\n\nfn b() {\n    text(\"Oops\")\n}\n");
    assert_eq!(
        v,
        vec![Violation {
            line: 4,
            call: "text".into(),
            literal: "Oops".into()
        }]
    );

    // `#[cfg(test)] mod name;` is reported so that its file is skipped.
    let (_, test_modules) = strip_test_code(lex("#[cfg(test)]\nmod tests;\nmod inbox;\n"));
    assert_eq!(test_modules, vec!["tests".to_string()]);
}
