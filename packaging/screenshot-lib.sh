# Shared by packaging/screenshots*.sh (sourced, not run): a temporary work
# folder cleaned up at exit, the debug build of Postern, a scripted POP3
# server, a private Xvfb display, the app's window, and xdotool helpers.
# The caller sets ROOT, OUT and DISPLAY_NUM first; PREFIX, if set, goes
# before every picture's name ("de-settings.png").

WORK="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

# Builds Postern (debug); sets BIN.
build_postern() {
    cargo build --quiet --manifest-path "$ROOT/Cargo.toml" --bin postern
    BIN="$ROOT/target/debug/postern"
}

# A loopback port nothing listens on.
free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Runs a POP3 server script (python3 and its arguments) that prints its
# port first; sets POP_PORT.
start_pop3() {
    python3 "$@" > "$WORK/port" &
    PIDS+=($!)
    for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
    POP_PORT="$(head -1 "$WORK/port")"
}

# The server the wizard pictures talk to (plain text, no STARTTLS, an
# empty mailbox): it refuses the password "wrong" and accepts any other.
start_wizard_pop3() {
    cat > "$WORK/wizard-pop3.py" <<'PY'
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
    start_pop3 "$WORK/wizard-pop3.py"
}

start_xvfb() {
    Xvfb "$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    PIDS+=($!)
    export DISPLAY="$DISPLAY_NUM"
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
}

# Starts the app (the command line given) and waits for its window; sets WIN.
start_postern() {
    "$@" &
    PIDS+=($!)
    WIN=""
    for _ in $(seq 100); do
        WIN="$(xdotool search --name '^Postern$' 2>/dev/null | head -1 || true)"
        [ -n "$WIN" ] && break
        sleep 0.1
    done
    [ -n "$WIN" ] || { echo "the Postern window did not appear" >&2; exit 1; }
    sleep 1.5
}

focus() { xdotool windowfocus --sync "$WIN"; }
# shot NAME [SECONDS]: waits, then saves the window as $OUT/[$PREFIX-]NAME.png.
shot() {
    local file="$OUT/${PREFIX:+$PREFIX-}$1.png"
    sleep "${2:-0.8}"
    import -window "$WIN" "$file"
    echo "saved $file"
}
key() { focus; xdotool key --delay 80 "$@"; }
type_text() { focus; xdotool type --delay 30 "$1"; }
# Clicks at a point of the window (the window sits at 0,0: no window manager).
click() { focus; xdotool mousemove --sync "$1" "$2" click 1; sleep 0.3; }
