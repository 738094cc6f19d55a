//! The reader core against real-looking messages in `tests/fixtures/`.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use postern::reader::{
    attachment_bytes, render, sanitize_filename, save_attachment, source, BodyKind, Mailbox,
    RenderBudget, Rendered,
};

fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn open(name: &str) -> (Vec<u8>, Rendered) {
    let raw = fixture(name);
    let rendered = render(&raw, RenderBudget::default());
    (raw, rendered)
}

fn mb(name: &str, addr: &str) -> Mailbox {
    Mailbox {
        name: name.into(),
        addr: addr.into(),
    }
}

#[test]
fn fixtures_use_crlf() {
    for name in [
        "plain.eml",
        "html-only.eml",
        "alternative.eml",
        "nested.eml",
        "hostile-names.eml",
        "latin1.eml",
        "cp1252.eml",
        "iso2022jp.eml",
        "encoded-words.eml",
        "display-name-spoof.eml",
        "malformed.eml",
    ] {
        let raw = fixture(name);
        let lf = raw.iter().filter(|&&b| b == b'\n').count();
        let crlf = raw.windows(2).filter(|w| w == b"\r\n").count();
        assert!(lf > 0 && lf == crlf, "{name}: {lf} LF, {crlf} CRLF");
    }
}

#[test]
fn plain() {
    let (_, r) = open("plain.eml");
    assert!(r.parse_ok);
    assert_eq!(r.from, vec![mb("Alice Example", "alice@example.com")]);
    assert!(!r.from_name_misleading);
    assert_eq!(
        r.to,
        vec![
            mb("Bob Example", "bob@example.org"),
            mb("", "carol@example.net")
        ]
    );
    assert_eq!(r.cc, vec![mb("Dave", "dave@example.com")]);
    assert_eq!(r.subject, "Quarterly numbers");
    assert_eq!(r.date, Some(1_741_079_700));
    assert_eq!(r.body_kind, BodyKind::Plain);
    assert!(r
        .body
        .starts_with("Hi Bob,\n\nThe quarterly numbers are in: revenue is up 4% \u{2014} better"));
    assert!(!r.body.contains('\r'));
    assert!(!r.has_html && !r.body_truncated);
    assert_eq!(r.links.len(), 1);
    assert_eq!(
        r.links[0].target,
        "https://intranet.example.com/q1?view=summary"
    );
    assert!(r.attachments.is_empty());
}

#[test]
fn html_only_is_text_without_remote_content() {
    let (_, r) = open("html-only.eml");
    assert!(r.parse_ok);
    assert_eq!(r.body_kind, BodyKind::Html);
    assert!(r.has_html && !r.html_fallback);
    assert_eq!(r.subject, "Secure your account");
    assert_eq!(r.date, Some(1_741_179_600));
    assert!(r.body.contains("Account notice"), "{}", r.body);
    assert!(r
        .body
        .contains("Dear customer, your account needs attention."));
    // The deceptive link shows where it really goes.
    assert!(
        r.body.contains("https://bank.test/ [https://evil.test/]"),
        "{}",
        r.body
    );
    assert!(r
        .body
        .contains("special offers [https://real.target/offers?id=7&ref=mail]"));
    assert!(r.body.contains("[image: Bank of Test]"));
    // No remote address survives as content: images, tracking pixel,
    // CSS and script are gone.
    for gone in [
        "remote.example.net",
        "tracker.example.net",
        "open.gif",
        "document.write",
        "background",
        "<",
    ] {
        assert!(!r.body.contains(gone), "{gone:?} in {}", r.body);
    }
    assert_eq!(r.links.len(), 2);
    assert_eq!(r.links[0].text, "https://bank.test/");
    assert_eq!(r.links[0].target, "https://evil.test/");
    assert!(r.links[0].deceptive);
    assert_eq!(r.links[1].text, "special offers");
    assert_eq!(
        r.links[1].target,
        "https://real.target/offers?id=7&ref=mail"
    );
    assert!(!r.links[1].deceptive);
}

