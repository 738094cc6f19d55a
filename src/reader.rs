//! The reader's core: one stored message turned into what the Reader
//! screen shows, without any network access and without ever failing.
//!
//! [`render`] parses the raw bytes with mail-parser inside `catch_unwind`,
//! then: headers are decoded and cleaned of control and bidi characters,
//! the sender's display name is checked against the real address, the body
//! is the text/plain part or else the HTML part turned into text within a
//! [`RenderBudget`] (links show their real target, images their alt text
//! only), and attachments are listed with sanitised file names. A message
//! mail-parser cannot read still renders from a crude reading of its
//! headers with the raw text as body (`parse_ok: false`).
//!
//! [`attachment_bytes`] and [`save_attachment`] then save a chosen
//! attachment atomically; [`source`] is the bounded "View source" text.

mod file;
mod html;

use std::panic::{self, AssertUnwindSafe};

use mail_parser::{Address, Message, MessageParser, MimeHeaders, PartType};

pub use file::{
    attachment_file_name, extension_for, sanitize_filename, save_attachment, MAX_NAME_BYTES,
};

/// Longest header value shown, in characters.
const MAX_HEADER_CHARS: usize = 2000;

/// Most recipients listed per header.
const MAX_RECIPIENTS: usize = 500;

/// Most links listed.
const MAX_LINKS: usize = 1000;

/// "View source" shows at most this many bytes.
pub const MAX_SOURCE_BYTES: usize = 4 * 1024 * 1024;

/// Limits on turning a body into text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RenderBudget {
    /// HTML beyond this many bytes is cut off before conversion.
    pub max_input_bytes: usize,
    /// The body text is cut to this many characters.
    pub max_output_chars: usize,
    /// HTML conversion taking longer falls back to crude tag stripping.
    pub max_millis: u64,
}

impl Default for RenderBudget {
    fn default() -> Self {
        RenderBudget {
            max_input_bytes: 2 * 1024 * 1024,
            max_output_chars: 1_000_000,
            max_millis: 2000,
        }
    }
}

/// A name and an address, both decoded and cleaned for display.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mailbox {
    pub name: String,
    pub addr: String,
}

impl Mailbox {
    /// `Name <addr>`, or whichever of the two exists.
    pub fn display(&self) -> String {
        match (self.name.is_empty(), self.addr.is_empty()) {
            (false, false) => format!("{} <{}>", self.name, self.addr),
            (true, _) => self.addr.clone(),
            (false, true) => self.name.clone(),
        }
    }

    /// The display name contains an e-mail address other than the real
    /// one: `"paypal@paypal.com" <evil@x.test>`.
    pub fn name_poses_as_other_address(&self) -> bool {
        let real = self.addr.to_lowercase();
        addresses_in(&self.name).any(|a| a != real)
    }
}

/// Address-like words in a display name, lower-cased.
fn addresses_in(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| c.is_whitespace() || "\"'<>()[]{},;:".contains(c))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            w.split_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && !domain.is_empty())
        })
        .map(str::to_lowercase)
}

/// Which part the body text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodyKind {
    /// A text/plain part.
    Plain,
    /// An HTML part converted to text.
    Html,
    /// The message has no text part.
    Empty,
    /// The raw message text (it could not be parsed).
    Raw,
}

/// A link in the body: what it says and where it really goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub text: String,
    pub target: String,
    /// The text looks like a web address or domain on another host than
    /// the target.
    pub deceptive: bool,
}

impl Link {
    pub fn new(text: String, target: String) -> Link {
        let deceptive = looks_deceptive(&text, &target);
        Link {
            text,
            target,
            deceptive,
        }
    }
}

/// The host of a URL-ish text (`https://a.b/c`, `www.a.b`, `a.b/c`).
fn host_of(text: &str) -> Option<String> {
    let text = text.trim().to_lowercase();
    let rest = match text.split_once("://") {
        Some((scheme, rest)) if scheme.chars().all(|c| c.is_ascii_alphanumeric()) => rest,
        Some(_) => return None,
        None => text.as_str(),
    };
    let host = rest
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default()
        .rsplit('@')
        .next()
        .unwrap_or_default();
    let host = host.split(':').next().unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let plausible = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
    plausible.then(|| host.to_owned())
}

