//! The inbox benchmark's in-process half (driven by `benches/inbox.sh`).
//!
//! `gen N DIR`: writes a data folder whose database holds N realistic
//! messages (seeded, so every run gets the same mailbox) through the real
//! store API: `prepare` on every core, `store_batch` in batches of 1000,
//! then `index_pending` until the search index is complete.
//!
//! `measure DIR`: opens that database and prints `key=value` lines:
//! - search latency: `Store::search` for a few realistic terms, median of
//!   repeated runs per term, and the median over the terms;
//! - scroll steps: a 40-row viewport moved down 3 rows per step through a
//!   cache of 200-row pages read by keyset paging (`Store::list`), as the
//!   inbox does; per step it times building the viewport's row widgets with
//!   iced, laying them out and recording the draw commands with the
//!   headless tiny-skia renderer (everything a frame costs on the CPU but
//!   rasterising), and separately each page read.

use std::path::Path;
use std::time::{Duration, Instant};

use iced::advanced::renderer::{self, Headless};
use iced::widget::{column, container, row, scrollable, space, text};
use iced::{mouse, Element, Fill, Font, Pixels, Size, Theme};
use iced_test::runtime::user_interface::{Cache, UserInterface};

use postern::account::{
    AccountSettings, DownloadOptions, Incoming, OversizePolicy, PopAuth, Security,
};
use postern::store::{self, prepare, ListCursor, ListQuery, MessageRow, NewMessage, Store};

const BATCH: usize = 1000;
const ROW_HEIGHT: f32 = 30.0;
const VIEWPORT_ROWS: usize = 40;
const PAGE_ROWS: usize = 200;
const STEP_ROWS: usize = 3;
const STEPS: usize = 600;
/// A subject word, two-word phrases, a sender's name, a rare word, a
/// common word.
const SEARCH_TERMS: &[&str] = &[
    "invoice",
    "meeting tomorrow",
    "paul",
    "quarterly report",
    "zebra",
    "project",
];
const SEARCH_REPS: usize = 15;

fn main() {
    // `cargo bench` appends `--bench`.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["gen", n, dir] => generate(n.parse().expect("message count"), Path::new(dir)),
        ["measure", dir] => measure(Path::new(dir)),
        _ => {
            eprintln!("usage: inbox gen N DIR | inbox measure DIR");
            std::process::exit(2);
        }
    }
}

