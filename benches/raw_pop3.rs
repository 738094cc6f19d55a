//! The lower bound of a POP3 download: one TLS connection, USER/PASS, LIST,
//! then every message fetched with pipelined RETR (and, in delete mode,
//! pipelined DELE), QUIT. The received bytes of the RETR replies go, as
//! they are, into ONE output file; the only work done on them is finding
//! where each reply ends (`\r\n.\r\n`). One fsync at the end.
//!
//! Run: `cargo bench --bench raw_pop3 -- --host 127.0.0.1 --port 995 \
//!        --user U --pass P --ca ca.pem --out /tmp/raw.out [--delete] [--window 32]`
//! (or the built binary in target/release/deps directly; see benches/fetch.sh).
//! Prints one line: `raw_pop3 messages=N bytes=B seconds=S`.

use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::net::TcpStream;
use std::time::Instant;

use native_tls::{Certificate, TlsConnector, TlsStream};

const TERMINATOR: &[u8] = b"\r\n.\r\n";

struct Options {
    host: String,
    port: u16,
    user: String,
    pass: String,
    ca: Option<String>,
    out: String,
    delete: bool,
    window: usize,
}

fn usage() -> ! {
    eprintln!(
        "usage: raw_pop3 --host H --port P --user U --pass PW [--ca CA.pem] --out FILE [--delete] [--window N]"
    );
    std::process::exit(2);
}

fn parse_args() -> Options {
    let mut o = Options {
        host: "127.0.0.1".into(),
        port: 995,
        user: String::new(),
        pass: String::new(),
        ca: None,
        out: String::new(),
        delete: false,
        window: 32,
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut val = || args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--host" => o.host = val(),
            "--port" => o.port = val().parse().unwrap_or_else(|_| usage()),
            "--user" => o.user = val(),
            "--pass" => o.pass = val(),
            "--ca" => o.ca = Some(val()),
            "--out" => o.out = val(),
            "--window" => o.window = val().parse().unwrap_or_else(|_| usage()),
            "--delete" => o.delete = true,
            "--keep" => o.delete = false,
            // `cargo bench` passes --bench to harness-less benches.
            "--bench" => {}
            _ => usage(),
        }
    }
    if o.user.is_empty() || o.out.is_empty() || o.window == 0 {
        usage();
    }
    o
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

struct Conn {
    tls: TlsStream<TcpStream>,
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

impl Conn {
    /// Reads more bytes into the buffer (compacting it first); errors at EOF.
    fn fill(&mut self) -> Result<()> {
        if self.start == self.end {
            self.start = 0;
            self.end = 0;
        } else if self.end == self.buf.len() {
            if self.start > 0 {
                self.buf.copy_within(self.start..self.end, 0);
                self.end -= self.start;
                self.start = 0;
            } else {
                let len = self.buf.len();
                self.buf.resize(len * 2, 0);
            }
        }
        let n = self.tls.read(&mut self.buf[self.end..])?;
        if n == 0 {
            return Err("connection closed by the server".into());
        }
        self.end += n;
        Ok(())
    }

    fn read_line(&mut self) -> Result<Vec<u8>> {
        loop {
            if let Some(i) = memchr::memmem::find(&self.buf[self.start..self.end], b"\r\n") {
                let line = self.buf[self.start..self.start + i].to_vec();
                self.start += i + 2;
                return Ok(line);
            }
            self.fill()?;
        }
    }

    fn command(&mut self, cmd: &str) -> Result<Vec<u8>> {
        self.tls.write_all(cmd.as_bytes())?;
        self.tls.write_all(b"\r\n")?;
        self.tls.flush()?;
        let line = self.read_line()?;
        if !line.starts_with(b"+OK") {
            let shown = if cmd.starts_with("PASS") {
                "PASS ***"
            } else {
                cmd
            };
            return Err(format!("{shown}: {}", String::from_utf8_lossy(&line)).into());
        }
        Ok(line)
    }

    /// A multi-line reply's body (after a +OK line), without the final ".".
    fn read_multiline(&mut self) -> Result<Vec<u8>> {
        let mut body = Vec::new();
        loop {
            let line = self.read_line()?;
            if line == b"." {
                return Ok(body);
            }
            body.extend_from_slice(&line);
            body.extend_from_slice(b"\r\n");
        }
    }
}

/// Finds the ends of RETR replies in a stream of bytes fed chunk by chunk.
struct ReplyScanner {
    /// At the first byte of a reply.
    at_start: bool,
    /// The last (up to 4) bytes of the current reply seen so far.
    tail: Vec<u8>,
    finder: memchr::memmem::Finder<'static>,
}

impl ReplyScanner {
    fn new() -> Self {
        ReplyScanner {
            at_start: true,
            tail: Vec::with_capacity(8),
            finder: memchr::memmem::Finder::new(TERMINATOR),
        }
    }