fn looks_deceptive(text: &str, target: &str) -> bool {
    if text.contains(char::is_whitespace) {
        return false;
    }
    match (host_of(text), host_of(target)) {
        (Some(shown), Some(real)) => shown != real,
        (Some(_), None) => !target.to_lowercase().starts_with("mailto:"),
        _ => false,
    }
}

/// A part the user can save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// Pass to [`attachment_bytes`].
    pub index: usize,
    /// The decoded name as sent, cleaned for display only (control and
    /// bidi characters removed); may be empty.
    pub name: String,
    /// The name to offer in the save dialog.
    pub file_name: String,
    /// Lower-case `type/subtype`.
    pub mime_type: String,
    /// Decoded size in bytes.
    pub size: u64,
    /// Shown inline by its sender (e.g. an image in an HTML body).
    pub inline: bool,
}

/// A message ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub from: Vec<Mailbox>,
    /// A `From` display name contains an address other than its real one.
    pub from_name_misleading: bool,
    pub to: Vec<Mailbox>,
    pub cc: Vec<Mailbox>,
    pub reply_to: Vec<Mailbox>,
    /// The `Date` header, unix seconds.
    pub date: Option<i64>,
    pub subject: String,
    pub body: String,
    pub body_kind: BodyKind,
    /// The body was cut to the budget.
    pub body_truncated: bool,
    /// HTML conversion ran out of time or failed; the body was stripped
    /// of tags crudely.
    pub html_fallback: bool,
    /// The message also has an HTML version.
    pub has_html: bool,
    pub links: Vec<Link>,
    pub attachments: Vec<Attachment>,
    /// mail-parser understood the message.
    pub parse_ok: bool,
}

/// Renders a stored message. Never panics, never fails.
pub fn render(raw: &[u8], budget: RenderBudget) -> Rendered {
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
        let message = MessageParser::default().parse(raw)?;
        if !has_real_header(&message, raw) {
            return None;
        }
        Some(render_parsed(&message, raw, &budget))
    }));
    match parsed {
        Ok(Some(rendered)) => rendered,
        _ => render_crude(raw, &budget),
    }
}

/// The decoded bytes of the attachment at `index` (see
/// [`Attachment::index`]), or `None` if there is no such attachment.
/// Text attachments come back as UTF-8.
pub fn attachment_bytes(raw: &[u8], index: usize) -> Option<Vec<u8>> {
    panic::catch_unwind(AssertUnwindSafe(|| {
        let message = MessageParser::default().parse(raw)?;
        let id = u32::try_from(index).ok()?;
        if !message.attachments.contains(&id) {
            return None;
        }
        Some(message.parts.get(index)?.contents().to_vec())
    }))
    .ok()
    .flatten()
}

/// The raw message as text for "View source": lossy UTF-8, at most
/// [`MAX_SOURCE_BYTES`], with control and bidi characters shown as
/// `<U+XXXX>` so nothing is hidden or reordered.
pub fn source(raw: &[u8]) -> String {
    let shown = &raw[..raw.len().min(MAX_SOURCE_BYTES)];
    let text = String::from_utf8_lossy(shown);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\n' | '\t') {
            out.push(c);
        } else if c == '\r' {
            continue;
        } else if is_hidden_char(c) {
            out.push_str(&format!("<U+{:04X}>", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    if raw.len() > shown.len() {
        out.push_str(&format!(
            "\n[... {} more bytes not shown]\n",
            raw.len() - shown.len()
        ));
    }
    out
}

/// Control characters, bidi embeddings/overrides/isolates and marks,
/// zero-width characters: nothing that should be in a displayed header.
pub(crate) fn is_hidden_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200B}'..='\u{200F}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
                | '\u{061C}'
                | '\u{FEFF}'
        )
}

