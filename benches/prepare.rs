//! What `store::prepare` costs per download: the CPU work the engine does
//! on every received message before it is stored (the content hash and
//! the list summary), split into its parts, on one core.
//!
//! `cargo bench --bench prepare -- [DIR]` reads every file of DIR (default:
//! the download benchmark's generated mailbox,
//! `target/bench-data/mailbox-n10000-seed2/Maildir/new`; run
//! `benches/fetch.sh` once to create it) and times, in ROUNDS interleaved
//! rounds, hashing all messages, summarizing all messages, and the whole
//! `prepare`. It prints the median of each and their ratios, so runs on a
//! noisy machine stay comparable.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use postern::mime;
use postern::store::{self, NewMessage};

const ROUNDS: usize = 7;

fn main() {
    let dir = std::env::args()
        .skip(1)
        .find(|a| !a.starts_with('-'))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("target/bench-data/mailbox-n10000-seed2/Maildir/new")
        });
    let mut messages = Vec::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!(
                "cannot read {}: {e}\n(run benches/fetch.sh once to generate the mailbox, or pass a directory of messages)",
                dir.display()
            );
            std::process::exit(2);
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() {
            match std::fs::read(&path) {
                Ok(raw) => messages.push(raw),
                Err(e) => eprintln!("skipping {}: {e}", path.display()),
            }
        }
    }
    if messages.is_empty() {
        eprintln!("no messages in {}", dir.display());
        std::process::exit(2);
    }
    let bytes: usize = messages.iter().map(Vec::len).sum();
    println!(
        "{} messages, {:.1} MB, from {}",
        messages.len(),
        bytes as f64 / 1e6,
        dir.display()
    );

    let mut hash = Vec::new();
    let mut summary = Vec::new();
    let mut prepare = Vec::new();
    let mut sink = 0usize;
    for _ in 0..ROUNDS {
        let t = Instant::now();
        for raw in &messages {
            sink ^= store::content_hash(raw).len();
        }
        hash.push(t.elapsed());

        let t = Instant::now();
        for raw in &messages {
            sink ^= mime::summarize(raw).snippet.len();
        }
        summary.push(t.elapsed());
        let t = Instant::now();
        for (i, raw) in messages.iter().enumerate() {
            let prepared = store::prepare(NewMessage {
                uid: i.to_string(),
                raw: raw.clone(),
                server_size: raw.len() as u64,
                size_mismatch: false,
                partial: false,
            });
            sink ^= prepared.summary().snippet.len();
        }
        prepare.push(t.elapsed());
    }
    let (hash, summary, prepare) = (median(hash), median(summary), median(prepare));
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "median of {ROUNDS} rounds: hash {:.1} ms ({:.2} GB/s), summarize {:.1} ms, prepare {:.1} ms (includes copying the bytes)",
        ms(hash),
        bytes as f64 / hash.as_secs_f64() / 1e9,
        ms(summary),
        ms(prepare),
    );
    println!(
        "per message: hash {:.1} us, summarize {:.1} us; summarize/hash {:.2}",
        ms(hash) * 1e3 / messages.len() as f64,
        ms(summary) * 1e3 / messages.len() as f64,
        summary.as_secs_f64() / hash.as_secs_f64(),
    );
    // Keeps the work from being optimised away.
    if sink == usize::MAX {
        println!("{sink}");
    }
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}