#[test]
fn alternative_prefers_plain_text() {
    let (_, r) = open("alternative.eml");
    assert!(r.parse_ok);
    assert_eq!(r.body_kind, BodyKind::Plain);
    assert!(r.has_html);
    assert!(
        r.body.contains(
            "Spring sale: everything 20% off until Sunday.\nShop now: https://shop.example/spring"
        ),
        "{:?}",
        r.body
    );
    assert!(!r.body.contains("HTML VERSION"));
    assert!(!r.body.contains("hero.jpg"));
    assert!(r.attachments.is_empty());
}

#[test]
fn nested_multiparts_and_attachments() {
    let (raw, r) = open("nested.eml");
    assert!(r.parse_ok);
    assert_eq!(r.date, Some(1_741_387_530));
    assert_eq!(r.body_kind, BodyKind::Plain);
    assert_eq!(r.body.trim_end(), "Here is the report. The logo is below.");
    let summary: Vec<_> = r
        .attachments
        .iter()
        .map(|a| (a.file_name.as_str(), a.mime_type.as_str(), a.size, a.inline))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("logo.png", "image/png", 70, true),
            ("Q1 report.pdf", "application/pdf", 77, false),
            ("donn\u{e9}es.csv", "text/csv", 23, false),
        ]
    );
    assert_eq!(r.attachments[2].name, "donn\u{e9}es.csv");
    let pdf = attachment_bytes(&raw, r.attachments[1].index).unwrap();
    assert!(pdf.starts_with(b"%PDF-1.4\n") && pdf.ends_with(b"%%EOF\n"));
    assert_eq!(pdf.len(), 77);
    let png = attachment_bytes(&raw, r.attachments[0].index).unwrap();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let csv = attachment_bytes(&raw, r.attachments[2].index).unwrap();
    assert_eq!(csv, "name;amount\nCaf\u{e9};3,50\n".as_bytes());
    // Not an attachment (the text body, the root) or out of range.
    assert_eq!(attachment_bytes(&raw, 0), None);
    assert_eq!(attachment_bytes(&raw, 9999), None);
}

#[test]
fn hostile_attachment_names_are_sanitised() {
    let (raw, r) = open("hostile-names.eml");
    assert!(r.parse_ok);
    let names: Vec<&str> = r.attachments.iter().map(|a| a.file_name.as_str()).collect();
    assert_eq!(names.len(), 7, "{names:?}");
    assert_eq!(names[0], "passwd");
    assert_eq!(names[1], "boot.ini");
    assert_eq!(names[2], "reportfdp.exe");
    assert_eq!(names[3], "_CON.txt");
    assert_eq!(names[4].len(), 200);
    assert!(names[4].starts_with("aaaa") && names[4].ends_with(".pdf"));
    assert_eq!(names[5], "attachment.pdf");
    assert_eq!(names[6], "hidden");
    // The displayed name keeps no bidi override either.
    assert_eq!(r.attachments[2].name, "reportfdp.exe");
    for a in &r.attachments {
        assert_eq!(
            attachment_bytes(&raw, a.index).as_deref(),
            Some(&b"ABC"[..])
        );
        assert_eq!(a.size, 3);
    }
}

#[test]
fn latin1() {
    let (_, r) = open("latin1.eml");
    assert!(r.parse_ok);
    assert_eq!(r.subject, "Caf\u{e9} cr\u{e8}me br\u{fb}l\u{e9}e");
    assert_eq!(
        r.from,
        vec![mb("Fran\u{e7}ois L\u{e9}ger", "francois@example.fr")]
    );
    assert_eq!(
        r.body.trim_end(),
        "Voil\u{e0}, le caf\u{e9} est pr\u{ea}t. \u{c7}a co\u{fb}te trois \u{e9}cus.\n\
         Gr\u{fc}\u{df}e aus K\u{f6}ln!"
    );
}

#[test]
fn windows_1252() {
    let (_, r) = open("cp1252.eml");
    assert!(r.parse_ok);
    assert_eq!(r.subject, "\u{20ac} 20 \u{2013} \u{201c}deal\u{201d}");
    assert_eq!(
        r.body.trim_end(),
        "Price: 20 \u{20ac} \u{2013} \u{201c}special\u{201d} offer\u{2026} it\u{2019}s ready."
    );
}

