//! Reading stored messages: a list summary (sender, recipients, subject,
//! date, snippet) and plain body text for the search index.
//!
//! Both functions take the raw bytes exactly as stored, parse them with
//! mail-parser inside `catch_unwind`, and never fail: a message that cannot
//! be parsed still gets a summary from whatever header lines can be read,
//! with `parse_ok: false`. Empty fields stay empty; placeholders such as
//! "(no subject)" are the UI's job.

use std::panic::{self, AssertUnwindSafe};

use mail_parser::{Address, Message, MessageParser};

use crate::pop3::codec::{starts_with_ci, trim_eol};

/// Characters kept in [`Summary::snippet`].
pub const SNIPPET_CHARS: usize = 200;

/// Longest header value kept in a summary field, in characters.
const MAX_FIELD_CHARS: usize = 2000;

/// A summary decodes the header block (up to this much of it) ...
const SUMMARY_HEADER_MAX: usize = 256 * 1024;

/// ... and at most this much of the body after it: the first text part,
/// which gives the snippet, is near the start, and decoding a large
/// attachment only to learn that it exists would cost more than the rest
/// of a download. Whether the rest holds attachments is found by
/// [`attachment_after`], which reads part headers without decoding.
/// 2 KiB leaves room for a snippet of [`SNIPPET_CHARS`] after a MIME
/// preamble and part headers, even base64-encoded; decoding (QP and
/// charsets especially) is the larger part of a summary's cost, so every
/// KiB here counts (`benches/prepare.rs`).
const SUMMARY_BODY: usize = 2 * 1024;

/// How far a summary reads when the text gave less than a full snippet
/// within [`SUMMARY_BODY`] (HTML heavy with markup, say) ...
const SUMMARY_BODY_MORE: usize = 8 * 1024;

/// ... and when it still had nothing to show (a long HTML `<head>`).
const SUMMARY_BODY_RETRY: usize = 64 * 1024;

/// Body text for search comes from at most this much of a message.
const BODY_PREFIX: usize = 1024 * 1024;

/// `raw` cut to at most `max` bytes at a line end, and whether it was cut.
fn prefix(raw: &[u8], max: usize) -> (&[u8], bool) {
    if raw.len() <= max {
        return (raw, false);
    }
    let end = memchr::memrchr(b'\n', &raw[..max]).map_or(max, |i| i + 1);
    (&raw[..end], true)
}

/// A parser for summaries: the headers a summary shows and the MIME
/// headers are parsed; every other header (`Received`, `DKIM-Signature`
/// ...) is only skipped, which is most of a header block's cost.
fn summary_parser() -> &'static MessageParser {
    static PARSER: std::sync::OnceLock<MessageParser> = std::sync::OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .with_minimal_headers()
            .default_header_ignore()
    })
}

/// What the message list shows about a message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub from_name: String,
    pub from_addr: String,
    /// All `To` recipients, `Name <addr>` or `addr`, joined with ", ".
    pub to: String,
    /// All `Cc` recipients, formatted like `to`.
    pub cc: String,
    pub subject: String,
    /// The `Date` header as unix seconds, if present and valid.
    pub date: Option<i64>,
    pub has_attachments: bool,
    /// About [`SNIPPET_CHARS`] characters of body text, whitespace collapsed.
    pub snippet: String,
    /// mail-parser understood the message (it found headers and did not panic).
    pub parse_ok: bool,
}

/// Summarizes a raw message. Never panics, never fails.
pub fn summarize(raw: &[u8]) -> Summary {
    let mut decoded = summarize_within(raw, SUMMARY_BODY);
    // The text began but the prefix gave less than a full snippet: read
    // further, a little first, then once more if there is still nothing
    // (text after a long HTML <head>). A short text before an attachment
    // costs one bounded retry, never a decoded attachment.
    if decoded.snippet_cut_short(SNIPPET_CHARS) {
        decoded = summarize_within(raw, SUMMARY_BODY_MORE);
    }
    if decoded.snippet_cut_short(1) {
        decoded = summarize_within(raw, SUMMARY_BODY_RETRY);
    }
    match decoded {
        Decoded::Whole(s) | Decoded::Cut(s, _) => s,
    }
}

