//! The POP3 codec: status lines, response codes, multi-line replies with
//! dot-unstuffing, CAPA, LIST/UIDL lines, the APOP timestamp. No I/O.
//!
//! The client reads a status line with [`parse_status`]; for multi-line
//! replies it feeds the following bytes, in whatever chunks the network
//! delivers them, to a [`MultilineDecoder`] until the terminator; listings
//! are then split into lines and parsed with [`parse_capa`],
//! [`parse_list_line`] and [`parse_uidl_line`].

use std::collections::HashSet;

use base64::Engine as _;
use md5::{Digest as _, Md5};
use memchr::memmem;

use super::Pop3Error;

/// Longest status text kept (characters); the rest is dropped.
pub const MAX_TEXT: usize = 512;

/// Longest UID accepted (RFC 1939 allows 70; some servers send more).
pub const MAX_UID_LEN: usize = 512;

/// An extended response code (RFC 2449, 3206) in brackets after +OK/-ERR.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RespCode {
    InUse,
    LoginDelay,
    SysTemp,
    SysPerm,
    Auth,
    Other(String),
}

impl RespCode {
    /// Classifies the text between the brackets, e.g. `SYS/TEMP`.
    /// Codes are hierarchical: `IN-USE/ANYTHING` is still `InUse`.
    pub fn parse(code: &str) -> RespCode {
        let upper = code.trim().to_ascii_uppercase();
        let mut levels = upper.split('/');
        let first = levels.next().unwrap_or("");
        let second = levels.next();
        match (first, second) {
            ("IN-USE", _) => RespCode::InUse,
            ("LOGIN-DELAY", _) => RespCode::LoginDelay,
            ("AUTH", _) => RespCode::Auth,
            ("SYS", Some("TEMP")) => RespCode::SysTemp,
            ("SYS", Some("PERM")) => RespCode::SysPerm,
            _ => RespCode::Other(upper),
        }
    }
}

/// One status line: `+OK` or `-ERR`, an optional response code, the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub ok: bool,
    pub code: Option<RespCode>,
    pub text: String,
}

