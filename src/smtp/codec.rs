//! SMTP replies as bytes: one line at a time into a [`ReplyParser`], which
//! yields a [`Reply`] when the last line of a (possibly multi-line) reply
//! arrives; EHLO keywords into [`Extensions`]; the SASL responses of AUTH
//! PLAIN and LOGIN. No I/O here.

use base64::Engine as _;

use super::SmtpError;

/// One complete reply: its code and the text of each line (without the
/// code and separator), sanitised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Reply {
    /// 2xx.
    pub fn is_positive(&self) -> bool {
        (200..300).contains(&self.code)
    }

    /// 3xx (e.g. 334 in AUTH).
    pub fn is_intermediate(&self) -> bool {
        (300..400).contains(&self.code)
    }

    /// Every line's text joined by spaces.
    pub fn text(&self) -> String {
        self.lines
            .iter()
            .map(|l| l.trim())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// Splits one reply line (without its line end) into code, "last line?"
/// and text.
pub fn parse_line(line: &[u8]) -> Result<(u16, bool, String), SmtpError> {
    let bad = || SmtpError::Protocol {
        what: format!(
            "not an SMTP reply line: {:?}",
            crate::pop3::codec::sanitize_text(line, 80)
        ),
    };
    if line.len() < 3 || !line[..3].iter().all(u8::is_ascii_digit) {
        return Err(bad());
    }
    if !(b'2'..=b'5').contains(&line[0]) {
        return Err(bad());
    }
    let code = u16::from(line[0] - b'0') * 100
        + u16::from(line[1] - b'0') * 10
        + u16::from(line[2] - b'0');
    let (last, rest) = match line.get(3) {
        None => (true, &line[3..3]),
        Some(b' ') => (true, &line[4..]),
        Some(b'-') => (false, &line[4..]),
        Some(_) => return Err(bad()),
    };
    Ok((code, last, crate::pop3::codec::sanitize_text(rest, 512)))
}

/// Whether `prefix` (the first bytes of a greeting) can still become an
/// SMTP reply line, so a TLS record or a POP3 `+OK` fails at once.
pub fn could_be_reply(prefix: &[u8]) -> bool {
    prefix.iter().take(3).all(u8::is_ascii_digit)
        && match prefix.get(3) {
            None => true,
            Some(b) => matches!(b, b' ' | b'-' | b'\r' | b'\n'),
        }
}

/// Collects the lines of one reply.
#[derive(Debug, Clone)]
pub struct ReplyParser {
    max_lines: usize,
    code: Option<u16>,
    lines: Vec<String>,
}

impl ReplyParser {
    pub fn new(max_lines: usize) -> Self {
        ReplyParser {
            max_lines,
            code: None,
            lines: Vec::new(),
        }
    }

    /// Feeds one line (without CRLF). `Some(reply)` on its last line.
    pub fn feed_line(&mut self, line: &[u8]) -> Result<Option<Reply>, SmtpError> {
        let (code, last, text) = parse_line(line)?;
        match self.code {
            Some(c) if c != code => {
                return Err(SmtpError::Protocol {
                    what: format!("a multi-line reply changed its code from {c} to {code}"),
                })
            }
            _ => self.code = Some(code),
        }
        if self.lines.len() >= self.max_lines {
            return Err(SmtpError::TooLarge {
                what: format!("reply longer than {} lines", self.max_lines),
            });
        }
        self.lines.push(text);
        if last {
            self.code = None;
            return Ok(Some(Reply {
                code,
                lines: std::mem::take(&mut self.lines),
            }));
        }
        Ok(None)
    }
}

/// What an EHLO reply advertises.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extensions {
    pub starttls: bool,
    /// SASL mechanisms, upper case (from `AUTH` and the old `AUTH=`).
    pub auth: Vec<String>,
    pub size: Option<u64>,
    pub pipelining: bool,
    /// Every keyword line, in order.
    pub raw: Vec<String>,
}