/// splitmix64: small, seeded, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const FIRST: &[&str] = &[
    "Alice",
    "Bob",
    "Carol",
    "David",
    "Eve",
    "Frank",
    "Grace",
    "Heidi",
    "Ivan",
    "Judy",
    "Mallory",
    "Niaj",
    "Olivia",
    "Paul",
    "Quentin",
    "Rupert",
    "Sybil",
    "Trent",
    "Ursula",
    "Victor",
    "Walter",
    "Xavier",
    "Yvonne",
    "Zoé",
    "Jürgen",
    "Åsa",
    "François",
    "Søren",
    "Małgorzata",
    "Kenji",
];
const LAST: &[&str] = &[
    "Smith", "Johnson", "Müller", "García", "Rossi", "Dubois", "Nowak", "Tanaka", "Silva",
    "Kowalski", "Andersen", "O'Brien", "Nguyen", "Schmidt", "Martin", "Lefèvre", "Ivanova",
];
const DOMAINS: &[&str] = &[
    "example.com",
    "example.org",
    "mail.example.net",
    "corp.example",
    "uni.example.edu",
    "shop.example",
    "news.example.com",
    "bank.example",
    "travel.example",
    "lists.example.org",
];
const SUBJECTS: &[&str] = &[
    "Invoice {n} for your order",
    "Meeting tomorrow at {h}:00",
    "Re: Quarterly report draft",
    "Fwd: photos from the weekend",
    "Your subscription renews soon",
    "Weekly newsletter #{n}",
    "Re: Re: project timeline",
    "Lunch on Friday?",
    "Password reset requested",
    "Shipping confirmation {n}",
    "Minutes of the board meeting",
    "Holiday plans",
    "Question about the contract",
    "Build {n} failed",
    "Welcome to the team!",
    "Reminder: dentist appointment",
];
/// The most frequent words, in order.
const STOP: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be",
    "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have",
    "an", "had", "they", "you", "were", "their", "one", "all", "we", "can", "her", "has", "there",
    "been", "if", "more", "when", "will", "would", "who", "so", "no",
];
/// Real words spread through the middle and tail of the vocabulary.
const TOPIC: &[&str] = &[
    "project",
    "meeting",
    "report",
    "budget",
    "invoice",
    "schedule",
    "deadline",
    "customer",
    "order",
    "delivery",
    "payment",
    "account",
    "contract",
    "review",
    "draft",
    "proposal",
    "team",
    "office",
    "quarter",
    "results",
    "analysis",
    "server",
    "release",
    "update",
    "question",
    "answer",
    "tomorrow",
    "yesterday",
    "morning",
    "evening",
    "weekend",
    "holiday",
    "travel",
    "flight",
    "hotel",
    "dinner",
    "lunch",
    "coffee",
    "garden",
    "weather",
    "family",
    "photos",
    "music",
    "concert",
    "ticket",
    "library",
    "book",
    "chapter",
    "museum",
    "bicycle",
    "train",
    "station",
    "river",
    "mountain",
    "lake",
    "forest",
    "village",
    "city",
    "market",
    "bakery",
    "quarterly",
    "annual",
    "summary",
    "attached",
    "please",
    "thanks",
    "regards",
    "cheers",
    "straße",
    "café",
    "naïve",
    "résumé",
    "smörgåsbord",
    "jalapeño",
    "übermorgen",
    "zebra",
];
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "dan", "fel", "gor", "hin", "jus",
    "kem", "lor", "mar", "nis", "pol", "quo", "ras", "sen", "tor", "ulm", "ven", "wis", "yar",
];
/// Size of the vocabulary (words drawn with Zipf's law).
const VOCABULARY: usize = 30_000;

/// STOP words first, then made-up words with a TOPIC word every 150th
/// (so "invoice" is about as common as a real topic word).
fn vocabulary() -> Vec<String> {
    let mut words: Vec<String> = STOP.iter().map(|w| (*w).to_owned()).collect();
    let mut topic = TOPIC.iter();
    let mut n = 0usize;
    while words.len() < VOCABULARY {
        if words.len().is_multiple_of(150) {
            if let Some(w) = topic.next() {
                words.push((*w).to_owned());
                continue;
            }
        }
        let s = SYLLABLES.len();
        let (a, b, c) = (n % s, n / s % s, n / s / s % s);
        words.push(format!("{}{}{}", SYLLABLES[a], SYLLABLES[b], SYLLABLES[c]));
        n += 1;
    }
    words
}

/// Cumulative Zipf weights (s = 1) over the vocabulary.
fn zipf() -> Vec<f64> {
    let mut acc = 0.0;
    (0..VOCABULARY)
        .map(|k| {
            acc += 1.0 / (k + 1) as f64;
            acc
        })
        .collect()
}

struct Words {
    list: Vec<String>,
    cumulative: Vec<f64>,
}

impl Words {
    fn new() -> Words {
        Words {
            list: vocabulary(),
            cumulative: zipf(),
        }
    }
    fn pick(&self, rng: &mut Rng) -> &str {
        let total = self.cumulative[self.cumulative.len() - 1];
        let x = (rng.next() >> 11) as f64 / (1u64 << 53) as f64 * total;
        let i = self.cumulative.partition_point(|&c| c < x);
        &self.list[i.min(self.list.len() - 1)]
    }
}

fn person(rng: &mut Rng) -> (String, String) {
    let first = rng.pick(FIRST);
    let last = rng.pick(LAST);
    let local: String = format!("{first}.{last}")
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    (
        format!("{first} {last}"),
        format!("{local}@{}", rng.pick(DOMAINS)),
    )
}