/// Makes server text safe to log and show: lossy UTF-8, control characters
/// removed, surrounding white space trimmed, at most `max` characters.
pub fn sanitize_text(bytes: &[u8], max: usize) -> String {
    let lossy = String::from_utf8_lossy(bytes);
    let cleaned: String = lossy
        .chars()
        .map(|c| if c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    cleaned.trim().chars().take(max).collect()
}

/// Strips one trailing CRLF or LF.
pub fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Parses a status line (with or without its line end).
pub fn parse_status(line: &[u8]) -> Result<Status, Pop3Error> {
    let line = trim_eol(line);
    let (ok, rest) = if starts_with_ci(line, b"+OK") {
        (true, &line[3..])
    } else if starts_with_ci(line, b"-ERR") {
        (false, &line[4..])
    } else {
        return Err(bad_status(line));
    };
    if let Some(&b) = rest.first() {
        if b != b' ' && b != b'\t' {
            return Err(bad_status(line));
        }
    }
    let rest = trim_start_ws(rest);
    let (code, text) = split_resp_code(rest);
    Ok(Status {
        ok,
        code,
        text: sanitize_text(text, MAX_TEXT),
    })
}

fn bad_status(line: &[u8]) -> Pop3Error {
    Pop3Error::Protocol {
        what: format!("expected +OK or -ERR, got {:?}", sanitize_text(line, 80)),
    }
}

fn split_resp_code(rest: &[u8]) -> (Option<RespCode>, &[u8]) {
    if rest.first() != Some(&b'[') {
        return (None, rest);
    }
    // A code is short and has no spaces; anything else is just text.
    let Some(end) = rest.iter().take(64).position(|&b| b == b']') else {
        return (None, rest);
    };
    let inner = &rest[1..end];
    if inner.is_empty() || inner.iter().any(|&b| b <= b' ' || b >= 0x7f) {
        return (None, rest);
    }
    let code = RespCode::parse(&String::from_utf8_lossy(inner));
    (Some(code), trim_start_ws(&rest[end + 1..]))
}

/// Whether `line` starts with `prefix`, ignoring ASCII case.
pub fn starts_with_ci(line: &[u8], prefix: &[u8]) -> bool {
    line.len() >= prefix.len() && line[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn trim_start_ws(s: &[u8]) -> &[u8] {
    let n = s
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(s.len());
    &s[n..]
}

/// Could these first bytes still become a POP3 status line? Used on the
/// greeting to fail fast on TLS, HTTP or SMTP servers.
pub fn could_be_status(prefix: &[u8]) -> bool {
    let ok = b"+OK";
    let err = b"-ERR";
    let n = prefix.len();
    prefix[..n.min(3)].eq_ignore_ascii_case(&ok[..n.min(3)])
        || prefix[..n.min(4)].eq_ignore_ascii_case(&err[..n.min(4)])
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DecodeState {
    /// At the start of a line, nothing of it seen yet.
    LineStart,
    /// A line began with '.', which was dropped.
    Dot,
    /// A line began with ".\r".
    DotCr,
    /// Inside a line.
    MidLine,
    /// The terminator was seen.
    Done,
}

/// Incremental decoder of a multi-line reply body (RFC 1939 §3): removes
/// the byte-stuffed leading dots and stops at the terminating `.` line.
/// CRLF (or a bare LF) line ends are kept exactly as sent.
#[derive(Debug)]
pub struct MultilineDecoder {
    state: DecodeState,
    total: u64,
    cap: u64,
    finder: memmem::Finder<'static>,
}

impl MultilineDecoder {
    /// A decoder that fails once the body would exceed `cap` bytes.
    pub fn new(cap: u64) -> Self {
        MultilineDecoder {
            state: DecodeState::LineStart,
            total: 0,
            cap,
            finder: memmem::Finder::new(b"\n."),
        }
    }

    /// Body bytes produced so far.
    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn is_done(&self) -> bool {
        self.state == DecodeState::Done
    }

    /// Decodes `input`, appending body bytes to `out`. Returns how many
    /// input bytes were used and whether the terminator was reached; bytes
    /// after the terminator (the next pipelined reply) are left unused.
    pub fn feed(&mut self, input: &[u8], out: &mut Vec<u8>) -> Result<(usize, bool), Pop3Error> {
        let mut i = 0;
        loop {
            if self.state == DecodeState::Done {
                return Ok((i, true));
            }
            if i == input.len() {
                return Ok((i, false));
            }
            match self.state {
                DecodeState::LineStart => {
                    if input[i] == b'.' {
                        i += 1;
                        self.state = DecodeState::Dot;
                    } else {
                        self.state = DecodeState::MidLine;
                    }
                }
                DecodeState::Dot => match input[i] {
                    b'\r' => {
                        i += 1;
                        self.state = DecodeState::DotCr;
                    }
                    b'\n' => {
                        i += 1;
                        self.state = DecodeState::Done;
                    }
                    _ => self.state = DecodeState::MidLine,
                },
                DecodeState::DotCr => {
                    if input[i] == b'\n' {
                        i += 1;
                        self.state = DecodeState::Done;
                    } else {
                        // ".\r" then something else: a stuffed line whose
                        // content starts with a CR.
                        self.emit(b"\r", out)?;
                        self.state = DecodeState::MidLine;
                    }
                }
                DecodeState::MidLine => {
                    let rest = &input[i..];
                    match self.finder.find(rest) {
                        Some(p) => {
                            self.emit(&rest[..=p], out)?;
                            i += p + 2;
                            self.state = DecodeState::Dot;
                        }
                        None => {
                            self.emit(rest, out)?;
                            i = input.len();
                            if rest.last() == Some(&b'\n') {
                                self.state = DecodeState::LineStart;
                            }
                        }
                    }
                }
                DecodeState::Done => {}
            }
        }
    }

    fn emit(&mut self, bytes: &[u8], out: &mut Vec<u8>) -> Result<(), Pop3Error> {
        let total = self.total.saturating_add(bytes.len() as u64);
        if total > self.cap {
            return Err(Pop3Error::TooLarge {
                what: format!("reply longer than {} bytes", self.cap),
            });
        }
        self.total = total;
        out.extend_from_slice(bytes);
        Ok(())
    }
}

/// Decodes a complete multi-line body in one go (tests, small replies).
/// Fails if the terminator is missing.
pub fn decode_multiline(input: &[u8], cap: u64) -> Result<(Vec<u8>, usize), Pop3Error> {
    let mut dec = MultilineDecoder::new(cap);
    let mut out = Vec::new();
    let (used, done) = dec.feed(input, &mut out)?;
    if !done {
        return Err(Pop3Error::Closed);
    }
    Ok((out, used))
}

/// What the server says it can do (RFC 2449 CAPA).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub pipelining: bool,
    pub uidl: bool,
    pub top: bool,
    pub user: bool,
    pub stls: bool,
    /// SASL mechanisms, upper case.
    pub sasl: Vec<String>,
    pub resp_codes: bool,
    pub auth_resp_code: bool,
    /// Seconds the server wants between logins.
    pub login_delay: Option<u64>,
    /// `NEVER` or a number of days, possibly followed by `USER`.
    pub expire: Option<String>,
    pub implementation: Option<String>,
    /// Every line, sanitised, in order.
    pub raw: Vec<String>,
}

impl Capabilities {
    pub fn has_sasl(&self, mechanism: &str) -> bool {
        self.sasl.iter().any(|m| m.eq_ignore_ascii_case(mechanism))
    }
}

/// Parses one CAPA line into `caps`.
pub fn parse_capa_line(caps: &mut Capabilities, line: &[u8]) {
    let text = sanitize_text(trim_eol(line), MAX_TEXT);
    if text.is_empty() {
        return;
    }
    let mut words = text.split_whitespace();
    let keyword = words.next().unwrap_or("").to_ascii_uppercase();
    match keyword.as_str() {
        "PIPELINING" => caps.pipelining = true,
        "UIDL" => caps.uidl = true,
        "TOP" => caps.top = true,
        "USER" => caps.user = true,
        "STLS" => caps.stls = true,
        "SASL" => {
            for mech in words {
                let mech = mech.to_ascii_uppercase();
                if !caps.sasl.contains(&mech) {
                    caps.sasl.push(mech);
                }
            }
        }
        "RESP-CODES" => caps.resp_codes = true,
        "AUTH-RESP-CODE" => caps.auth_resp_code = true,
        "LOGIN-DELAY" => caps.login_delay = words.next().and_then(|w| w.parse().ok()),
        "EXPIRE" => {
            let rest: Vec<&str> = words.collect();
            if !rest.is_empty() {
                caps.expire = Some(rest.join(" "));
            }
        }
        "IMPLEMENTATION" => {
            let rest = text[keyword.len()..].trim();
            if !rest.is_empty() {
                caps.implementation = Some(rest.to_string());
            }
        }
        _ => {}
    }
    caps.raw.push(text);
}

/// Parses a whole CAPA body (the decoded multi-line reply).
pub fn parse_capa(body: &[u8]) -> Capabilities {
    let mut caps = Capabilities::default();
    for line in body.split(|&b| b == b'\n') {
        parse_capa_line(&mut caps, line);
    }
    caps
}

/// Splits a listing line into fields, tolerating extra spaces and tabs and
/// a stray `+OK` some servers repeat on each line.
fn fields(line: &[u8]) -> Vec<&[u8]> {
    let line = trim_eol(line);
    let mut fields: Vec<&[u8]> = line
        .split(|&b| b == b' ' || b == b'\t')
        .filter(|f| !f.is_empty())
        .collect();
    if fields
        .first()
        .is_some_and(|f| f.eq_ignore_ascii_case(b"+OK"))
    {
        fields.remove(0);
    }
    fields
}

fn parse_number<T: std::str::FromStr>(
    field: &[u8],
    what: &str,
    line: &[u8],
) -> Result<T, Pop3Error> {
    if field.is_empty() || !field.iter().all(u8::is_ascii_digit) {
        return Err(bad_line(what, line));
    }
    std::str::from_utf8(field)
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| bad_line(what, line))
}

fn bad_line(what: &str, line: &[u8]) -> Pop3Error {
    Pop3Error::Protocol {
        what: format!("bad {what} line {:?}", sanitize_text(trim_eol(line), 80)),
    }
}

fn parse_msg_number(field: &[u8], what: &str, line: &[u8]) -> Result<u32, Pop3Error> {
    let n: u32 = parse_number(field, what, line)?;
    if n == 0 {
        return Err(bad_line(what, line));
    }
    Ok(n)
}

/// Parses a LIST line (`n size`), multi-line or single form. Trailing
/// fields are ignored (RFC 1939 lets servers add information).
pub fn parse_list_line(line: &[u8]) -> Result<(u32, u64), Pop3Error> {
    let f = fields(line);
    if f.len() < 2 {
        return Err(bad_line("LIST", line));
    }
    let n = parse_msg_number(f[0], "LIST", line)?;
    let size = parse_number(f[1], "LIST", line)?;
    Ok((n, size))
}

/// Parses a UIDL line (`n uid`), multi-line or single form.
pub fn parse_uidl_line(line: &[u8]) -> Result<(u32, String), Pop3Error> {
    let f = fields(line);
    // A third field would mean a UID with a space in it; cutting it off
    // could make two messages look the same, so refuse.
    if f.len() != 2 {
        return Err(bad_line("UIDL", line));
    }
    let n = parse_msg_number(f[0], "UIDL", line)?;
    let uid = f[1];
    if uid.len() > MAX_UID_LEN || !uid.iter().all(|&b| (0x21..=0x7e).contains(&b) || b >= 0x80) {
        return Err(bad_line("UIDL", line));
    }
    Ok((n, uid_to_string(uid)))
}

/// UIDs are bytes; we store text. Valid UTF-8 is kept as is. Anything else
/// becomes U+FFFD followed by each byte as a Latin-1 character, and a UTF-8
/// UID that itself starts with U+FFFD takes the same route, so the mapping
/// is one-to-one and stable across sessions.
fn uid_to_string(uid: &[u8]) -> String {
    const REPLACEMENT: &str = "\u{FFFD}";
    match std::str::from_utf8(uid) {
        Ok(s) if !s.starts_with(REPLACEMENT) => s.to_string(),
        _ => {
            let mut s = String::with_capacity(uid.len() * 2 + 3);
            s.push_str(REPLACEMENT);
            s.extend(uid.iter().map(|&b| char::from(b)));
            s
        }
    }
}

/// Checks a whole UIDL listing: each message number and each UID at most once.
pub fn validate_uidl(entries: &[(u32, String)]) -> Result<(), Pop3Error> {
    let mut numbers = HashSet::with_capacity(entries.len());
    let mut uids = HashSet::with_capacity(entries.len());
    for (n, uid) in entries {
        if !numbers.insert(*n) {
            return Err(Pop3Error::Protocol {
                what: format!("UIDL lists message {n} twice"),
            });
        }
        if !uids.insert(uid.as_str()) {
            return Err(Pop3Error::Protocol {
                what: format!(
                    "UIDL gives two messages the same UID {:?}",
                    sanitize_text(uid.as_bytes(), 80)
                ),
            });
        }
    }
    Ok(())
}

/// Parses the text of a STAT reply: `count octets`.
pub fn parse_stat(text: &str) -> Result<(u32, u64), Pop3Error> {
    let f = fields(text.as_bytes());
    if f.len() < 2 {
        return Err(bad_line("STAT", text.as_bytes()));
    }
    let count = parse_number(f[0], "STAT", text.as_bytes())?;
    let size = parse_number(f[1], "STAT", text.as_bytes())?;
    Ok((count, size))
}

/// The APOP timestamp (`<...@...>`, brackets included) from a greeting line.
pub fn apop_timestamp(greeting: &[u8]) -> Option<String> {
    let start = memchr::memchr(b'<', greeting)?;
    let len = memchr::memchr(b'>', &greeting[start..])?;
    let stamp = &greeting[start..=start + len];
    let inner = &stamp[1..stamp.len() - 1];
    if stamp.len() > 256
        || !inner.contains(&b'@')
        || !inner
            .iter()
            .all(|&b| (0x21..=0x7e).contains(&b) && b != b'<')
    {
        return None;
    }
    std::str::from_utf8(stamp).ok().map(str::to_string)
}

/// The APOP digest: lower-case hex MD5 of timestamp followed by password.
pub fn apop_digest(timestamp: &str, password: &str) -> String {
    let mut md5 = Md5::new();
    md5.update(timestamp.as_bytes());
    md5.update(password.as_bytes());
    hex(&md5.finalize())
}

/// The SASL PLAIN response (RFC 4616) without authorization identity:
/// base64 of `\0user\0password`.
pub fn auth_plain_response(user: &str, password: &str) -> String {
    let mut raw = Vec::with_capacity(user.len() + password.len() + 2);
    raw.push(0);
    raw.extend_from_slice(user.as_bytes());
    raw.push(0);
    raw.extend_from_slice(password.as_bytes());
    let encoded = base64::engine::general_purpose::STANDARD.encode(&raw);
    raw.fill(0);
    encoded
}

/// Lower-case hex without separators.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for &b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(ok: bool, code: Option<RespCode>, text: &str) -> Status {
        Status {
            ok,
            code,
            text: text.to_string(),
        }
    }

    #[test]
    fn status_lines() {
        use RespCode::*;
        let cases: &[(&[u8], Status)] = &[
            (b"+OK\r\n", st(true, None, "")),
            (b"+OK", st(true, None, "")),
            (b"+ok hello\r\n", st(true, None, "hello")),
            (
                b"+OK POP3 ready <1.2@x>\r\n",
                st(true, None, "POP3 ready <1.2@x>"),
            ),
            (b"-ERR\r\n", st(false, None, "")),
            (b"-err nope\n", st(false, None, "nope")),
            (
                b"-ERR [IN-USE] locked\r\n",
                st(false, Some(InUse), "locked"),
            ),
            (
                b"-ERR [in-use] locked\r\n",
                st(false, Some(InUse), "locked"),
            ),
            (
                b"-ERR [LOGIN-DELAY] wait\r\n",
                st(false, Some(LoginDelay), "wait"),
            ),
            (
                b"-ERR [SYS/TEMP] try later\r\n",
                st(false, Some(SysTemp), "try later"),
            ),
            (
                b"-ERR [SYS/PERM] gone\r\n",
                st(false, Some(SysPerm), "gone"),
            ),
            (
                b"-ERR [AUTH] bad password\r\n",
                st(false, Some(Auth), "bad password"),
            ),
            (
                b"-ERR [SYS] odd\r\n",
                st(false, Some(Other("SYS".into())), "odd"),
            ),
            (b"-ERR [IN-USE/X] a\r\n", st(false, Some(InUse), "a")),
            (
                b"-ERR [FOO/bar] a\r\n",
                st(false, Some(Other("FOO/BAR".into())), "a"),
            ),
            (b"-ERR [AUTH]\r\n", st(false, Some(Auth), "")),
            (
                b"-ERR [not a code] x\r\n",
                st(false, None, "[not a code] x"),
            ),
            (b"-ERR [unterminated\r\n", st(false, None, "[unterminated")),
            (b"-ERR []\r\n", st(false, None, "[]")),
            (b"+OK\tTab\r\n", st(true, None, "Tab")),
            (b"+OK a\x00b\x1bc\x7f\r\n", st(true, None, "abc")),
            (b"+OK  two  spaces \r\n", st(true, None, "two  spaces")),
            (b"+OK caf\xc3\xa9\r\n", st(true, None, "caf\u{e9}")),
            (b"+OK bad\xff\r\n", st(true, None, "bad\u{fffd}")),
        ];
        for (raw, want) in cases {
            let got = parse_status(raw);
            assert_eq!(
                got.as_ref().ok(),
                Some(want),
                "input {:?}",
                String::from_utf8_lossy(raw)
            );
        }
    }

    #[test]
    fn bad_status_lines() {
        let cases: &[&[u8]] = &[
            b"",
            b"\r\n",
            b"OK\r\n",
            b"+OKAY\r\n",
            b"-ERROR\r\n",
            b"+ go ahead\r\n",
            b"220 smtp.example ESMTP\r\n",
            b"HTTP/1.1 400 Bad Request\r\n",
            b"\x16\x03\x01\x00",
            b"* OK IMAP4rev1\r\n",
        ];
        for raw in cases {
            assert!(
                matches!(parse_status(raw), Err(Pop3Error::Protocol { .. })),
                "input {:?}",
                String::from_utf8_lossy(raw)
            );
        }
    }

    #[test]
    fn status_text_is_capped() {
        let mut line = b"+OK ".to_vec();
        line.extend(std::iter::repeat_n(b'a', 5000));
        let s = parse_status(&line).ok();
        assert_eq!(s.map(|s| s.text.len()), Some(MAX_TEXT));
    }

    #[test]
    fn could_be_status_prefixes() {
        for p in [
            &b""[..],
            b"+",
            b"+o",
            b"+OK",
            b"+OK hi",
            b"-",
            b"-E",
            b"-eR",
            b"-ERR x",
        ] {
            assert!(could_be_status(p), "{p:?}");
        }
        for p in [&b"2"[..], b"\x16\x03", b"+X", b"-EX", b"HTTP", b"* OK"] {
            assert!(!could_be_status(p), "{p:?}");
        }
    }

    /// Decodes `input` split into chunks of `size` bytes.
    fn decode_chunked(input: &[u8], size: usize, cap: u64) -> Result<(Vec<u8>, usize), Pop3Error> {
        let mut dec = MultilineDecoder::new(cap);
        let mut out = Vec::new();
        let mut pos = 0;
        for chunk in input.chunks(size) {
            let (used, done) = dec.feed(chunk, &mut out)?;
            pos += used;
            if done {
                return Ok((out, pos));
            }
            assert_eq!(used, chunk.len());
        }
        Err(Pop3Error::Closed)
    }

    #[test]
    fn multiline_bodies() {
        let cases: &[(&[u8], &[u8])] = &[
            (b".\r\n", b""),
            (b".\n", b""),
            (b"a\r\n.\r\n", b"a\r\n"),
            (b"a\r\nb\r\n.\r\n", b"a\r\nb\r\n"),
            (b"..\r\n.\r\n", b".\r\n"),
            (b"...\r\n.\r\n", b"..\r\n"),
            (b"..foo\r\nbar\r\n.\r\n", b".foo\r\nbar\r\n"),
            (b"x\r\n..\r\n.\r\n", b"x\r\n.\r\n"),
            (b"x\r\n.y\r\n.\r\n", b"x\r\ny\r\n"),
            (b"a.b\r\n.\r\n", b"a.b\r\n"),
            (b"a\r\n .\r\n.\r\n", b"a\r\n .\r\n"),
            (b"\r\n\r\n.\r\n", b"\r\n\r\n"),
            (b"a\nb\n.\n", b"a\nb\n"),
            (b"a\n..b\n.\n", b"a\n.b\n"),
            (b"a\r\n.\rx\r\n.\r\n", b"a\r\n\rx\r\n"),
            (b"bin\x00\xff\r\n.\r\n", b"bin\x00\xff\r\n"),
            (b"a\r\n.\r\n+OK next\r\n", b"a\r\n"),
        ];
        for (raw, want) in cases {
            for size in [1, 2, 3, 5, 7, raw.len().max(1)] {
                let (got, used) = decode_chunked(raw, size, 1 << 20)
                    .unwrap_or_else(|e| panic!("{e} for {raw:?} size {size}"));
                assert_eq!(&got[..], *want, "input {raw:?} size {size}");
                let term = memmem::find(raw, b"\n.\r\n")
                    .map(|p| p + 4)
                    .or_else(|| memmem::find(raw, b"\n.\n").map(|p| p + 3))
                    .unwrap_or(if raw.starts_with(b".\r\n") { 3 } else { 2 });
                assert_eq!(used, term, "input {raw:?} size {size}");
            }
        }
    }

    #[test]
    fn multiline_terminator_split_everywhere() {
        let body: &[u8] = b"Subject: hi\r\n\r\n..dots\r\nline\r\n.\r\n";
        let want: &[u8] = b"Subject: hi\r\n\r\n.dots\r\nline\r\n";
        for split in 0..=body.len() {
            let mut dec = MultilineDecoder::new(1 << 20);
            let mut out = Vec::new();
            let (a, done_a) = dec.feed(&body[..split], &mut out).unwrap_or((0, false));
            assert_eq!(a, split);
            if done_a {
                assert_eq!(split, body.len());
            } else {
                let (b, done_b) = dec.feed(&body[split..], &mut out).unwrap_or((0, false));
                assert!(done_b, "split {split}");
                assert_eq!(a + b, body.len());
            }
            assert_eq!(&out[..], want, "split {split}");
        }
    }

    #[test]
    fn multiline_missing_terminator() {
        for raw in [
            &b""[..],
            b"a\r\n",
            b"a\r\n.",
            b"a\r\n.\r",
            b"a\r\n.x\r\n",
            b"a.\r\n",
        ] {
            assert!(
                matches!(decode_multiline(raw, 1 << 20), Err(Pop3Error::Closed)),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn multiline_cap() {
        assert!(decode_multiline(b"abcd\r\n.\r\n", 6).is_ok());
        assert!(matches!(
            decode_multiline(b"abcde\r\n.\r\n", 6),
            Err(Pop3Error::TooLarge { .. })
        ));
        // Output never grows past the cap, even for one huge line.
        let mut dec = MultilineDecoder::new(1000);
        let mut out = Vec::new();
        let big = vec![b'x'; 5000];
        assert!(dec.feed(&big, &mut out).is_err());
        assert!(out.len() <= 1000);
    }

    #[test]
    fn multiline_long_lines() {
        let mut raw = vec![b'z'; 3 << 20];
        raw.extend_from_slice(b"\r\n.\r\n");
        let (out, _) = decode_multiline(&raw, 1 << 30).unwrap_or_default();
        assert_eq!(out.len(), (3 << 20) + 2);
    }

    #[test]
    fn capa() {
        let body = b"TOP\r\nUSER\r\nSASL PLAIN login\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n\
PIPELINING\r\nUIDL\r\nSTLS\r\nLOGIN-DELAY 900 USER\r\nEXPIRE NEVER\r\n\
IMPLEMENTATION Dovecot  ready\r\nX-FOO bar\r\n\r\n";
        let caps = parse_capa(body);
        assert!(caps.top && caps.user && caps.pipelining && caps.uidl && caps.stls);
        assert!(caps.resp_codes && caps.auth_resp_code);
        assert_eq!(caps.sasl, vec!["PLAIN".to_string(), "LOGIN".to_string()]);
        assert!(caps.has_sasl("plain"));
        assert_eq!(caps.login_delay, Some(900));
        assert_eq!(caps.expire.as_deref(), Some("NEVER"));
        assert_eq!(caps.implementation.as_deref(), Some("Dovecot  ready"));
        assert_eq!(caps.raw.len(), 12);
        assert_eq!(caps.raw[11], "X-FOO bar");

        let empty = parse_capa(b"");
        assert_eq!(empty, Capabilities::default());
        let lower = parse_capa(b"stls\nuidl\nsasl\n");
        assert!(lower.stls && lower.uidl && lower.sasl.is_empty());
        let bad_delay = parse_capa(b"LOGIN-DELAY soon\r\nEXPIRE 30 USER\r\n");
        assert_eq!(bad_delay.login_delay, None);
        assert_eq!(bad_delay.expire.as_deref(), Some("30 USER"));
    }

    #[test]
    fn list_lines() {
        let good: &[(&[u8], (u32, u64))] = &[
            (b"1 120\r\n", (1, 120)),
            (b"1 120", (1, 120)),
            (b"  2\t\t 0  \r\n", (2, 0)),
            (b"+OK 3 4567\r\n", (3, 4567)),
            (b"+ok 3 4567", (3, 4567)),
            (b"4 99 extra info\r\n", (4, 99)),
            (b"4294967295 18446744073709551615", (u32::MAX, u64::MAX)),
        ];
        for (raw, want) in good {
            assert_eq!(parse_list_line(raw).ok(), Some(*want), "{raw:?}");
        }
        let bad: &[&[u8]] = &[
            b"",
            b"1",
            b"0 10",
            b"-1 10",
            b"a 10",
            b"1 ten",
            b"1 -5",
            b"1 +5",
            b"4294967296 1",
            b"1 18446744073709551616",
            b"+OK",
        ];
        for raw in bad {
            assert!(
                matches!(parse_list_line(raw), Err(Pop3Error::Protocol { .. })),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn uidl_lines() {
        let long = format!("1 {}", "u".repeat(MAX_UID_LEN));
        let good: Vec<(&[u8], (u32, String))> = vec![
            (
                b"1 whqtswO00WBw418f9t5JxYwZ\r\n",
                (1, "whqtswO00WBw418f9t5JxYwZ".into()),
            ),
            (b"  2 \t abc  \r\n", (2, "abc".into())),
            (b"+OK 3 x.y@z!~", (3, "x.y@z!~".into())),
            (b"4 caf\xc3\xa9", (4, "caf\u{e9}".into())),
            (b"5 a\xffb", (5, "\u{fffd}a\u{ff}b".into())),
            (
                b"6 \xef\xbf\xbdz",
                (6, "\u{fffd}\u{ef}\u{bf}\u{bd}z".into()),
            ),
            (long.as_bytes(), (1, "u".repeat(MAX_UID_LEN))),
        ];
        for (raw, want) in good {
            assert_eq!(parse_uidl_line(raw).ok(), Some(want), "{raw:?}");
        }
        let too_long = format!("1 {}", "u".repeat(MAX_UID_LEN + 1));
        let bad: Vec<&[u8]> = vec![
            b"",
            b"1",
            b"0 abc",
            b"x abc",
            b"1 a b",
            b"1 a\x01b",
            b"1 a\x7fb",
            b"1 \x00",
            too_long.as_bytes(),
        ];
        for raw in bad {
            assert!(
                matches!(parse_uidl_line(raw), Err(Pop3Error::Protocol { .. })),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn uid_mapping_is_one_to_one() {
        let a = parse_uidl_line(b"1 \xc3\xa9").ok();
        let b = parse_uidl_line(b"1 \xe9").ok();
        assert!(a.is_some() && b.is_some());
        assert_ne!(a, b);
    }

    #[test]
    fn uidl_validation() {
        let e = |v: &[(u32, &str)]| {
            v.iter()
                .map(|(n, u)| (*n, u.to_string()))
                .collect::<Vec<_>>()
        };
        assert!(validate_uidl(&e(&[])).is_ok());
        assert!(validate_uidl(&e(&[(1, "a"), (2, "b"), (5, "c")])).is_ok());
        assert!(validate_uidl(&e(&[(1, "a"), (1, "b")])).is_err());
        assert!(validate_uidl(&e(&[(1, "a"), (2, "a")])).is_err());
        // UIDs are case-sensitive.
        assert!(validate_uidl(&e(&[(1, "a"), (2, "A")])).is_ok());
    }

    #[test]
    fn stat() {
        assert_eq!(parse_stat("2 320").ok(), Some((2, 320)));
        assert_eq!(parse_stat(" 0  0 ").ok(), Some((0, 0)));
        assert_eq!(parse_stat("3 100 messages").ok(), Some((3, 100)));
        for bad in ["", "2", "x 1", "1 y", "-1 0"] {
            assert!(parse_stat(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn apop() {
        let cases: &[(&[u8], Option<&str>)] = &[
            (
                b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n",
                Some("<1896.697170952@dbc.mtview.ca.us>"),
            ),
            (b"+OK ready\r\n", None),
            (b"+OK <no-at-sign>\r\n", None),
            (b"+OK <a b@c>\r\n", None),
            (b"+OK <unterminated@x\r\n", None),
            (b"+OK <<1@x>\r\n", None),
            (b"+OK <1@x> and <2@y>\r\n", Some("<1@x>")),
        ];
        for (raw, want) in cases {
            assert_eq!(apop_timestamp(raw).as_deref(), *want, "{raw:?}");
        }
        // RFC 1939 §7 example.
        assert_eq!(
            apop_digest("<1896.697170952@dbc.mtview.ca.us>", "tanstaaf"),
            "c4c9334bac560ecc979e58001b3e22fb"
        );
    }

    #[test]
    fn auth_plain() {
        assert_eq!(
            auth_plain_response("tim", "tanstaaftanstaaf"),
            "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"
        );
        assert_eq!(auth_plain_response("", ""), "AAA=");
    }

    #[test]
    fn resp_code_parse() {
        assert_eq!(RespCode::parse("sys/temp"), RespCode::SysTemp);
        assert_eq!(RespCode::parse("SYS/PERM/X"), RespCode::SysPerm);
        assert_eq!(RespCode::parse("LOGIN-DELAY"), RespCode::LoginDelay);
        assert_eq!(RespCode::parse("UTF8"), RespCode::Other("UTF8".into()));
    }
}