/// A summary, and whether the message was cut to compute it (with whether
/// it has a text body).
enum Decoded {
    Whole(Summary),
    Cut(Summary, bool),
}

impl Decoded {
    /// The message was cut, has a text body, and its snippet has fewer
    /// than `chars` characters: reading further may give more.
    fn snippet_cut_short(&self, chars: usize) -> bool {
        matches!(self, Decoded::Cut(s, true) if s.snippet.chars().count() < chars)
    }
}

fn summarize_within(raw: &[u8], body: usize) -> Decoded {
    let whole = raw;
    let (raw, cut) = prefix(raw, summary_end(raw, body));
    // mail-parser takes a part cut off without its closing boundary for an
    // attachment (and loses its text): close every open part.
    let closed = if cut {
        close_multiparts(raw)
    } else {
        Vec::new()
    };
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
        let input = if cut { &closed[..] } else { raw };
        let message = summary_parser().parse(input)?;
        if !has_real_header(&message, input) {
            return None;
        }
        let has_text = message.text_body_count() > 0 || message.html_body_count() > 0;
        Some((summary_of(&message), has_text))
    }));
    let (mut summary, has_text) = match parsed {
        Ok(Some(parsed)) => parsed,
        _ => return Decoded::Whole(fallback_summary(raw)),
    };
    if !cut {
        return Decoded::Whole(summary);
    }
    if !summary.has_attachments {
        // A part header cut off at the end of the prefix is read again.
        summary.has_attachments = attachment_after(whole, raw.len().saturating_sub(4096));
    }
    Decoded::Cut(summary, has_text)
}

/// Where the part of `raw` that a summary decodes ends: the header block
/// plus `body` bytes.
fn summary_end(raw: &[u8], body: usize) -> usize {
    let head = &raw[..raw.len().min(SUMMARY_HEADER_MAX)];
    header_block(head).map_or(head.len(), |(_, body_start)| body_start) + body
}

/// Where the header block of `raw` ends: just after the line end of its
/// last header line, and where the body starts, after the empty line.
/// `None` when `raw` has no empty line.
pub fn header_block(raw: &[u8]) -> Option<(usize, usize)> {
    let crlf = memchr::memmem::find(raw, b"\n\r\n").map(|i| (i + 1, i + 3));
    let lf = memchr::memmem::find(raw, b"\n\n").map(|i| (i + 1, i + 2));
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// `prefix` followed by a closing delimiter for every multipart boundary
/// it declares, the most recently declared first (inner parts close before
/// outer ones). A delimiter for a boundary already closed is read as text
/// of the enclosing part and does no harm.
fn close_multiparts(prefix: &[u8]) -> Vec<u8> {
    /// RFC 2046: a boundary has 1 to 70 characters.
    const MAX_BOUNDARY: usize = 70;
    let mut boundaries: Vec<&[u8]> = Vec::new();
    for needle in [&b"oundary"[..], b"OUNDARY"] {
        for at in memchr::memmem::find_iter(prefix, needle) {
            if at == 0 || !prefix[at - 1].eq_ignore_ascii_case(&b'b') {
                continue;
            }
            let rest = prefix[at + needle.len()..].trim_ascii_start();
            let Some(rest) = rest.strip_prefix(b"=") else {
                continue;
            };
            let rest = rest.trim_ascii_start();
            // Look no further than a boundary can be long: a hostile header
            // of many `boundary=` must not make this quadratic.
            let value = match rest.strip_prefix(b"\"") {
                Some(quoted) => {
                    let quoted = &quoted[..quoted.len().min(MAX_BOUNDARY + 1)];
                    &quoted[..memchr::memchr2(b'"', b'\n', quoted).unwrap_or(0)]
                }
                None => {
                    let rest = &rest[..rest.len().min(MAX_BOUNDARY + 1)];
                    let end = rest
                        .iter()
                        .position(|&b| b == b';' || b.is_ascii_whitespace())
                        .unwrap_or(rest.len());
                    &rest[..end]
                }
            };
            if (1..=MAX_BOUNDARY).contains(&value.len()) {
                boundaries.push(value);
            }
        }
    }
    boundaries.sort_by_key(|b| b.as_ptr());
    let mut out = Vec::with_capacity(prefix.len() + boundaries.len() * 80);
    out.extend_from_slice(prefix);
    for boundary in boundaries.iter().rev() {
        out.extend_from_slice(b"\r\n--");
        out.extend_from_slice(boundary);
        out.extend_from_slice(b"--\r\n");
    }
    out
}

/// Whether a MIME part that begins after `from` looks like an attachment:
/// a boundary line (`--...`) followed by part headers whose type is not
/// text or multipart, or whose disposition is `attachment`. Reads only
/// header lines; nothing is decoded.
fn attachment_after(raw: &[u8], from: usize) -> bool {
    /// Header lines read after each boundary line.
    const MAX_PART_HEADERS: usize = 16;
    let boundaries = memchr::memmem::Finder::new(b"\n--");
    let mut pos = from.min(raw.len());
    while let Some(i) = boundaries.find(&raw[pos..]) {
        let boundary = pos + i + 1;
        pos = boundary;
        let mut line_start = match memchr::memchr(b'\n', &raw[boundary..]) {
            Some(end) => boundary + end + 1,
            None => return false,
        };
        for _ in 0..MAX_PART_HEADERS {
            let rest = &raw[line_start..];
            let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |e| e + 1);
            let line = trim_eol(&rest[..end]);
            if line.is_empty() {
                break;
            }
            if part_header_means_attachment(line) {
                return true;
            }
            line_start += end;
        }
    }
    false
}