/// One line of display text: hidden characters dropped (whitespace ones
/// become a space), whitespace collapsed, at most `max_chars` characters.
pub(crate) fn clean_inline(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if is_hidden_char(c) {
            continue;
        }
        if count >= max_chars {
            break;
        }
        if space {
            out.push(' ');
            count += 1;
            space = false;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// Body text: line endings normalised, control characters other than tab
/// and newline dropped, at most `max_chars` characters.
fn clean_body(text: &str, max_chars: usize) -> (String, bool) {
    let mut out = String::with_capacity(text.len().min(max_chars));
    let mut count = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    continue;
                }
                '\n'
            }
            '\n' | '\t' => c,
            c if c.is_control() => continue,
            c => c,
        };
        if count >= max_chars {
            return (out, true);
        }
        out.push(c);
        count += 1;
    }
    (out, false)
}

/// mail-parser turns any first line into a header; a message counts as
/// parsed only if at least one header has a proper `name:` form.
fn has_real_header(message: &Message<'_>, raw: &[u8]) -> bool {
    message.headers().iter().any(|h| {
        let name = h.name.as_str();
        let name_ok =
            !name.is_empty() && name.bytes().all(|b| (33..=126).contains(&b) && b != b':');
        let start = usize::try_from(h.offset_field).unwrap_or(usize::MAX);
        let end = usize::try_from(h.offset_start).unwrap_or(0);
        name_ok && raw.get(start..end).is_some_and(|s| s.contains(&b':'))
    })
}

fn mailboxes(address: Option<&Address<'_>>) -> Vec<Mailbox> {
    let Some(address) = address else {
        return Vec::new();
    };
    address
        .iter()
        .map(|a| Mailbox {
            name: clean_inline(a.name().unwrap_or_default(), MAX_HEADER_CHARS),
            addr: clean_inline(a.address().unwrap_or_default(), MAX_HEADER_CHARS),
        })
        .filter(|m| !m.name.is_empty() || !m.addr.is_empty())
        .take(MAX_RECIPIENTS)
        .collect()
}

fn render_parsed(message: &Message<'_>, raw: &[u8], budget: &RenderBudget) -> Rendered {
    let from = mailboxes(message.from());
    let from_name_misleading = from.iter().any(Mailbox::name_poses_as_other_address);
    let part_text = |id: &u32, html: bool| {
        let part = message.parts.get(usize::try_from(*id).ok()?)?;
        match (&part.body, html) {
            (PartType::Text(text), false) | (PartType::Html(text), true) => Some(text.as_ref()),
            _ => None,
        }
    };
    let plain: Vec<&str> = message
        .text_body
        .iter()
        .filter_map(|id| part_text(id, false))
        .collect();
    let html: Vec<&str> = message
        .html_body
        .iter()
        .filter_map(|id| part_text(id, true))
        .collect();
    let mut rendered = Rendered {
        from,
        from_name_misleading,
        to: mailboxes(message.to()),
        cc: mailboxes(message.cc()),
        reply_to: mailboxes(message.reply_to()),
        date: message
            .date()
            .filter(|d| d.is_valid())
            .map(|d| d.to_timestamp()),
        subject: clean_inline(message.subject().unwrap_or_default(), MAX_HEADER_CHARS),
        body: String::new(),
        body_kind: BodyKind::Empty,
        body_truncated: false,
        html_fallback: false,
        has_html: !html.is_empty(),
        links: Vec::new(),
        attachments: attachments(message),
        parse_ok: true,
    };
    if !plain.is_empty() {
        let joined = plain.join("\n\n");
        let (body, cut) = clean_body(&joined, budget.max_output_chars);
        rendered.links = text_links(&body);
        rendered.body = body;
        rendered.body_truncated = cut;
        rendered.body_kind = BodyKind::Plain;
    } else if !html.is_empty() {
        let converted = html::to_text(&html.join("\n<hr>\n"), budget);
        let (body, cut) = clean_body(&converted.text, budget.max_output_chars);
        rendered.body = body.trim_end().to_owned();
        rendered.body_truncated = cut || converted.input_truncated;
        rendered.html_fallback = converted.fallback;
        rendered.links = converted.links;
        rendered.links.truncate(MAX_LINKS);
        rendered.body_kind = BodyKind::Html;
    } else if is_multipart(message) && !message.parts.first().is_some_and(|p| p.is_multipart()) {
        // A multipart whose boundary never appears: mail-parser offers the
        // whole body as one attachment. Show it as text instead.
        let (_, body) = split_head(raw);
        let (text, cut) = clean_body(&String::from_utf8_lossy(body), budget.max_output_chars);
        if !text.trim().is_empty() {
            rendered.body = text;
            rendered.body_truncated = cut;
            rendered.body_kind = BodyKind::Raw;
            rendered.parse_ok = false;
            rendered.attachments.clear();
        }
    }
    rendered
}