impl Extensions {
    /// Reads the keyword lines of a 250 EHLO reply (its first line is the
    /// server's name and is skipped).
    pub fn from_reply(reply: &Reply) -> Extensions {
        let mut ext = Extensions::default();
        for line in reply.lines.iter().skip(1) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            ext.raw.push(line.to_string());
            let mut words = line.split_ascii_whitespace();
            let keyword = words.next().unwrap_or("").to_ascii_uppercase();
            let (keyword, first_arg) = match keyword.split_once('=') {
                Some((k, a)) if k == "AUTH" => (k.to_string(), Some(a.to_string())),
                _ => (keyword, None),
            };
            match keyword.as_str() {
                "STARTTLS" => ext.starttls = true,
                "PIPELINING" => ext.pipelining = true,
                "SIZE" => ext.size = words.next().and_then(|n| n.parse().ok()),
                "AUTH" => {
                    for mech in first_arg.into_iter().chain(words.map(str::to_string)) {
                        let mech = mech.to_ascii_uppercase();
                        if !mech.is_empty() && !ext.auth.contains(&mech) {
                            ext.auth.push(mech);
                        }
                    }
                }
                _ => {}
            }
        }
        ext
    }

    pub fn has_auth(&self, mechanism: &str) -> bool {
        self.auth.iter().any(|m| m.eq_ignore_ascii_case(mechanism))
    }
}

/// AUTH PLAIN initial response (RFC 4616): base64 of `\0user\0password`.
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

/// Base64 of one AUTH LOGIN answer.
pub fn base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn feed_all(lines: &[&[u8]]) -> Result<Vec<Reply>, SmtpError> {
        let mut p = ReplyParser::new(4);
        let mut out = Vec::new();
        for l in lines {
            if let Some(r) = p.feed_line(l)? {
                out.push(r);
            }
        }
        Ok(out)
    }

    /// Lines in, then the code and line texts of the one reply out.
    type Case<'a> = (&'a [&'a [u8]], u16, &'a [&'a str]);

    #[test]
    fn replies_table() {
        let cases: &[Case] = &[
            (
                &[b"220 mail.example.org ESMTP"],
                220,
                &["mail.example.org ESMTP"],
            ),
            (&[b"250"], 250, &[""]),
            (
                &[b"250-mail.example.org", b"250-STARTTLS", b"250 AUTH PLAIN"],
                250,
                &["mail.example.org", "STARTTLS", "AUTH PLAIN"],
            ),
            (
                &[b"535 5.7.8 bad\x07 credentials"],
                535,
                &["5.7.8 bad credentials"],
            ),
        ];
        for (lines, code, texts) in cases {
            let got = feed_all(lines);
            let Ok(replies) = got else {
                panic!("{lines:?}: {got:?}")
            };
            assert_eq!(replies.len(), 1);
            assert_eq!(replies[0].code, *code);
            assert_eq!(replies[0].lines, *texts);
        }
    }

    #[test]
    fn bad_replies() {
        for lines in [
            &[b"+OK POP3 ready".as_slice()][..],
            &[b"25"],
            &[b"250x"],
            &[b"650 no"],
            &[b"250-a", b"251 b"],
            &[b"250-a", b"250-b", b"250-c", b"250-d", b"250 e"],
        ] {
            assert!(feed_all(lines).is_err(), "{lines:?}");
        }
    }

    #[test]
    fn reply_prefixes() {
        assert!(could_be_reply(b""));
        assert!(could_be_reply(b"22"));
        assert!(could_be_reply(b"220 "));
        assert!(could_be_reply(b"220-"));
        assert!(!could_be_reply(b"+OK"));
        assert!(!could_be_reply(b"\x16\x03\x01"));
        assert!(!could_be_reply(b"220x"));
    }

    #[test]
    fn ehlo_extensions() {
        let reply = Reply {
            code: 250,
            lines: [
                "mx.example.org hello",
                "PIPELINING",
                "SIZE 10240000",
                "AUTH PLAIN login",
                "AUTH=LOGIN CRAM-MD5",
                "starttls",
            ]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        };
        let ext = Extensions::from_reply(&reply);
        assert!(ext.starttls && ext.pipelining);
        assert_eq!(ext.size, Some(10_240_000));
        assert_eq!(ext.auth, vec!["PLAIN", "LOGIN", "CRAM-MD5"]);
        assert!(ext.has_auth("login"));
        assert_eq!(ext.raw.len(), 5);
    }

    #[test]
    fn sasl_responses() {
        assert_eq!(
            auth_plain_response("tim", "tanstaaftanstaaf"),
            "AHRpbQB0YW5zdGFhZnRhbnN0YWFm"
        );
        assert_eq!(base64("Username:"), "VXNlcm5hbWU6");
    }
}
