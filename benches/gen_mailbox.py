#!/usr/bin/env python3
"""Deterministic generator of a realistic test mailbox for the download benchmark.

    gen_mailbox.py --count 10000 --seed 2 --out DIR

Writes DIR/Maildir/{new,cur,tmp} (one file per message, as Dovecot serves it),
DIR/manifest.tsv (sha256, size and file name of each message, in order) and
DIR/summary.json (count, total bytes, the mix of kinds).

The messages are RFC 5322 with CRLF line ends: varied senders, subjects and
dates, plain text, HTML, multipart/alternative, attachments (base64) from a
few KB up to a few MB (a small share), several charsets (UTF-8, ISO-8859-1,
windows-1252, encoded-word headers), lines that need dot-stuffing, and ~5%
malformed ones (broken MIME boundaries, missing headers, raw 8-bit headers,
garbage bytes, overlong lines).

Every message is made of CRLF-terminated lines only: no bare CR or LF and no
NUL byte, so what a POP3 server sends is exactly the file's bytes (servers
normalise bare line ends), and the sha256 in the manifest is what a client
must have stored.
"""

import argparse
import base64
import hashlib
import json
import os
import random
import sys

FIRST = [
    "Alice", "Bob", "Carla", "David", "Emma", "Farid", "Grace", "Hiro", "Ines",
    "Jonas", "Karin", "Lars", "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa",
    "Sven", "Tomás", "Ute", "Viktor", "Wei", "Xenia", "Yusuf", "Zoë", "Jürgen",
    "François", "Søren", "Małgorzata", "Dmitrij", "Ægir", "Chloé", "Björn",
]
LAST = [
    "Smith", "Müller", "García", "Rossi", "Novák", "Kowalski", "Dubois", "Jensen",
    "Nakamura", "Okafor", "Silva", "Janssen", "Öztürk", "Lindqvist", "Brontë",
    "O'Neill", "Fernández", "Schröder", "Håkansson", "Petrović", "Chen", "Ivanov",
]
DOMAINS = [
    "example.com", "example.org", "mail.example.net", "corp.example", "lists.example.org",
    "shop.example", "university.example.edu", "bank.example", "news.example.com",
]
WORDS = (
    "the of and to in is you that it he was for on are as with his they at be this "
    "from have or by one had not but what all were when we there can an your which "
    "their said if do will each about how up out them then she many some so these "
    "would other into has more her two like him see time could no make than first "
    "been its who now people my made over did down only way find use may water long "
    "little very after words called just where most know get through back much before "
    "meeting invoice report project deadline budget quarterly review schedule update "
    "attached please regards thanks shipment order delivery account password security "
    "newsletter offer discount weekend holiday conference agenda minutes draft final"
).split()
ACCENTED = (
    "café naïve façade crème brûlée déjà vu Müller Straße Ærø smörgåsbord señor "
    "jalapeño coöperate Zürich Kraków Łódź Škoda Ångström œuvre garçon"
).split()
SUBJECT_STARTS = [
    "Re: ", "Fwd: ", "", "", "", "AW: ", "RE: ", "[list] ", "Invitation: ", "Reminder: ",
]
ATTACH = [
    ("application/pdf", "report-{n}.pdf"),
    ("image/jpeg", "photo_{n}.jpg"),
    ("image/png", "screenshot-{n}.png"),
    ("application/zip", "archive{n}.zip"),
    ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "budget {n}.xlsx"),
    ("application/octet-stream", "data_{n}.bin"),
    ("text/calendar", "invite{n}.ics"),
]
TZS = ["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "+0900", "-0300", "+1000"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"


def q_encode_word(text, charset):
    """RFC 2047 Q encoding."""
    raw = text.encode(charset)
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def b_encode_word(text, charset):
    return "=?%s?B?%s?=" % (charset, base64.b64encode(text.encode(charset)).decode())


def encode_header_text(rng, text):
    """Plain ASCII as is; otherwise an RFC 2047 encoded word in some charset."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        pass
    choice = rng.random()
    if choice < 0.5:
        return b_encode_word(text, "UTF-8")
    if choice < 0.8:
        try:
            return q_encode_word(text, "ISO-8859-1")
        except UnicodeEncodeError:
            return q_encode_word(text, "UTF-8")
    return q_encode_word(text, "UTF-8")


def qp_encode(text_bytes):
    """Quoted-printable of bytes already split in CRLF lines; returns str."""
    lines_out = []
    for line in text_bytes.split(b"\r\n"):
        enc = []
        for b in line:
            if (33 <= b <= 126 and b != 61) or b == 32:
                enc.append(chr(b))
            else:
                enc.append("=%02X" % b)
        s = "".join(enc)
        if s.endswith(" "):
            s = s[:-1] + "=20"
        # soft line breaks at 76
        while len(s) > 76:
            cut = 75
            while s[cut - 1] == "=" or s[cut - 2] == "=":
                cut -= 1
            lines_out.append(s[:cut] + "=")
            s = s[cut:]
        lines_out.append(s)
    return "\r\n".join(lines_out)


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)

    def person(self):
        r = self.rng
        first, last = r.choice(FIRST), r.choice(LAST)
        local = (first[0] + last).lower()
        local = local.encode("ascii", "ignore").decode().replace("'", "") or "user"
        addr = "%s%d@%s" % (local, r.randrange(100), r.choice(DOMAINS))
        name = "%s %s" % (first, last)
        style = r.random()
        if style < 0.15:
            return addr
        enc = encode_header_text(r, name)
        if enc == name:
            return '"%s" <%s>' % (name, addr) if r.random() < 0.3 else "%s <%s>" % (name, addr)
        return "%s <%s>" % (enc, addr)

    def sentence(self, accented=False):
        r = self.rng
        n = r.randint(5, 18)
        words = [r.choice(WORDS) for _ in range(n)]
        if accented:
            for _ in range(r.randint(1, 3)):
                words[r.randrange(n)] = r.choice(ACCENTED)
        s = " ".join(words)
        return s[0].upper() + s[1:] + r.choice([".", ".", ".", "?", "!"])

    def paragraph(self, accented=False):
        return " ".join(self.sentence(accented) for _ in range(self.rng.randint(2, 7)))

    def text(self, size, accented=False, cp1252=False):
        """About `size` characters of wrapped prose, lines joined with CRLF."""
        r = self.rng
        lines = []
        total = 0
        while total < size:
            para = self.paragraph(accented)
            if cp1252 and r.random() < 0.5:
                para = para.replace(" ", " %s " % r.choice(CP1252_EXTRA), 1)
            # wrap at ~72
            line = ""
            for w in para.split(" "):
                if len(line) + len(w) + 1 > 72:
                    lines.append(line)
                    total += len(line) + 2
                    line = w
                else:
                    line = (line + " " + w) if line else w
            lines.append(line)
            lines.append("")
            total += len(line) + 4
            # lines that need dot-stuffing, quoted replies, mbox "From " lines
            x = r.random()
            if x < 0.04:
                lines.append(".")
            elif x < 0.08:
                lines.append(".. leading dots " + r.choice(WORDS))
            elif x < 0.11:
                lines.append("From the desk of " + r.choice(LAST))
            elif x < 0.2:
                lines.append("> " + self.sentence())
        return "\r\n".join(lines)

    def subject(self):
        r = self.rng
        accented = r.random() < 0.25
        words = [r.choice(WORDS) for _ in range(r.randint(2, 9))]
        if accented:
            words[r.randrange(len(words))] = r.choice(ACCENTED)
        s = r.choice(SUBJECT_STARTS) + " ".join(words).capitalize()
        return encode_header_text(r, s)

    def date(self):
        r = self.rng
        y = r.randint(2015, 2025)
        mo = r.randrange(12)
        d = r.randint(1, 28)
        return "%s, %d %s %d %02d:%02d:%02d %s" % (
            r.choice(DAYS), d, MONTHS[mo], y, r.randrange(24), r.randrange(60),
            r.randrange(60), r.choice(TZS))

    def headers(self, i, extra):
        r = self.rng
        h = []
        if r.random() < 0.5:
            for hop in range(r.randint(1, 3)):
                h.append("Received: from mx%d.%s (mx%d.%s [192.0.2.%d])\r\n\tby mail.example.com "
                         "with ESMTPS id %08x; %s" % (hop, r.choice(DOMAINS), hop, r.choice(DOMAINS),
                                                      r.randrange(1, 255), r.getrandbits(32), self.date()))
        h.append("From: " + self.person())
        tos = ", ".join(self.person() for _ in range(r.choice([1, 1, 1, 2, 3])))
        h.append("To: " + tos)
        if r.random() < 0.2:
            h.append("Cc: " + self.person())
        h.append("Subject: " + self.subject())
        h.append("Date: " + self.date())
        h.append("Message-ID: <%d.%08x@%s>" % (i, r.getrandbits(32), r.choice(DOMAINS)))
        if r.random() < 0.3:
            h.append("In-Reply-To: <%d.%08x@%s>" % (r.randrange(100000), r.getrandbits(32), r.choice(DOMAINS)))
        if r.random() < 0.1:
            h.append("List-Id: <news.lists.example.org>")
            h.append("List-Unsubscribe: <mailto:unsubscribe@lists.example.org>")
        h.append("MIME-Version: 1.0")
        h.extend(extra)
        return h

    def textpart(self, size, html=False):
        """(headers, body bytes) of a text part in a random charset/encoding."""
        r = self.rng
        cs = r.random()
        sub = "html" if html else "plain"
        if cs < 0.55:
            charset, accented, cp = "utf-8", r.random() < 0.5, False
        elif cs < 0.8:
            charset, accented, cp = "iso-8859-1", True, False
        elif cs < 0.9:
            charset, accented, cp = "windows-1252", True, True
        else:
            charset, accented, cp = "us-ascii", False, False
        body = self.text(size, accented, cp)
        if html:
            paras = body.split("\r\n\r\n")
            body = ("<!DOCTYPE html>\r\n<html><head><meta charset=\"%s\"><title>Mail</title></head>\r\n"
                    "<body style=\"font-family: Arial\">\r\n" % charset
                    + "\r\n".join("<p>%s</p>" % p.replace("\r\n", "<br>\r\n") for p in paras)
                    + "\r\n<table><tr><td><a href=\"https://example.com/x?a=1&amp;b=2\">link</a></td></tr></table>"
                    + "\r\n</body></html>")
        if charset == "us-ascii":
            data = body.encode("ascii", "replace")
        else:
            data = body.encode(charset, "replace")
        enc = r.random()
        if charset == "us-ascii" or enc < 0.4:
            cte = "7bit" if charset == "us-ascii" else "8bit"
            out = data
        elif enc < 0.85:
            cte = "quoted-printable"
            out = qp_encode(data).encode("ascii")
        else:
            cte = "base64"
            out = b64_lines(data)
        hdr = ["Content-Type: text/%s; charset=%s" % (sub, charset if r.random() < 0.7 else '"%s"' % charset),
               "Content-Transfer-Encoding: " + cte]
        return hdr, out

    def attachment(self, size):
        r = self.rng
        ctype, pattern = r.choice(ATTACH)
        name = pattern.format(n=r.randrange(1000))
        if r.random() < 0.15:
            name = "Übersicht " + name
            disp = quote_2231(name)
            ctn = 'name="%s"' % b_encode_word(name, "UTF-8")
        else:
            disp = 'attachment; filename="%s"' % name
            ctn = 'name="%s"' % name
        data = r.randbytes(size)
        hdr = ["Content-Type: %s; %s" % (ctype, ctn),
               "Content-Disposition: " + disp,
               "Content-Transfer-Encoding: base64"]
        return hdr, b64_lines(data)

    def boundary(self):
        return "----=_Part_%d_%d.%d" % (self.rng.getrandbits(24), self.rng.getrandbits(30), self.rng.getrandbits(40))

    def multipart(self, subtype, parts, close=True, declared=None):
        b = self.boundary()
        hdr = ['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (subtype, declared or b)]
        out = [b"This is a multi-part message in MIME format.\r\n"]
        for ph, pb in parts:
            out.append(("\r\n--%s\r\n" % b).encode())
            out.append(("\r\n".join(ph) + "\r\n\r\n").encode("utf-8"))
            out.append(pb)
        if close:
            out.append(("\r\n--%s--\r\n" % b).encode())
        else:
            out.append(b"\r\n")
        return hdr, b"".join(out)

    def size(self, lo, hi):
        """Log-uniform integer in [lo, hi]."""
        import math
        return int(math.exp(self.rng.uniform(math.log(lo), math.log(hi))))

    def message(self, i):
        r = self.rng
        x = r.random()
        malformed = None
        if x < 0.005:
            kind = "big-attachment"
            t = self.textpart(self.size(200, 2000))
            a = self.attachment(self.size(700_000, 3_500_000))
            ch, body = self.multipart("mixed", [t, a])
        elif x < 0.15:
            kind = "attachment"
            alt = self.multipart("alternative", [self.textpart(self.size(200, 4000)),
                                                 self.textpart(self.size(200, 4000), html=True)])
            parts = [alt] if r.random() < 0.5 else [self.textpart(self.size(200, 4000))]
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                parts.append(self.attachment(self.size(3_000, 220_000)))
            ch, body = self.multipart("mixed", parts)
        elif x < 0.40:
            kind = "alternative"
            n = self.size(300, 15000)
            ch, body = self.multipart("alternative", [self.textpart(n), self.textpart(n, html=True)])
        elif x < 0.55:
            kind = "html"
            ch, body = self.textpart(self.size(500, 30000), html=True)
        elif x < 0.95:
            kind = "plain"
            ch, body = self.textpart(self.size(200, 20000))
        else:
            kind = "malformed"
            malformed = r.choice(["unclosed-boundary", "wrong-boundary", "no-headers",
                                  "8bit-headers", "garbage", "long-lines", "no-body"])
            if malformed == "unclosed-boundary":
                ch, body = self.multipart("mixed", [self.textpart(2000), self.attachment(self.size(1000, 40000))],
                                          close=False)
            elif malformed == "wrong-boundary":
                ch, body = self.multipart("alternative", [self.textpart(3000), self.textpart(3000, html=True)],
                                          declared="not-the-boundary-" + str(i))
            elif malformed in ("no-headers", "8bit-headers", "long-lines", "no-body"):
                ch, body = self.textpart(self.size(300, 8000))
            else:
                ch, body = ["Content-Type: text/plain; charset=utf-8"], garbage(r, self.size(500, 50000))
        hdrs = self.headers(i, ch)
        if malformed == "no-headers":
            hdrs = [h for h in hdrs if not h.startswith(("From:", "Date:", "Message-ID:", "MIME-Version:"))
                    and not (r.random() < 0.5 and h.startswith("Subject:"))]
        head = "\r\n".join(hdrs).encode("utf-8")
        if malformed == "8bit-headers":
            head += ("\r\nSubject: raw 8-bit %s \xe9t\xe9" % r.choice(ACCENTED)).encode("latin-1", "replace")
            head += "\r\nX-Raw-UTF8: Grüße aus Köln 🙂".encode("utf-8")
            head += b"\r\nThis header line has no colon"
        if malformed == "long-lines":
            body += b"\r\n" + (" ".join(r.choice(WORDS) for _ in range(r.randint(400, 3000)))).encode()
        if malformed == "no-body":
            return kind, malformed, head + b"\r\n"
        msg = head + b"\r\n\r\n" + body
        if not msg.endswith(b"\r\n"):
            msg += b"\r\n"
        return kind, malformed, msg


def quote_2231(name):
    out = []
    for b in name.encode("utf-8"):
        c = chr(b)
        if b < 128 and (c.isalnum() or c in ".-_"):
            out.append(c)
        else:
            out.append("%%%02X" % b)
    return "attachment; filename*=UTF-8''" + "".join(out)


def b64_lines(data):
    s = base64.encodebytes(data)  # 76-character lines ending in \n
    return s.replace(b"\n", b"\r\n")


def garbage(r, n):
    """Random bytes without NUL, CR or LF, cut into CRLF lines of random length."""
    raw = bytearray(r.randbytes(n))
    raw = raw.translate(bytes.maketrans(b"\x00\r\n", b"\x01\x02\x03"))
    lines = []
    pos = 0
    while pos < len(raw):
        step = r.randint(1, 200)
        lines.append(bytes(raw[pos:pos + step]))
        pos += step
    return b"\r\n".join(lines)


def check(msg):
    assert b"\x00" not in msg
    assert msg.endswith(b"\r\n")
    assert msg.count(b"\n") == msg.count(b"\r\n"), "bare LF"
    assert msg.count(b"\r") == msg.count(b"\r\n"), "bare CR"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=2)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    md = os.path.join(args.out, "Maildir")
    for sub in ("new", "cur", "tmp"):
        os.makedirs(os.path.join(md, sub), exist_ok=True)
    gen = Gen(args.seed)
    kinds = {}
    malformed = {}
    total = 0
    biggest = 0
    base_time = 1_700_000_000
    with open(os.path.join(args.out, "manifest.tsv"), "w") as manifest:
        for i in range(args.count):
            kind, bad, msg = gen.message(i)
            check(msg)
            kinds[kind] = kinds.get(kind, 0) + 1
            if bad:
                malformed[bad] = malformed.get(bad, 0) + 1
            size = len(msg)
            total += size
            biggest = max(biggest, size)
            # S= and W= let Dovecot know the sizes without reading the files
            # (the files are CRLF already, so both are the file's size).
            name = "%d.M%06dP1.bench,S=%d,W=%d" % (base_time + i, i, size, size)
            with open(os.path.join(md, "new", name), "wb") as f:
                f.write(msg)
            manifest.write("%s\t%d\t%s\n" % (hashlib.sha256(msg).hexdigest(), size, name))
    summary = {"count": args.count, "bytes": total, "largest": biggest, "seed": args.seed,
               "kinds": kinds, "malformed": malformed}
    with open(os.path.join(args.out, "summary.json"), "w") as f:
        json.dump(summary, f, indent=1, sort_keys=True)
    print("generated %d messages, %.1f MB (largest %.1f MB) in %s"
          % (args.count, total / 1e6, biggest / 1e6, md), file=sys.stderr)


if __name__ == "__main__":
    main()