/// A part header line that makes its part an attachment.
fn part_header_means_attachment(line: &[u8]) -> bool {
    fn value_after<'a>(line: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
        starts_with_ci(line, name).then(|| line[name.len()..].trim_ascii_start())
    }
    if let Some(value) = value_after(line, b"content-type:") {
        // A MIME type: `type/subtype`, with no space before the slash.
        let is_type = value
            .iter()
            .take_while(|b| !b.is_ascii_whitespace() && **b != b';')
            .any(|&b| b == b'/');
        return is_type
            && !starts_with_ci(value, b"text/")
            && !starts_with_ci(value, b"multipart/");
    }
    if let Some(value) = value_after(line, b"content-disposition:") {
        return starts_with_ci(value, b"attachment");
    }
    false
}

/// Body text for search indexing: the text/plain bodies, or HTML bodies
/// converted to text, at most `max_chars` characters. Never panics.
pub fn body_text(raw: &[u8], max_chars: usize) -> String {
    if max_chars == 0 {
        return String::new();
    }
    let (raw, _) = prefix(raw, BODY_PREFIX);
    let parsed = panic::catch_unwind(AssertUnwindSafe(|| {
        let message = MessageParser::default().parse(raw)?;
        if !has_real_header(&message, raw) {
            return None;
        }
        let mut out = String::new();
        let mut budget = max_chars;
        for i in 0..message.text_body_count() {
            if budget == 0 {
                break;
            }
            if let Some(text) = message.body_text(i) {
                if !out.is_empty() {
                    out.push('\n');
                }
                let piece = truncate_chars(&text, budget);
                budget = budget.saturating_sub(piece.chars().count() + 1);
                out.push_str(piece);
            }
        }
        Some(out)
    }));
    match parsed {
        Ok(Some(text)) => text,
        _ => fallback_body(raw, max_chars),
    }
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

fn summary_of(message: &Message<'_>) -> Summary {
    let (from_name, from_addr) = message
        .from()
        .and_then(|a| a.first())
        .map(|a| {
            (
                clean_line(a.name().unwrap_or_default()),
                clean_line(a.address().unwrap_or_default()),
            )
        })
        .unwrap_or_default();
    let snippet = message
        .body_text(0)
        .map(|t| collapse_whitespace(&t, SNIPPET_CHARS))
        .unwrap_or_default();
    Summary {
        from_name,
        from_addr,
        to: join_addresses(message.all_to()),
        cc: join_addresses(message.all_cc()),
        subject: clean_line(message.subject().unwrap_or_default()),
        date: message
            .date()
            .filter(|d| d.is_valid())
            .map(|d| d.to_timestamp()),
        has_attachments: message.attachment_count() > 0,
        snippet,
        parse_ok: true,
    }
}

fn join_addresses<'a>(lists: impl Iterator<Item = &'a Address<'a>>) -> String {
    let mut out = String::new();
    for addr in lists.flat_map(|list| list.iter()) {
        let name = addr.name().map(clean_line).unwrap_or_default();
        let address = addr.address().map(clean_line).unwrap_or_default();
        let item = match (name.is_empty(), address.is_empty()) {
            (true, true) => continue,
            (false, false) => format!("{name} <{address}>"),
            (true, false) => address,
            (false, true) => name,
        };
        if out.chars().count() > MAX_FIELD_CHARS {
            break;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        out.push_str(&item);
    }
    out
}

/// One line of display text: control characters become spaces, runs of
/// whitespace collapse, length is bounded.
fn clean_line(text: &str) -> String {
    collapse_whitespace(text, MAX_FIELD_CHARS)
}

/// Collapses whitespace and control characters into single spaces, trims,
/// and keeps at most `max_chars` characters.
fn collapse_whitespace(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() || c.is_control() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            if count + 1 >= max_chars {
                break;
            }
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        if count >= max_chars {
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

fn truncate_chars(text: &str, max_chars: usize) -> &str {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => &text[..end],
        None => text,
    }
}

/// Splits raw bytes at the first empty line into header and body.
fn split_head(raw: &[u8]) -> (&[u8], &[u8]) {
    match header_block(raw) {
        Some((head, body)) => (&raw[..head], &raw[body..]),
        None => (raw, &[]),
    }
}

/// Unfolded `name: value` header lines, read crudely and lossily.
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
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim();
            if !name.is_empty() && !name.contains(char::is_whitespace) {
                headers.push((name.to_ascii_lowercase(), value.trim().to_owned()));
            }
        }
    }
    headers
}