fn is_multipart(message: &Message<'_>) -> bool {
    message
        .content_type()
        .is_some_and(|ct| ct.c_type.eq_ignore_ascii_case("multipart"))
}

fn attachments(message: &Message<'_>) -> Vec<Attachment> {
    message
        .attachments
        .iter()
        .filter_map(|&id| {
            let index = usize::try_from(id).ok()?;
            let part = message.parts.get(index)?;
            let mime_type = part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{}", ct.ctype(), sub),
                    None => ct.ctype().to_owned(),
                })
                .unwrap_or_else(|| match part.body {
                    PartType::Message(_) => "message/rfc822".to_owned(),
                    PartType::Text(_) => "text/plain".to_owned(),
                    PartType::Html(_) => "text/html".to_owned(),
                    _ => "application/octet-stream".to_owned(),
                })
                .to_ascii_lowercase();
            let sent_name = part.attachment_name().unwrap_or_default();
            let name_for_file = match (sent_name.is_empty(), part.message()) {
                (true, Some(inner)) => inner.subject().unwrap_or_default(),
                _ => sent_name,
            };
            let inline = part
                .content_disposition()
                .is_some_and(|d| d.ctype().eq_ignore_ascii_case("inline"));
            Some(Attachment {
                index,
                name: clean_inline(sent_name, MAX_HEADER_CHARS),
                file_name: attachment_file_name(name_for_file, &mime_type),
                size: u64::try_from(part.len()).unwrap_or(u64::MAX),
                mime_type: clean_inline(&mime_type, 200),
                inline,
            })
        })
        .collect()
}

/// Web and mail addresses written out in plain text.
fn text_links(body: &str) -> Vec<Link> {
    let mut links = Vec::new();
    for word in body.split(|c: char| c.is_whitespace() || "<>\"'()[]".contains(c)) {
        let lower = word.to_ascii_lowercase();
        if lower.starts_with("http://") || lower.starts_with("https://") {
            let url = word.trim_end_matches(['.', ',', ';', ':', '!', '?']);
            links.push(Link::new(url.to_owned(), url.to_owned()));
            if links.len() >= MAX_LINKS {
                break;
            }
        }
    }
    links
}

/// Splits raw bytes at the first empty line into header and body.
fn split_head(raw: &[u8]) -> (&[u8], &[u8]) {
    for i in 0..raw.len() {
        let rest = &raw[i..];
        if rest.starts_with(b"\r\n\r\n") {
            return (&raw[..i], &raw[i + 4..]);
        }
        if rest.starts_with(b"\n\n") {
            return (&raw[..i], &raw[i + 2..]);
        }
    }
    (raw, &[])
}

/// Unfolded `name: value` header lines, read crudely.
fn crude_headers(head: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(&head[..head.len().min(256 * 1024)]);
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        match line.split_once(':') {
            Some((name, value))
                if !name.is_empty()
                    && name.bytes().all(|b| (33..=126).contains(&b) && b != b':') =>
            {
                headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
            }
            // Not a header: the message has no header block to speak of.
            _ => break,
        }
    }
    headers
}

