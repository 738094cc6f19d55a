#!/usr/bin/env bash
# Takes the README screenshots of the inbox (no mail yet, during a download,
# with mail) and of the reader: starts Postern under its own Xvfb display
# with a temporary data folder and a scripted POP3 server on loopback that
# serves the test fixtures plus generated messages (slowly, so the download
# can be caught in progress), drives it with xdotool, saves PNGs into
# assets/screenshots/.
#
# No network. Needs: Xvfb, xdotool, imagemagick (import), python3, and
# dbus + gnome-keyring (the script starts a private, unlocked keyring so the
# pictures show the app as it is with a keyring).
set -euo pipefail
if [ -z "${POSTERN_SCREENSHOT_BUS:-}" ]; then
    exec dbus-run-session -- env POSTERN_SCREENSHOT_BUS=1 bash -c \
        'export XDG_DATA_HOME=$(mktemp -d); echo -n shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec bash "$0" "$@"' "$0" "$@"
fi

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/assets/screenshots"
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:96}"
source "$ROOT/packaging/screenshot-lib.sh"
build_postern
mkdir -p "$OUT" "$WORK/mail"

# The mailbox: every fixture, then generated everyday mail (dated over the
# last weeks so the list shows times and dates).
cp "$ROOT"/tests/fixtures/*.eml "$WORK/mail/"
python3 - "$WORK/mail" <<'PY'
import sys, random, email.utils, time
random.seed(7)
people = [("Anna Schmidt", "anna@example.org"), ("Bruno Costa", "bruno@example.net"),
          ("Chloé Martin", "chloe@example.fr"), ("Dev Team", "dev@lists.example.com"),
          ("Emma Jansen", "emma@example.nl"), ("Faisal Khan", "faisal@example.com"),
          ("GitHub", "noreply@github.example"), ("Hanna Nowak", "hanna@example.pl")]
subjects = ["Minutes of Tuesday's meeting", "Re: Holiday plans", "Invoice 2026-114",
            "Your order has shipped", "Lunch on Friday?", "Quarterly report draft",
            "Re: Re: Budget questions", "Photos from the trip", "Reminder: dentist",
            "[dev] Release 0.1.0 candidate", "Welcome to the club", "Train tickets"]
now = time.time()
for i in range(60):
    name, addr = random.choice(people)
    when = now - i * 3600 * random.uniform(2, 14)
    body = "Hello Alice,\r\n\r\n" + " ".join(["This is message %d." % i] * 8) + "\r\n\r\nBest,\r\n" + name + "\r\n"
    msg = ("From: %s <%s>\r\nTo: Alice Example <alice@example.test>\r\nSubject: %s\r\n"
           "Date: %s\r\nMessage-ID: <%d@example.test>\r\n\r\n%s") % (
        name, addr, random.choice(subjects), email.utils.formatdate(when, localtime=True), i, body)
    open("%s/gen-%03d.eml" % (sys.argv[1], i), "w", newline="").write(msg)
PY

cat > "$WORK/pop3.py" <<'PY'
import os, socketserver, sys, time
MAIL = sys.argv[1]
names = sorted(os.listdir(MAIL))
msgs = [open(os.path.join(MAIL, n), "rb").read() for n in names]
class Pop3(socketserver.StreamRequestHandler):
    def out(self, data):
        self.wfile.write(data)
    def handle(self):
        self.out(b"+OK screenshot server ready\r\n")
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").strip()
            parts = line.split(" ")
            verb = parts[0].upper() if line else ""
            if verb == "CAPA":
                self.out(b"+OK\r\nUSER\r\nUIDL\r\nTOP\r\nPIPELINING\r\n.\r\n")
            elif verb in ("USER", "PASS", "NOOP"):
                self.out(b"+OK\r\n")
            elif verb == "STAT":
                self.out(b"+OK %d %d\r\n" % (len(msgs), sum(map(len, msgs))))
            elif verb == "LIST":
                self.out(b"+OK\r\n" + b"".join(b"%d %d\r\n" % (i + 1, len(m)) for i, m in enumerate(msgs)) + b".\r\n")
            elif verb == "UIDL":
                self.out(b"+OK\r\n" + b"".join(b"%d %s\r\n" % (i + 1, n.encode()) for i, n in enumerate(names)) + b".\r\n")
            elif verb in ("RETR", "TOP"):
                time.sleep(float(os.environ.get("RETR_DELAY", "0.12")))
                m = msgs[int(parts[1]) - 1]
                body = b"".join((b"." + l if l.startswith(b".") else l) for l in m.splitlines(True))
                if not body.endswith(b"\r\n"):
                    body += b"\r\n"
                self.out(b"+OK\r\n" + body + b".\r\n")
            elif verb == "QUIT":
                self.out(b"+OK bye\r\n")
                return
            else:
                self.out(b"-ERR unknown command\r\n")
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
server = Server(("127.0.0.1", 0), Pop3)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
start_pop3 "$WORK/pop3.py" "$WORK/mail"

export LANG="${SCREENSHOT_LANG:-C.UTF-8}"
export ICED_BACKEND=tiny-skia
export POSTERN_RESOLVE="pop.example.test=127.0.0.1"
export POSTERN_PORT_MAP="110=$POP_PORT"
echo -n secret > "$WORK/pw"
"$BIN" --data-dir "$WORK/data" account add --email alice@example.test --name "Alice Example" \
    --pop-host pop.example.test --pop-port 110 --pop-security none --allow-plaintext \
    --username alice --password-command "cat $WORK/pw" --no-check-at-startup --check-every 0 >/dev/null

start_xvfb
start_postern "$BIN" --data-dir "$WORK/data"

# The keyring banner, if any, would take space: Escape dismisses nothing
# harmful, so just take the pictures as a user sees them.
shot inbox-empty 0.5
key F5
shot inbox-downloading 2.5
# Wait for the download to finish (fixtures + 60 messages at RETR_DELAY).
sleep 9
shot inbox 1
key Home Return
shot reader 1.5