fn fallback_summary(raw: &[u8]) -> Summary {
    let (head, body) = split_head(raw);
    let headers = crude_headers(head);
    let find = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| clean_line(v))
            .unwrap_or_default()
    };
    let from = find("from");
    let (from_name, from_addr) = match (from.find('<'), from.rfind('>')) {
        (Some(start), Some(end)) if start < end => (
            clean_line(from[..start].trim().trim_matches('"')),
            clean_line(&from[start + 1..end]),
        ),
        _ if from.contains('@') => (String::new(), from),
        _ => (from, String::new()),
    };
    let snippet_source = if headers.is_empty() { &[][..] } else { body };
    Summary {
        from_name,
        from_addr,
        to: find("to"),
        cc: find("cc"),
        subject: find("subject"),
        date: None,
        has_attachments: false,
        snippet: collapse_whitespace(
            &crude_text(snippet_source, SNIPPET_CHARS * 8),
            SNIPPET_CHARS,
        ),
        parse_ok: false,
    }
}

fn fallback_body(raw: &[u8], max_chars: usize) -> String {
    let (_, body) = split_head(raw);
    let text = crude_text(body, max_chars.saturating_mul(4));
    truncate_chars(&text, max_chars).to_owned()
}

/// Lossy text of at most `max_bytes` bytes, HTML tags stripped crudely
/// when the text looks like HTML.
fn crude_text(bytes: &[u8], max_bytes: usize) -> String {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(max_bytes)]);
    let lower = text.to_ascii_lowercase();
    if lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") {
        strip_tags(&text)
    } else {
        text.into_owned()
    }
}

