#!/usr/bin/env bash
# Takes the German screenshots of the add-account wizard, the inbox and the
# settings pane (assets/screenshots/de-*.png), to check that translated
# labels fit the default window: derived from packaging/screenshots.sh, with
# the click positions of the German layout (longer labels move things).
#
# SCREENSHOT_LANG=fr_FR.UTF-8 SCREENSHOT_PREFIX=fr SCREENSHOT_OUT=/tmp/fr takes
# the same pictures in French (for a look; only the German ones are kept in
# the repository). The positions are German's; a language whose layout
# differs may need its own (ACCEPT_Y, BACK_X, SETTINGS_X ... below).
#
# No network: host names resolve through POSTERN_RESOLVE to 127.0.0.1 and the
# standard ports are mapped (POSTERN_PORT_MAP) to a tiny scripted POP3 server
# started here, which refuses the password "wrong" and accepts any other.
#
# Needs: Xvfb, xdotool, imagemagick (import), python3. Run from anywhere.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="${SCREENSHOT_OUT:-$ROOT/assets/screenshots}"
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:93}"
SHOT_LANG="${SCREENSHOT_LANG:-de_DE.UTF-8}"
PREFIX="${SCREENSHOT_PREFIX:-de}"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

cargo build --quiet --manifest-path "$ROOT/Cargo.toml" --bin postern
BIN="$ROOT/target/debug/postern"
mkdir -p "$OUT"

# A scripted POP3 server on loopback (plain text, no STARTTLS).
cat > "$WORK/pop3.py" <<'PY'
import socketserver, sys
class Pop3(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"+OK Postern screenshot server ready\r\n")
        password_ok = False
        for raw in self.rfile:
            line = raw.decode("utf-8", "replace").strip()
            verb = line.split(" ")[0].upper() if line else ""
            if verb == "CAPA":
                self.wfile.write(b"+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n")
            elif verb == "USER":
                self.wfile.write(b"+OK\r\n")
            elif verb == "PASS":
                if line[5:] == "wrong":
                    self.wfile.write(b"-ERR [AUTH] Authentication failed\r\n")
                else:
                    password_ok = True
                    self.wfile.write(b"+OK logged in\r\n")
            elif verb == "STAT" and password_ok:
                self.wfile.write(b"+OK 0 0\r\n")
            elif verb in ("LIST", "UIDL") and password_ok:
                self.wfile.write(b"+OK\r\n.\r\n")
            elif verb == "NOOP":
                self.wfile.write(b"+OK\r\n")
            elif verb == "QUIT":
                self.wfile.write(b"+OK bye\r\n")
                return
            else:
                self.wfile.write(b"-ERR unknown command\r\n")
class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True
server = Server(("127.0.0.1", 0), Pop3)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
python3 "$WORK/pop3.py" > "$WORK/port" &
PIDS+=($!)
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
POP_PORT="$(head -1 "$WORK/port")"
CLOSED_PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"

Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
PIDS+=($!)
export DISPLAY="$DISPLAY_NUM"
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

export ICED_BACKEND=tiny-skia
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE
export POSTERN_RESOLVE="pop.example.test=127.0.0.1,smtp.example.test=127.0.0.1"
export POSTERN_PORT_MAP="110=$POP_PORT,995=$CLOSED_PORT,465=$CLOSED_PORT,587=$CLOSED_PORT,25=$CLOSED_PORT"
# The language for Postern only (this shell may lack the locale).
LANG="$SHOT_LANG" "$BIN" --data-dir "$WORK/data" &
PIDS+=($!)

WIN=""
for _ in $(seq 100); do
    WIN="$(xdotool search --name '^Postern$' 2>/dev/null | head -1 || true)"
    [ -n "$WIN" ] && break
    sleep 0.1
done
[ -n "$WIN" ] || { echo "the Postern window did not appear" >&2; exit 1; }
sleep 1.5

focus() { xdotool windowfocus --sync "$WIN"; }
shot() {
    sleep "${2:-0.8}"
    import -window "$WIN" "$OUT/$PREFIX-$1.png"
    echo "saved $OUT/$PREFIX-$1.png"
}
key() { focus; xdotool key --delay 80 "$@"; }
type_text() { focus; xdotool type --delay 30 "$1"; }
# Clicks at a point of the window (the window sits at 0,0: no window manager).
click() { focus; xdotool mousemove --sync "$1" "$2" click 1; sleep 0.3; }

# The keyring banner first (two lines in German): dismiss it so it does not
# take space; then give the focus back to the first field.
click 1035 30
click 405 172

# 1. Identity (the password stays masked).
type_text "Alice Example"; key Tab
type_text "alice@example.test"; key Tab
type_text "wrong"
shot wizard-1-identity

# 2. Discovery: probing finds the scripted server on port 110.
key Return
shot wizard-2-discovery 3

# 3. Server settings: plain POP3, so the plain-text warning shows.
key Return
shot wizard-3-server
# Scroll to the bottom and accept the warning.
focus; xdotool mousemove --sync 490 400 click 5 click 5 click 5 click 5 click 5
click "${ACCEPT_X:-200}" "${ACCEPT_Y:-625}"
shot wizard-3-server-accepted

# 4. Test: the server refuses the password.
key Return
shot wizard-4-test-failed 4

# Back to the identity step, correct the password, run the test again.
click "${BACK_X:-953}" "${BACK_Y:-688}"
click "${BACK_X:-953}" "${BACK_Y:-688}"
click "${PASSWORD_X:-405}" "${PASSWORD_Y:-274}"
key ctrl+a BackSpace
type_text "secret"
key Return
key Return
shot wizard-4-test-passed 4

# 5. Options, then Finish.
key Return
shot wizard-5-options
key Return
shot inbox 3

# Settings pane, and its language picker opened.
click "${SETTINGS_X:-1020}" "${SETTINGS_Y:-26}"
shot settings 1.5
click "${PICKER_X:-115}" "${PICKER_Y:-273}"
shot settings-language 0.8
# Choosing French redraws the whole window in French at once.
click "${PICKER_X:-115}" "${FRENCH_Y:-457}"
shot settings-switched-fr 0.8