// mail-parser decodes ISO-2022-JP only with its `full_encoding` feature
// (encoding_rs); without it the text keeps its escape sequences.
#[test]
fn iso_2022_jp() {
    let (_, r) = open("iso2022jp.eml");
    assert!(r.parse_ok);
    assert_eq!(r.from, vec![mb("山田太郎", "yamada@example.jp")]);
    assert_eq!(r.subject, "会議のお知らせ");
    assert_eq!(
        r.body.trim_end(),
        "こんにちは、世界。\n明日の会議は十時からです。"
    );
    assert_eq!(r.date, Some(1_741_653_000));
}

#[test]
fn encoded_words_b_and_q_folded() {
    let (_, r) = open("encoded-words.eml");
    assert!(r.parse_ok);
    assert_eq!(
        r.from,
        vec![mb("J\u{fc}rgen M\u{fc}ller", "juergen@example.de")]
    );
    assert_eq!(
        r.to,
        vec![
            mb("Zo\u{eb} Saldana", "zoe@example.org"),
            mb("Andr\u{e9}", "andre@example.fr")
        ]
    );
    assert_eq!(
        r.subject,
        "\u{c9}l\u{e8}ve du mois: r\u{e9}sum\u{e9} \u{2713} \u{1f389}"
    );
    assert_eq!(r.body.trim_end(), "F\u{e9}licitations !");
}

#[test]
fn display_name_cannot_pose_as_an_address() {
    let (_, r) = open("display-name-spoof.eml");
    assert!(r.parse_ok);
    assert_eq!(r.from, vec![mb("paypal@paypal.com", "evil@x.test")]);
    assert!(r.from_name_misleading);
    assert!(r.reply_to[0].name_poses_as_other_address());
    assert_eq!(r.reply_to[0].addr, "collect@x.test");
    // Bidi overrides are removed from every displayed header.
    assert_eq!(r.to, vec![mb("Bobgro.elcitnave", "bob@example.org")]);
    assert_eq!(r.subject, "Your invoice fdp.exe");
    for text in [&r.subject, &r.to[0].name, &r.from[0].name] {
        assert!(!text.chars().any(|c| ('\u{202A}'..='\u{202E}').contains(&c)));
    }
}

#[test]
fn malformed_still_opens_with_raw_text() {
    let (raw, r) = open("malformed.eml");
    assert!(!r.parse_ok);
    assert_eq!(r.body_kind, BodyKind::Raw);
    assert_eq!(r.subject, "broken message");
    assert!(r.from.is_empty());
    assert_eq!(r.date, None);
    assert!(
        r.body
            .contains("The text that survives the broken boundary."),
        "{:?}",
        r.body
    );
    assert!(r.body.contains("garbage bytes"));
    assert!(r.body.contains('\u{FFFD}'));
    let src = source(&raw);
    assert!(src.starts_with("Subject: broken message\nContent-Type: multipart/mixed"));
    assert!(src.contains("<U+0000>"));
}