/// Removes `<...>` tags and the content of `<script>` and `<style>`.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let Some(end) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..end].trim_start().to_ascii_lowercase();
        rest = &after[end + 1..];
        for skip in ["script", "style"] {
            if tag.starts_with(skip) {
                let closing = format!("</{skip}");
                rest = match rest.to_ascii_lowercase().find(&closing) {
                    Some(pos) => &rest[pos..],
                    None => "",
                };
            }
        }
        out.push(' ');
    }
    out.push_str(rest);
    out.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: &[u8] = b"From: Alice Example <alice@example.com>\r\n\
To: Bob <bob@example.org>, carol@example.net\r\n\
Cc: Dave <dave@example.com>\r\n\
Subject: Lunch   on\r\n Friday\r\n\
Date: Fri, 21 Nov 2025 12:30:00 +0100\r\n\
Message-ID: <1@example.com>\r\n\
\r\n\
Hello Bob,\r\n\
\r\n\
   shall we   meet at noon?\r\n";

    #[test]
    fn plain_message() {
        let s = summarize(PLAIN);
        assert!(s.parse_ok);
        assert_eq!(s.from_name, "Alice Example");
        assert_eq!(s.from_addr, "alice@example.com");
        assert_eq!(s.to, "Bob <bob@example.org>, carol@example.net");
        assert_eq!(s.cc, "Dave <dave@example.com>");
        assert_eq!(s.subject, "Lunch on Friday");
        assert_eq!(s.date, Some(1_763_724_600));
        assert!(!s.has_attachments);
        assert_eq!(s.snippet, "Hello Bob, shall we meet at noon?");
        assert!(body_text(PLAIN, 1000).contains("shall we   meet at noon?"));
        assert_eq!(body_text(PLAIN, 5), "Hello");
    }

    #[test]
    fn multipart_with_attachment() {
        let raw = b"From: a@example.com\r\n\
Subject: report\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"XX\"\r\n\
\r\n\
--XX\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
See the attached report.\r\n\
--XX\r\n\
Content-Type: application/pdf; name=\"r.pdf\"\r\n\
Content-Disposition: attachment; filename=\"r.pdf\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
JVBERi0xLjQK\r\n\
--XX--\r\n";
        let s = summarize(raw);
        assert!(s.parse_ok);
        assert!(s.has_attachments);
        assert_eq!(s.snippet, "See the attached report.");
        assert_eq!(s.from_addr, "a@example.com");
        assert_eq!(s.from_name, "");
        assert!(body_text(raw, 1000).contains("attached report"));
        assert!(!body_text(raw, 1000).contains("JVBER"));
    }

    #[test]
    fn encoded_word_subjects() {
        // "Grüße" in UTF-8 base64, and "café" in ISO-8859-1 Q.
        let raw = b"From: =?ISO-8859-1?Q?Ren=E9?= <rene@example.com>\r\n\
Subject: =?UTF-8?B?R3LDvMOfZQ==?= und =?ISO-8859-1?Q?caf=E9?=\r\n\
\r\n\
body\r\n";
        let s = summarize(raw);
        assert!(s.parse_ok);
        assert_eq!(s.subject, "Grüße und café");
        assert_eq!(s.from_name, "René");
        assert_eq!(s.date, None);
    }

    #[test]
    fn html_only() {
        let raw = b"From: news@example.com\r\n\
Subject: News\r\n\
Content-Type: text/html; charset=utf-8\r\n\
\r\n\
<html><head><style>p { color: red }</style></head>\
<body><p>Big <b>news</b> today</p><script>alert(1)</script></body></html>\r\n";
        let s = summarize(raw);
        assert!(s.parse_ok);
        assert!(s.snippet.contains("Big news today"), "{:?}", s.snippet);
        assert!(!s.snippet.contains('<'));
        assert!(!s.snippet.contains("color"));
        let text = body_text(raw, 1000);
        assert!(text.contains("news"));
        assert!(!text.contains("<b>"));
        assert!(!text.contains("alert"));
    }

    #[test]
    fn garbage_and_empty() {
        let empty = summarize(b"");
        assert!(!empty.parse_ok);
        assert_eq!(empty, Summary::default());
        assert_eq!(body_text(b"", 100), "");

        let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
        let s = summarize(&garbage);
        assert!(s.snippet.chars().count() <= SNIPPET_CHARS);
        let _ = body_text(&garbage, 100);

        let binary = b"\xff\xfe\x00\x01\x02 not \x80 a mail at all";
        let s = summarize(binary);
        assert!(!s.parse_ok);
        assert!(body_text(binary, 10).chars().count() <= 10);
    }

    #[test]
    fn fallback_reads_crude_headers() {
        let raw = b"Subject: broken\r\nFrom: \"Eve\" <eve@example.com>\r\nTo: x@example.com\r\n\r\n<html><body>Hi <i>there</i></body></html>";
        let s = fallback_summary(raw);
        assert!(!s.parse_ok);
        assert_eq!(s.subject, "broken");
        assert_eq!(s.from_name, "Eve");
        assert_eq!(s.from_addr, "eve@example.com");
        assert_eq!(s.to, "x@example.com");
        assert_eq!(s.snippet, "Hi there");
        assert_eq!(fallback_body(raw, 100).trim(), "Hi  there");
    }

    #[test]
    fn a_large_attachment_is_not_decoded_but_noticed() {
        let mut raw = b"From: a@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n\
Content-Type: text/plain\r\n\r\nThe file is attached.\r\n--B\r\n\
Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            .to_vec();
        while raw.len() < 3 * SUMMARY_BODY {
            raw.extend_from_slice(
                b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJz\r\n",
            );
        }
        raw.extend_from_slice(b"--B--\r\n");
        let s = summarize(&raw);
        assert!(s.parse_ok);
        assert!(s.has_attachments);
        assert_eq!(s.subject, "big");
        assert_eq!(s.snippet, "The file is attached.");
        let end = summary_end(&raw, SUMMARY_BODY);
        let (cut, was_cut) = prefix(&raw, end);
        assert!(was_cut && cut.len() <= end && cut.ends_with(b"\n"));
    }

    /// A long text part pushes the attachment's part header past what the
    /// summary decodes; the header scan still finds it.
    fn mixed_with_long_text(second_part: &str) -> Vec<u8> {
        let mut raw = b"From: a@example.com\r\nSubject: report\r\nMIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nFigures for the quarter follow.\r\n"
            .to_vec();
        while raw.len() < 2 * SUMMARY_BODY {
            raw.extend_from_slice(b"-- a line of the report, not a boundary\r\n");
            raw.extend_from_slice(b"Content-Type: is only text here\r\n");
        }
        raw.extend_from_slice(b"--B\r\n");
        raw.extend_from_slice(second_part.as_bytes());
        raw.extend_from_slice(b"\r\n\r\nQUJD\r\n--B--\r\n");
        raw
    }

    #[test]
    fn attachment_past_the_decoded_part_is_found_by_its_header() {
        for header in [
            "Content-Type: application/pdf; name=\"q3.pdf\"\r\nContent-Transfer-Encoding: base64",
            "content-transfer-encoding: base64\r\nCONTENT-TYPE:image/png",
            "Content-Type: text/csv\r\nContent-Disposition: attachment; filename=q3.csv",
            "Content-Type: message/rfc822",
        ] {
            let raw = mixed_with_long_text(header);
            assert!(summary_end(&raw, SUMMARY_BODY) < raw.len());
            let s = summarize(&raw);
            assert!(s.parse_ok);
            assert_eq!(s.subject, "report");
            assert!(
                s.snippet.starts_with("Figures for the quarter"),
                "{}",
                s.snippet
            );
            assert!(s.has_attachments, "not noticed: {header}");
        }
        for header in [
            "Content-Type: text/plain; charset=us-ascii",
            "Content-Type: text/html\r\nContent-Disposition: inline",
            "Content-Type: multipart/alternative; boundary=C",
        ] {
            let s = summarize(&mixed_with_long_text(header));
            assert!(!s.has_attachments, "taken for an attachment: {header}");
            // The text part was cut, and still reads as the body.
            assert!(
                s.snippet.starts_with("Figures for the quarter"),
                "{}",
                s.snippet
            );
        }
    }

    #[test]
    fn a_long_html_head_is_read_past_for_the_snippet() {
        let mut raw = b"From: news@example.com\r\nSubject: weekly\r\nMIME-Version: 1.0\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n<html><head><style>\r\n"
            .to_vec();
        while raw.len() < 3 * SUMMARY_BODY {
            raw.extend_from_slice(b".c { color: #123456; margin: 0 auto; padding: 4px }\r\n");
        }
        raw.extend_from_slice(
            b"</style></head><body><p>This week in gardening.</p></body></html>\r\n",
        );
        let s = summarize(&raw);
        assert!(s.parse_ok);
        assert_eq!(s.snippet, "This week in gardening.");
        assert!(!s.has_attachments);
    }

    /// HTML whose first 2 KiB are mostly markup still gets a full snippet.
    #[test]
    fn markup_heavy_html_gets_a_full_snippet() {
        let mut raw = b"From: shop@example.com\r\nSubject: offers\r\nMIME-Version: 1.0\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>\r\n"
            .to_vec();
        let cell = b"<td style=\"padding: 0 8px; font-family: Arial, sans-serif; color: #333333\">";
        let mut words = 0;
        while raw.len() < 4 * SUMMARY_BODY {
            raw.extend_from_slice(cell);
            raw.extend_from_slice(format!("word{words}</td>\r\n").as_bytes());
            words += 1;
        }
        raw.extend_from_slice(b"</body></html>\r\n");
        let s = summarize(&raw);
        assert!(s.parse_ok);
        assert!(s.snippet.starts_with("word0 word1 word2"), "{}", s.snippet);
        assert!(
            s.snippet.chars().count() >= SNIPPET_CHARS - 10,
            "{} chars: {}",
            s.snippet.chars().count(),
            s.snippet
        );
    }

    /// Many `boundary=` in one long header line stay cheap (each value is
    /// read no further than a boundary can be long).
    #[test]
    fn many_boundary_parameters_stay_linear() {
        for unit in [&b"boundary=a"[..], b"boundary=\"a"] {
            let mut raw = b"Subject: x\r\nX-Junk: ".to_vec();
            while raw.len() < 200 * 1024 {
                raw.extend_from_slice(unit);
            }
            raw.extend_from_slice(b"\r\n\r\nbody\r\n");
            raw.extend(std::iter::repeat_n(b'y', 3 * SUMMARY_BODY_RETRY));
            let started = std::time::Instant::now();
            let s = summarize(&raw);
            assert_eq!(s.subject, "x");
            // A complexity guard, not a speed target: about 30 ms in a
            // debug build; the quadratic scan took seconds even in release.
            let took = started.elapsed();
            assert!(took < std::time::Duration::from_secs(2), "{took:?}");
        }
    }

    #[test]
    fn long_headers_still_leave_room_for_the_snippet() {
        let mut raw = Vec::new();
        for i in 0..2000 {
            raw.extend_from_slice(
                format!(
                    "Received: from relay{i}.example.net by mx.example.net; Mon, 1 Jan 2024\r\n"
                )
                .as_bytes(),
            );
        }
        assert!(raw.len() > SUMMARY_BODY * 3);
        raw.extend_from_slice(b"Subject: deep\r\n\r\nThe body after many hops.\r\n");
        let s = summarize(&raw);
        assert!(s.parse_ok);
        assert_eq!(s.subject, "deep");
        assert_eq!(s.snippet, "The body after many hops.");
    }

    #[test]
    fn long_snippet_is_bounded() {
        let mut raw = b"Subject: long\r\n\r\n".to_vec();
        for _ in 0..1000 {
            raw.extend_from_slice("wörd ".as_bytes());
        }
        let s = summarize(&raw);
        assert!(s.snippet.chars().count() <= SNIPPET_CHARS);
        assert!(s.snippet.chars().count() >= SNIPPET_CHARS - 5);
        assert_eq!(body_text(&raw, 50).chars().count(), 50);
    }
}