fn paragraph(rng: &mut Rng, vocab: &Words, out: &mut String, words: usize) {
    let mut line = 0;
    for i in 0..words {
        let word = vocab.pick(rng);
        if i == 0 {
            let mut chars = word.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(word);
        }
        line += word.len() + 1;
        if i + 1 == words {
            out.push_str(".\r\n");
        } else if line > 70 {
            out.push_str("\r\n");
            line = 0;
        } else {
            out.push(' ');
        }
    }
}

fn rfc2822(secs: i64) -> String {
    const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let t = postern::i18n::utc_time(secs);
    format!(
        "{}, {:02} {} {} {:02}:{:02}:{:02} +0000",
        DAYS[t.weekday as usize],
        t.day,
        MONTHS[(t.month - 1) as usize],
        t.year,
        t.hour,
        t.minute,
        t.second
    )
}

/// One message: plain (75%), multipart/alternative (22%) or with a small
/// PDF-ish attachment (3%); bodies of roughly 1 to 6 KB.
fn message(vocab: &Words, seed: u64, i: usize, now: i64) -> Vec<u8> {
    let mut rng = Rng(seed ^ (i as u64).wrapping_mul(0x2545_f491_4f6c_dd1d));
    let (from_name, from_addr) = person(&mut rng);
    let subject = rng
        .pick(SUBJECTS)
        .replace("{n}", &(1000 + rng.below(90_000)).to_string())
        .replace("{h}", &(8 + rng.below(10)).to_string());
    // Spread over six years, newest last.
    let date = now - 6 * 365 * 86_400 + (rng.below(6 * 365 * 86_400)) as i64;
    let mut body = String::new();
    body.push_str(&format!("Hello {},\r\n\r\n", rng.pick(FIRST)));
    for _ in 0..2 + rng.below(10) {
        let n = 30 + rng.below(90);
        paragraph(&mut rng, vocab, &mut body, n);
        body.push_str("\r\n");
    }
    body.push_str(&format!("Regards,\r\n{from_name}\r\n"));
    let mut head = format!(
        "From: {from_name} <{from_addr}>\r\nTo: Bob Example <bob@example.org>\r\n\
         Subject: {subject}\r\nDate: {}\r\nMessage-ID: <{i}.{seed}@bench.example>\r\n\
         MIME-Version: 1.0\r\n",
        rfc2822(date)
    );
    let kind = rng.below(100);
    if kind < 75 {
        head.push_str(
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        );
        head.push_str(&body);
    } else {
        let boundary = format!("b{i}x{}", rng.next());
        let html = format!(
            "<html><body><p>{}</p></body></html>\r\n",
            body.replace("\r\n\r\n", "</p><p>")
        );
        let alternative = kind < 97;
        head.push_str(&format!(
            "Content-Type: multipart/{}; boundary=\"{boundary}\"\r\n\r\n",
            if alternative { "alternative" } else { "mixed" }
        ));
        head.push_str(&format!(
            "--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        ));
        if alternative {
            head.push_str(&format!(
                "--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n"
            ));
        } else {
            head.push_str(&format!(
                "--{boundary}\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\
                 Content-Disposition: attachment; filename=\"report-{i}.pdf\"\r\n\r\n"
            ));
            let len = 8 * 1024 + rng.below(24 * 1024);
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            let mut line = String::with_capacity(78);
            for n in 0..len {
                line.push(char::from(alphabet[rng.below(64)]));
                if n % 76 == 75 {
                    head.push_str(&line);
                    head.push_str("\r\n");
                    line.clear();
                }
            }
            head.push_str(&line);
            head.push_str("\r\n");
        }
        head.push_str(&format!("--{boundary}--\r\n"));
    }
    head.into_bytes()
}

fn account() -> AccountSettings {
    AccountSettings {
        display_name: "Bob Example".into(),
        email: "bob@example.org".into(),
        incoming: Incoming {
            host: "pop.example.org".into(),
            port: 995,
            security: Security::Tls,
            username: "bob".into(),
            auth: PopAuth::User,
            pin_sha256: None,
        },
        outgoing: None,
        options: DownloadOptions {
            leave_on_server: true,
            delete_after_days: None,
            delete_when_deleted_locally: false,
            size_limit: None,
            oversize: OversizePolicy::Skip,
            check_at_startup: false,
            check_every_minutes: None,
        },
        allow_plaintext: false,
        password_command: None,
    }
}

fn generate(count: usize, dir: &Path) {
    const SEED: u64 = 4;
    let started = Instant::now();
    std::fs::create_dir_all(dir).expect("data folder");
    let mut store = Store::open(&dir.join(store::DB_FILE)).expect("open store");
    let account = store.add_account(&account()).expect("account");
    let now = 1_790_000_000;
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let vocab = &Words::new();
    let mut bytes = 0u64;
    let mut done = 0;
    while done < count {
        let end = (done + BATCH).min(count);
        // Hash and parse on every core; the store writes on this one.
        let chunk = (end - done).div_ceil(threads);
        let prepared: Vec<_> = std::thread::scope(|s| {
            let handles: Vec<_> = (done..end)
                .step_by(chunk)
                .map(|start| {
                    let stop = (start + chunk).min(end);
                    s.spawn(move || {
                        (start..stop)
                            .map(|i| {
                                let raw = message(vocab, SEED, i, now);
                                prepare(NewMessage {
                                    uid: format!("uid-{i:08}"),
                                    server_size: raw.len() as u64,
                                    raw,
                                    size_mismatch: false,
                                    partial: false,
                                })
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("prepare thread"))
                .collect()
        });
        bytes += prepared.iter().map(|p| p.raw().len() as u64).sum::<u64>();
        store.store_batch(account, prepared).expect("store batch");
        done = end;
        if done.is_multiple_of(50_000) {
            eprintln!("  stored {done} ({:.1?})", started.elapsed());
        }
    }
    let stored_in = started.elapsed();
    let mut indexed = 0;
    loop {
        let n = store.index_pending(5000).expect("index");
        if n == 0 {
            break;
        }
        indexed += n;
        if indexed.is_multiple_of(100_000) {
            eprintln!("  indexed {indexed} ({:.1?})", started.elapsed());
        }
    }
    println!(
        "generated={count} raw_mb={:.1} store_s={:.1} index_s={:.1}",
        bytes as f64 / 1e6,
        stored_in.as_secs_f64(),
        (started.elapsed() - stored_in).as_secs_f64()
    );
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn pct(mut v: Vec<Duration>, p: f64) -> Duration {
    v.sort();
    v[((v.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3}", d.as_secs_f64() * 1000.0)
}

fn measure(dir: &Path) {
    let store = Store::open(&dir.join(store::DB_FILE)).expect("open store");
    let total = store.count(&ListQuery::default()).expect("count");
    println!("messages={total}");

    // Search: warm once per term, then the median of repeated runs.
    let mut medians = Vec::new();
    for term in SEARCH_TERMS {
        let first = Instant::now();
        let hits = store.search(term, 200).expect("search").len();
        let cold = first.elapsed();
        let runs: Vec<Duration> = (0..SEARCH_REPS)
            .map(|_| {
                let t = Instant::now();
                let _ = store.search(term, 200).expect("search");
                t.elapsed()
            })
            .collect();
        let m = median(runs);
        let matches = store.search(term, usize::MAX >> 1).expect("search").len();
        println!(
            "search term={term:?} matches={matches} shown={hits} first_ms={} median_ms={}",
            ms(cold),
            ms(m)
        );
        medians.push(m);
    }
    println!("search_ms={}", ms(median(medians)));

    scroll(&store, total);
}

/// Rows of one cached page window, keyed by their position.
struct Window {
    pages: Vec<Vec<MessageRow>>,
    cursors: Vec<Option<ListCursor>>,
}

fn scroll(store: &Store, total: u64) {
    let mut renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
        Font::DEFAULT,
        Pixels(16.0),
        Some("tiny-skia"),
    ))
    .expect("headless renderer");
    let theme = Theme::Light;
    let style = renderer::Style {
        text_color: theme.palette().text,
    };
    let size = Size::new(1100.0, 720.0);
    let mut cache = Cache::default();
    let mut window = Window {
        pages: Vec::new(),
        cursors: vec![None],
    };
    let mut page_reads = Vec::new();
    let mut views = Vec::new();
    let mut layouts = Vec::new();
    let mut frames = Vec::new();
    let total_rows = usize::try_from(total).unwrap_or(usize::MAX);
    for step in 0..STEPS {
        let first = step * STEP_ROWS;
        if first + VIEWPORT_ROWS > total_rows {
            break;
        }
        // Page reads happen off the UI thread in the app; timed apart.
        while window.pages.len() * PAGE_ROWS < first + VIEWPORT_ROWS {
            let t = Instant::now();
            let page = store
                .list(&ListQuery {
                    after: window.cursors.last().cloned().flatten(),
                    limit: PAGE_ROWS,
                    ..ListQuery::default()
                })
                .expect("page");
            page_reads.push(t.elapsed());
            window.cursors.push(page.last().map(ListCursor::after));
            window.pages.push(page);
        }
        let rows: Vec<&MessageRow> = (first..first + VIEWPORT_ROWS)
            .filter_map(|i| window.pages.get(i / PAGE_ROWS)?.get(i % PAGE_ROWS))
            .collect();

        let t = Instant::now();
        let element = view(&rows, first, total_rows);
        let built = t.elapsed();
        let mut ui = UserInterface::build(element, size, std::mem::take(&mut cache), &mut renderer);
        let laid_out = t.elapsed();
        ui.draw(&mut renderer, &theme, &style, mouse::Cursor::Unavailable);
        cache = ui.into_cache();
        let frame = t.elapsed();
        views.push(built);
        layouts.push(laid_out - built);
        frames.push(frame);
    }
    println!(
        "scroll steps={} rows_per_step={STEP_ROWS} viewport_rows={VIEWPORT_ROWS} \
         view_median_ms={} layout_median_ms={} frame_median_ms={} frame_p95_ms={} frame_max_ms={}",
        frames.len(),
        ms(median(views)),
        ms(median(layouts)),
        ms(median(frames.clone())),
        ms(pct(frames.clone(), 0.95)),
        ms(pct(frames.clone(), 1.0)),
    );
    println!(
        "page_read rows={PAGE_ROWS} reads={} median_ms={} max_ms={}",
        page_reads.len(),
        ms(median(page_reads.clone())),
        ms(pct(page_reads, 1.0))
    );
    // A jump to the end: the deepest keyset page, through the index.
    let t = Instant::now();
    let _ = store
        .list(&ListQuery {
            descending: false,
            limit: VIEWPORT_ROWS,
            ..ListQuery::default()
        })
        .expect("last page");
    println!("jump_to_end_ms={}", ms(t.elapsed()));
    println!("frame_build_ms={}", ms(median(frames)));
}

/// A list like the inbox's: fixed-height rows for the viewport only,
/// spacers for the rows above and below, in a scrollable.
fn view<'a>(
    rows: &[&'a MessageRow],
    first: usize,
    total: usize,
) -> Element<'a, (), Theme, iced::Renderer> {
    let mut list = column![space().height(first as f32 * ROW_HEIGHT)];
    for r in rows {
        let sender = if r.from_name.is_empty() {
            r.from_addr.as_str()
        } else {
            r.from_name.as_str()
        };
        list = list.push(
            container(
                row![
                    text(sender).width(220),
                    text(r.subject.as_str()).width(Fill),
                    text(r.date.unwrap_or_default().to_string()).width(120),
                ]
                .spacing(12),
            )
            .height(ROW_HEIGHT)
            .padding([4, 12]),
        );
    }
    let after = total.saturating_sub(first + rows.len());
    list = list.push(space().height(after as f32 * ROW_HEIGHT));
    scrollable(list).height(Fill).into()
}
