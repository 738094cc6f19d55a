//! HTML to readable text, bounded in size and time.
//!
//! The input is cut to the byte budget first, then html2text converts it on
//! a helper thread; if that takes longer than the time budget, panics or
//! cannot start, a crude linear tag stripper produces the text instead.
//! Either way the output is plain text: images become their alt text (never
//! their address) and every link shows its real target after its text.

use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use html2text::config::ImageRenderMode;
use html2text::render::TextDecorator;

use super::{clean_inline, Link, RenderBudget};

/// Wrap width of the converted text.
const WIDTH: usize = 100;

/// Conversions still running (a timed-out one cannot be stopped); past this
/// many, new ones go straight to the crude stripper.
const MAX_HELPERS: usize = 2;

/// Deeply nested HTML needs a deep stack; the helper thread has its own.
const HELPER_STACK: usize = 64 * 1024 * 1024;

static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The text of an HTML body.
#[derive(Debug, Default)]
pub(super) struct Converted {
    pub text: String,
    pub links: Vec<Link>,
    /// The input was cut to the byte budget.
    pub input_truncated: bool,
    /// html2text did not finish in time (or failed): crude text instead.
    pub fallback: bool,
}

/// Converts `html` within `budget`.
pub(super) fn to_text(html: &str, budget: &RenderBudget) -> Converted {
    let (input, input_truncated) = cut_str(html, budget.max_input_bytes);
    let mut converted = convert_bounded(input, budget).unwrap_or_else(|| {
        let (text, links) = crude(input);
        Converted {
            text,
            links,
            input_truncated: false,
            fallback: true,
        }
    });
    converted.input_truncated = input_truncated;
    converted
}

/// Runs html2text on a helper thread and waits at most the time budget.
fn convert_bounded(input: &str, budget: &RenderBudget) -> Option<Converted> {
    if RUNNING.fetch_add(1, Ordering::SeqCst) >= MAX_HELPERS {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return None;
    }
    // Leave a fifth of the budget for the crude fallback.
    let wait = Duration::from_millis(budget.max_millis.saturating_sub(budget.max_millis / 5));
    let owned = input.to_owned();
    let (tx, rx) = mpsc::sync_channel(1);
    let spawned = thread::Builder::new()
        .name("postern-html".into())
        .stack_size(HELPER_STACK)
        .spawn(move || {
            struct Running;
            impl Drop for Running {
                fn drop(&mut self) {
                    RUNNING.fetch_sub(1, Ordering::SeqCst);
                }
            }
            let _running = Running;
            let result = panic::catch_unwind(AssertUnwindSafe(|| convert(&owned)));
            let _ = tx.send(result.ok().flatten());
        });
    if spawned.is_err() {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        return None;
    }
    rx.recv_timeout(wait).ok().flatten()
}

/// Marks spans of text that belong to a link.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
enum Mark {
    #[default]
    Plain,
    Link(String),
}

/// Plain text, links followed by their real target, images by their alt
/// text only.
#[derive(Debug, Clone, Default)]
struct Decorator {
    open_links: Vec<String>,
}

impl TextDecorator for Decorator {
    type Annotation = Mark;

    fn decorate_link_start(&mut self, url: &str) -> (String, Mark) {
        let url = clean_inline(url, 2000);
        self.open_links.push(url.clone());
        (String::new(), Mark::Link(url))
    }

    fn decorate_link_end(&mut self) -> String {
        match self.open_links.pop() {
            Some(url) if !url.is_empty() => format!(" [{url}]"),
            _ => String::new(),
        }
    }

    fn decorate_em_start(&self) -> (String, Mark) {
        (String::new(), Mark::Plain)
    }

    fn decorate_em_end(&self) -> String {
        String::new()
    }

    fn decorate_strong_start(&self) -> (String, Mark) {
        (String::new(), Mark::Plain)
    }

    fn decorate_strong_end(&self) -> String {
        String::new()
    }

    fn decorate_strikeout_start(&self) -> (String, Mark) {
        (String::new(), Mark::Plain)
    }

    fn decorate_strikeout_end(&self) -> String {
        String::new()
    }

    fn decorate_code_start(&self) -> (String, Mark) {
        (String::new(), Mark::Plain)
    }