/// `Name <addr>` or `addr`, crudely.
fn crude_mailbox(value: &str) -> Mailbox {
    let value = clean_inline(value, MAX_HEADER_CHARS);
    match (value.find('<'), value.rfind('>')) {
        (Some(start), Some(end)) if start < end => Mailbox {
            name: clean_inline(value[..start].trim().trim_matches('"'), MAX_HEADER_CHARS),
            addr: clean_inline(&value[start + 1..end], MAX_HEADER_CHARS),
        },
        _ if value.contains('@') => Mailbox {
            name: String::new(),
            addr: value,
        },
        _ => Mailbox {
            name: value,
            addr: String::new(),
        },
    }
}

fn render_crude(raw: &[u8], budget: &RenderBudget) -> Rendered {
    let (head, body) = split_head(raw);
    let headers = crude_headers(head);
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let list = |name: &str| -> Vec<Mailbox> {
        find(name)
            .map(|v| {
                v.split(',')
                    .map(crude_mailbox)
                    .filter(|m| !m.name.is_empty() || !m.addr.is_empty())
                    .take(MAX_RECIPIENTS)
                    .collect()
            })
            .unwrap_or_default()
    };
    let from = list("from");
    // Without a header block, everything is body.
    let body = if headers.is_empty() { raw } else { body };
    let (body, body_truncated) =
        clean_body(&String::from_utf8_lossy(body), budget.max_output_chars);
    Rendered {
        from_name_misleading: from.iter().any(Mailbox::name_poses_as_other_address),
        from,
        to: list("to"),
        cc: list("cc"),
        reply_to: list("reply-to"),
        date: None,
        subject: find("subject")
            .map(|s| clean_inline(s, MAX_HEADER_CHARS))
            .unwrap_or_default(),
        links: text_links(&body),
        body,
        body_kind: BodyKind::Raw,
        body_truncated,
        html_fallback: false,
        has_html: false,
        attachments: Vec::new(),
        parse_ok: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_posing_as_address() {
        let m = Mailbox {
            name: "paypal@paypal.com".into(),
            addr: "evil@x.test".into(),
        };
        assert!(m.name_poses_as_other_address());
        let honest = Mailbox {
            name: "Alice (alice@example.com)".into(),
            addr: "Alice@Example.com".into(),
        };
        assert!(!honest.name_poses_as_other_address());
        let plain = Mailbox {
            name: "Alice".into(),
            addr: "alice@example.com".into(),
        };
        assert!(!plain.name_poses_as_other_address());
    }

    #[test]
    fn deceptive_links() {
        assert!(Link::new("https://bank.test/".into(), "https://evil.test/".into()).deceptive);
        assert!(Link::new("www.bank.test".into(), "http://evil.test/x".into()).deceptive);
        assert!(!Link::new("click here".into(), "https://evil.test/".into()).deceptive);
        assert!(!Link::new("https://a.test/x".into(), "https://www.a.test/y".into()).deceptive);
    }

    #[test]
    fn cleaning_removes_bidi_and_controls() {
        assert_eq!(
            clean_inline("a\u{202E}b\u{2066}c\u{0007}d\t e\u{200B}", 100),
            "abcd e"
        );
        assert_eq!(clean_inline("abcdef", 3), "abc");
        assert_eq!(
            clean_body("a\r\nb\rc\u{0}d", 100),
            ("a\nb\ncd".into(), false)
        );
        assert_eq!(clean_body("abcdef", 4), ("abcd".into(), true));
    }

    #[test]
    fn source_shows_hidden_characters() {
        let s = source("Subject: x\u{202E}y\r\n\r\nbody\u{0}".as_bytes());
        assert_eq!(s, "Subject: x<U+202E>y\n\nbody<U+0000>");
    }

    #[test]
    fn no_headers_at_all() {
        let r = render(b"\xff\xfejust some bytes\n", RenderBudget::default());
        assert!(!r.parse_ok);
        assert_eq!(r.body_kind, BodyKind::Raw);
        assert!(r.body.contains("just some bytes"));
        let r = render(b"", RenderBudget::default());
        assert!(!r.parse_ok && r.body.is_empty());
    }
}