    /// Feeds a chunk; returns how many replies ended in it.
    fn feed(&mut self, chunk: &[u8]) -> Result<usize> {
        let mut done = 0;
        let mut i = 0;
        while i < chunk.len() {
            if self.at_start {
                if chunk[i] != b'+' {
                    let end = (i + 200).min(chunk.len());
                    return Err(format!(
                        "RETR failed: {}",
                        String::from_utf8_lossy(&chunk[i..end])
                    )
                    .into());
                }
                self.at_start = false;
                self.tail.clear();
            }
            // A terminator straddling the previous chunk and this one.
            if !self.tail.is_empty() {
                let mut found = None;
                for k in (1..=self.tail.len().min(4)).rev() {
                    let need = 5 - k;
                    if chunk.len() - i >= need
                        && self.tail[self.tail.len() - k..] == TERMINATOR[..k]
                        && chunk[i..i + need] == TERMINATOR[k..]
                    {
                        found = Some(need);
                        break;
                    }
                }
                if let Some(need) = found {
                    i += need;
                    done += 1;
                    self.at_start = true;
                    self.tail.clear();
                    continue;
                }
                if chunk.len() - i < 4 {
                    // Too short to decide: extend the tail and wait for more.
                    self.tail.extend_from_slice(&chunk[i..]);
                    let cut = self.tail.len().saturating_sub(4);
                    self.tail.drain(..cut);
                    return Ok(done);
                }
            }
            match self.finder.find(&chunk[i..]) {
                Some(p) => {
                    i += p + TERMINATOR.len();
                    done += 1;
                    self.at_start = true;
                    self.tail.clear();
                }
                None => {
                    let from = chunk.len().saturating_sub(4).max(i);
                    self.tail.extend_from_slice(&chunk[from..]);
                    let cut = self.tail.len().saturating_sub(4);
                    self.tail.drain(..cut);
                    return Ok(done);
                }
            }
        }
        Ok(done)
    }
}

fn run(o: &Options) -> Result<(usize, u64)> {
    let mut builder = TlsConnector::builder();
    if let Some(ca) = &o.ca {
        let pem = std::fs::read(ca)?;
        builder.add_root_certificate(Certificate::from_pem(&pem)?);
    }
    let connector = builder.build()?;
    let tcp = TcpStream::connect((o.host.as_str(), o.port))?;
    tcp.set_nodelay(true)?;
    let tls = connector.connect(&o.host, tcp)?;
    let mut c = Conn {
        tls,
        buf: vec![0u8; 1 << 20],
        start: 0,
        end: 0,
    };
    let greeting = c.read_line()?;
    if !greeting.starts_with(b"+OK") {
        return Err(format!("greeting: {}", String::from_utf8_lossy(&greeting)).into());
    }
    c.command(&format!("USER {}", o.user))?;
    c.command(&format!("PASS {}", o.pass))?;
    c.command("LIST")?;
    let list = c.read_multiline()?;
    let numbers: Vec<u64> = list
        .split(|&b| b == b'\n')
        .filter_map(|l| {
            let l = std::str::from_utf8(l).ok()?.trim();
            l.split_whitespace().next()?.parse().ok()
        })
        .collect();
    let n = numbers.len();

    let mut out = BufWriter::with_capacity(1 << 20, File::create(&o.out)?);
    let mut scanner = ReplyScanner::new();
    let mut sent = 0usize;
    let mut done = 0usize;
    let mut bytes = 0u64;
    let mut cmds = String::new();
    let half = (o.window / 2).max(1);
    while done < n {
        if sent < n && sent - done <= half {
            cmds.clear();
            while sent < n && sent - done < o.window {
                cmds.push_str("RETR ");
                cmds.push_str(&numbers[sent].to_string());
                cmds.push_str("\r\n");
                sent += 1;
            }
            c.tls.write_all(cmds.as_bytes())?;
            c.tls.flush()?;
        }
        if c.start == c.end {
            c.fill()?;
        }
        let chunk = &c.buf[c.start..c.end];
        let finished = scanner.feed(chunk)?;
        out.write_all(chunk)?;
        bytes += chunk.len() as u64;
        c.start = c.end;
        done += finished;
        if done > sent {
            return Err("more replies than commands".into());
        }
    }
    if !scanner.at_start {
        return Err("stream ended inside a reply".into());
    }

    if o.delete {
        let mut sent = 0usize;
        let mut done = 0usize;
        while done < n {
            if sent < n && sent - done <= half {
                cmds.clear();
                while sent < n && sent - done < o.window {
                    cmds.push_str("DELE ");
                    cmds.push_str(&numbers[sent].to_string());
                    cmds.push_str("\r\n");
                    sent += 1;
                }
                c.tls.write_all(cmds.as_bytes())?;
                c.tls.flush()?;
            }
            let line = c.read_line()?;
            if !line.starts_with(b"+OK") {
                return Err(format!("DELE: {}", String::from_utf8_lossy(&line)).into());
            }
            done += 1;
        }
    }
    c.command("QUIT")?;
    let file = out.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()?;
    Ok((n, bytes))
}

fn main() {
    let o = parse_args();
    let t = Instant::now();
    match run(&o) {
        Ok((n, bytes)) => {
            println!(
                "raw_pop3 messages={n} bytes={bytes} seconds={:.3}",
                t.elapsed().as_secs_f64()
            );
        }
        Err(e) => {
            eprintln!("raw_pop3: {e}");
            std::process::exit(1);
        }
    }
}