    fn decorate_code_end(&self) -> String {
        String::new()
    }

    fn decorate_preformat_first(&self) -> Mark {
        Mark::Plain
    }

    fn decorate_preformat_cont(&self) -> Mark {
        Mark::Plain
    }

    fn decorate_image(&mut self, _src: &str, title: &str) -> (String, Mark) {
        let title = clean_inline(title, 200);
        if title.is_empty() {
            (String::new(), Mark::Plain)
        } else {
            (format!("[image: {title}]"), Mark::Plain)
        }
    }

    fn header_prefix(&self, level: usize) -> String {
        "#".repeat(level) + " "
    }

    fn quote_prefix(&self) -> String {
        "> ".to_string()
    }

    fn unordered_item_prefix(&self) -> String {
        "* ".to_string()
    }

    fn ordered_item_prefix(&self, i: i64) -> String {
        format!("{i}. ")
    }

    fn make_subblock_decorator(&self) -> Self {
        Decorator::default()
    }

    fn finalise(&mut self, _urls: Vec<String>) -> Vec<html2text::render::TaggedLine<Mark>> {
        Vec::new()
    }
}

fn convert(html: &str) -> Option<Converted> {
    // Mail uses tables for layout, not data: each cell reads as its own
    // paragraph, without box-drawing borders squeezing text into columns.
    let lines = html2text::config::with_decorator(Decorator::default())
        .raw_mode(true)
        .link_footnotes(false)
        .empty_img_mode(ImageRenderMode::IgnoreEmpty)
        .lines_from_read(html.as_bytes(), WIDTH)
        .ok()?;
    let mut text = String::new();
    let mut links = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in &lines {
        for piece in line.tagged_strings() {
            text.push_str(&piece.s);
            let url = piece.tag.iter().rev().find_map(|m| match m {
                Mark::Link(url) => Some(url),
                Mark::Plain => None,
            });
            match (url, current.as_mut()) {
                (Some(url), Some((open, words))) if open == url => words.push_str(&piece.s),
                (Some(url), _) => {
                    finish_link(current.take(), &mut links);
                    current = Some((url.clone(), piece.s.clone()));
                }
                (None, _) => finish_link(current.take(), &mut links),
            }
        }
        text.push('\n');
        if let Some((_, words)) = current.as_mut() {
            words.push(' ');
        }
    }
    finish_link(current, &mut links);
    Some(Converted {
        text,
        links,
        input_truncated: false,
        fallback: false,
    })
}

/// Records a link run; its text ends with the " [target]" suffix the
/// decorator added, which is not part of the anchor text.
fn finish_link(run: Option<(String, String)>, links: &mut Vec<Link>) {
    let Some((target, words)) = run else {
        return;
    };
    let words = words.trim();
    let suffix = format!("[{target}]");
    let anchor = match words.strip_suffix(&suffix) {
        Some(anchor) => anchor,
        None => words.rfind(" [").map_or(words, |i| &words[..i]),
    };
    links.push(Link::new(clean_inline(anchor, 2000), target));
}

/// `text` cut to at most `max` bytes at a character boundary.
pub(super) fn cut_str(text: &str, max: usize) -> (&str, bool) {
    if text.len() <= max {
        return (text, false);
    }
    let mut end = max;
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    (&text[..end], true)
}