#[test]
fn truncated_and_garbage_messages_render() {
    let raw = fixture("nested.eml");
    for cut in (0..raw.len()).step_by(37) {
        let r = render(&raw[..cut], RenderBudget::default());
        assert!(r.body.chars().count() <= RenderBudget::default().max_output_chars);
    }
    let garbage: Vec<u8> = (0..20_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    let _ = render(&garbage, RenderBudget::default());
    let deep = format!(
        "Subject: deep\r\nContent-Type: text/html\r\n\r\n{}x{}",
        "<div><span>".repeat(20_000),
        "</span></div>".repeat(20_000)
    );
    let r = render(deep.as_bytes(), RenderBudget::default());
    assert_eq!(r.subject, "deep");
}

#[test]
fn sanitize_filename_table() {
    let long = format!("{}.tar.gz", "x".repeat(300));
    let cases: &[(&str, &str)] = &[
        ("report.pdf", "report.pdf"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\boot.ini", "boot.ini"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("report\u{202E}fdp.exe", "reportfdp.exe"),
        ("a\u{2066}b\u{2069}c.txt", "abc.txt"),
        ("tab\there\u{7}.txt", "tab here.txt"),
        ("CON", "_CON"),
        ("con.txt", "_con.txt"),
        ("Nul.tar.gz", "_Nul.tar.gz"),
        ("COM1.log", "_COM1.log"),
        ("lpt9", "_lpt9"),
        ("COM10.txt", "COM10.txt"),
        ("CONSOLE.txt", "CONSOLE.txt"),
        ("  .hidden  ", "hidden"),
        ("...", "attachment"),
        ("", "attachment"),
        ("/", "attachment"),
        ("name. . .", "name"),
        ("a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"),
        ("résumé été.pdf", "résumé été.pdf"),
    ];
    for (input, want) in cases {
        assert_eq!(sanitize_filename(input), *want, "input {input:?}");
    }
    let out = sanitize_filename(&long);
    assert!(out.len() <= 200 && out.ends_with(".gz"), "{out}");
    let multibyte = format!("{}.pdf", "é".repeat(300));
    let out = sanitize_filename(&multibyte);
    assert!(out.len() <= 200 && out.ends_with("é.pdf"), "{out}");
}

#[test]
fn save_attachment_is_atomic() {
    let dir = tempfile::tempdir().unwrap();
    let dest = dir.path().join("report.bin");
    let old = vec![b'o'; 1000];
    std::fs::write(&dest, &old).unwrap();
    let new: Vec<u8> = (0..8 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();

    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let (dest, stop, old, new) = (dest.clone(), stop.clone(), old.clone(), new.clone());
        std::thread::spawn(move || {
            let mut seen = 0;
            while !stop.load(std::sync::atomic::Ordering::SeqCst) {
                let now = std::fs::read(&dest).unwrap();
                assert!(
                    now == old || now == new,
                    "partial file of {} bytes",
                    now.len()
                );
                seen += 1;
            }
            seen
        })
    };
    for _ in 0..5 {
        save_attachment(&new, &dest).unwrap();
        save_attachment(&old, &dest).unwrap();
    }
    save_attachment(&new, &dest).unwrap();
    stop.store(true, std::sync::atomic::Ordering::SeqCst);
    assert!(watcher.join().unwrap() > 0);
    assert_eq!(std::fs::read(&dest).unwrap(), new);
    // No temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("report.bin")]);
    // A folder that does not exist fails cleanly.
    assert!(save_attachment(b"x", &dir.path().join("missing/x.bin")).is_err());
}

fn huge_html_message(bytes: usize) -> Vec<u8> {
    let mut raw = b"From: big@example.com\r\nSubject: huge\r\nMIME-Version: 1.0\r\n\
Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>\r\n"
        .to_vec();
    let mut i = 0;
    while raw.len() < bytes {
        raw.extend_from_slice(
            format!(
                "<table><tr><td><p>Row {i} <b>bold</b> <a href=\"https://t.test/{i}\">link {i}</a>\
                 <img src=\"http://remote.test/{i}.png\"></p></td></tr></table>\r\n"
            )
            .as_bytes(),
        );
        i += 1;
    }
    raw.extend_from_slice(b"</body></html>\r\n");
    raw
}

#[test]
fn huge_html_stays_within_budget() {
    let raw = huge_html_message(5 * 1024 * 1024);
    let budget = RenderBudget {
        max_input_bytes: 1024 * 1024,
        max_output_chars: 200_000,
        max_millis: 1500,
    };
    let start = Instant::now();
    let r = render(&raw, budget);
    let took = start.elapsed();
    assert_eq!(r.subject, "huge");
    assert_eq!(r.body_kind, BodyKind::Html);
    assert!(r.body_truncated);
    assert!(r.body.chars().count() <= budget.max_output_chars);
    assert!(
        r.body.contains("Row 0 bold link 0 [https://t.test/0]"),
        "{}",
        r.body.chars().take(200).collect::<String>()
    );
    assert!(!r.body.contains("remote.test"));
    // Parsing 5 MB plus the bounded conversion; generous for debug builds.
    assert!(
        took < Duration::from_millis(budget.max_millis) + Duration::from_millis(1500),
        "took {took:?}"
    );

    // A tiny time budget forces the crude fallback, which still shows
    // targets and no remote content.
    let tight = RenderBudget {
        max_millis: 1,
        ..budget
    };
    let r = render(&raw, tight);
    assert!(r.html_fallback);
    assert!(
        r.body.contains("link 0 [https://t.test/0]"),
        "{}",
        r.body.chars().take(200).collect::<String>()
    );
    assert!(!r.body.contains("remote.test"));
    assert!(r.body.chars().count() <= tight.max_output_chars);
}