/// A linear, crude HTML to text: tags dropped, `script`/`style`/`head`
/// content dropped, block tags become line breaks, common entities decoded,
/// and each `<a href>` followed by its target in brackets.
pub(super) fn crude(html: &str) -> (String, Vec<Link>) {
    let mut out = String::with_capacity(html.len() / 2);
    let mut links = Vec::new();
    let mut open: Vec<(String, usize)> = Vec::new();
    let mut skip_until: Option<&'static str> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let Some(start) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..start]);
        }
        let after = &rest[start + 1..];
        let (tag, next) = if let Some(comment) = after.strip_prefix("!--") {
            match comment.find("-->") {
                Some(end) => ("", &comment[end + 3..]),
                None => ("", ""),
            }
        } else {
            match after.find('>') {
                Some(end) => (&after[..end], &after[end + 1..]),
                None => ("", ""),
            }
        };
        rest = next;
        let name: String = tag
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if let Some(until) = skip_until {
            if name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" => skip_until = Some("/script"),
            "style" => skip_until = Some("/style"),
            "head" => skip_until = Some("/head"),
            "title" => skip_until = Some("/title"),
            "a" => {
                if let Some(href) = attribute(tag, "href") {
                    open.push((clean_inline(&decode_entities(&href), 2000), out.len()));
                }
            }
            "/a" => {
                if let Some((target, from)) = open.pop() {
                    let anchor = clean_inline(out.get(from..).unwrap_or_default(), 2000);
                    if !target.is_empty() {
                        out.push_str(&format!(" [{target}]"));
                    }
                    links.push(Link::new(anchor, target));
                }
            }
            "br" | "p" | "/p" | "div" | "/div" | "tr" | "/tr" | "li" | "h1" | "h2" | "h3"
            | "h4" | "h5" | "h6" | "/h1" | "/h2" | "/h3" | "/h4" | "/h5" | "/h6" | "table"
            | "/table" | "blockquote" | "/blockquote" => out.push('\n'),
            "td" | "th" => out.push(' '),
            "img" => {
                if let Some(alt) = attribute(tag, "alt") {
                    let alt = clean_inline(&decode_entities(&alt), 200);
                    if !alt.is_empty() {
                        out.push_str(&format!("[image: {alt}]"));
                    }
                }
            }
            _ => {}
        }
    }
    (out, links)
}

/// Appends text with whitespace runs collapsed to one space (line breaks
/// come from tags) and entities decoded.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_entities(text);
    for c in decoded.chars() {
        if c.is_whitespace() {
            if !out.ends_with([' ', '\n']) && !out.is_empty() {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

/// The value of attribute `name` in the inside of a tag, crudely.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(pos) = lower[from..].find(name) {
        let at = from + pos;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let value_start = tag.len() - rest.len() + 1;
        let value = tag[value_start..].trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or_default().to_owned(),
            _ => value
                .split(|c: char| c.is_whitespace())
                .next()
                .unwrap_or_default()
                .to_owned(),
        });
    }
    None
}

/// Decodes the common named entities and numeric references.
fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| {
            let entity = &after[..end];
            let c = match entity {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => entity.strip_prefix('#').and_then(|num| {
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => num.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                }),
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_show_their_real_target() {
        let c = convert(
            "<p>Pay at <a href=\"https://evil.test/\">https://bank.test/</a> now. \
             <img src=\"http://tracker.test/p.gif\"><img src=\"http://x.test/l.png\" alt=\"Logo\"></p>",
        )
        .unwrap_or_default();
        assert!(
            c.text.contains("https://bank.test/ [https://evil.test/]"),
            "{}",
            c.text
        );
        assert!(c.text.contains("[image: Logo]"));
        assert!(!c.text.contains("tracker.test") && !c.text.contains("x.test"));
        assert_eq!(c.links.len(), 1);
        assert_eq!(c.links[0].text, "https://bank.test/");
        assert_eq!(c.links[0].target, "https://evil.test/");
        assert!(c.links[0].deceptive);
    }

    #[test]
    fn crude_strips_tags_and_keeps_targets() {
        let (text, links) = crude(
            "<html><head><title>T</title><style>p{}</style></head><body><script>x()</script>\
             <p>Hello &amp; <a class=x href='https://real.test/a?b=1&amp;c=2'>click   here</a></p>\
             <img alt=\"Logo\" src=\"http://remote.test/i.png\"><!-- <b>hidden</b> --></body>",
        );
        assert!(
            text.contains("Hello & click here [https://real.test/a?b=1&c=2]"),
            "{text:?}"
        );
        assert!(text.contains("[image: Logo]"));
        assert!(!text.contains("x()") && !text.contains("p{}") && !text.contains("hidden"));
        assert!(!text.contains("remote.test"));
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].text, "click here");
        assert!(!links[0].deceptive);
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a&lt;b&#62;&#x41;&bogus;&"),
            "a<b>A&bogus;&"
        );
    }

    #[test]
    fn cut_at_char_boundary() {
        assert_eq!(cut_str("héllo", 2), ("h", true));
        assert_eq!(cut_str("abc", 5), ("abc", false));
    }
}
