#!/usr/bin/env bash
# Download benchmark (issue 2): postern fetch vs a raw pipelined TLS transfer
# (benches/raw_pop3.rs, the lower bound) vs mpop, against a private Dovecot
# (pop3s), in keep and delete modes, direct and through a loopback delay line.
#
#   benches/fetch.sh [MESSAGES]          (default 10000)
#
# Environment knobs:
#   REPS=3            runs per tool and configuration (medians are reported)
#   DELAY_MS=10       delay the proxy adds in EACH direction (RTT + 2*DELAY_MS)
#   MODES="keep delete"   PATHS="direct proxy"   TOOLS="raw mpop postern"
#   SEED=2            mailbox generator seed
#   RAW_WINDOW=128    commands in flight for raw_pop3 (refilled at half; postern uses 128)
#   SKIP_BUILD=1      use the binaries already built (RAW_POP3=path overrides)
#   STRICT_TARGETS=1  exit 3 when a target is missed (default: report only)
#   KEEP_WORK=1       keep the work directory (Dovecot logs, outputs) at exit
#   PROFILE=perf|strace  run postern's fetch under `perf record -g` or
#                     `strace -f -c` (output in target/bench-data/); skews its times;
#                     PERF_ARGS replaces `-g` (e.g. "--call-graph dwarf")
#   BASELINE=path     another postern binary (e.g. a copy of an older build): add
#                     `base` to TOOLS to time it in the same rotation; the report
#                     then gives postern/base per configuration
#
# Targets checked per configuration, on medians:
#   postern / raw  <= 1.25      postern / mpop <= 0.5
# Every run is verified: message count (no miss, no duplicate) for all tools;
# byte-identical content (sha256 of each message against the generator's
# manifest) for postern (via `postern export --format maildir`), for raw (its
# output stream is parsed afterwards, outside the timing) and for mpop (after
# undoing its LF line-end conversion). Delete mode also checks that the server
# mailbox is empty afterwards. Exit 1 if any run failed verification.
set -euo pipefail

N=${1:-10000}
REPS=${REPS:-3}
DELAY_MS=${DELAY_MS:-10}
MODES=${MODES:-"keep delete"}
PATHS=${PATHS:-"direct proxy"}
TOOLS=${TOOLS:-"raw mpop postern"}
SEED=${SEED:-2}
RAW_WINDOW=${RAW_WINDOW:-128}
USER_NAME=bench
PASSWORD=benchpass
EMAIL=bench@example.com

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BENCH=$ROOT/benches
DATA_ROOT=$ROOT/target/bench-data
DATA=$DATA_ROOT/mailbox-n$N-seed$SEED
mkdir -p "$DATA_ROOT"
WORK=$(mktemp -d "$DATA_ROOT/run.XXXXXX")
PIDS=()

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
    local pid
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [[ -z "${KEEP_WORK:-}" ]]; then
        rm -rf "$WORK"
    else
        log "work directory kept: $WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# --- 1. build ---------------------------------------------------------------
POSTERN=$ROOT/target/release/postern
RAW=${RAW_POP3:-}
if [[ -z "${SKIP_BUILD:-}" ]]; then
    log "building (release): postern and the raw_pop3 bench"
    (cd "$ROOT" && cargo build --release --bin postern --bench raw_pop3 \
        --message-format=json-render-diagnostics >"$WORK/build.json") || {
        log "cargo build failed"
        exit 1
    }
    RAW=$(python3 - "$WORK/build.json" <<'EOF'
import json, sys
for line in open(sys.argv[1]):
    try:
        m = json.loads(line)
    except ValueError:
        continue
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "raw_pop3" and m.get("executable"):
        print(m["executable"])
EOF
)
fi
if [[ -z "$RAW" ]]; then
    RAW=$(ls -t "$ROOT"/target/release/deps/raw_pop3-* 2>/dev/null | grep -v '\.d$' | head -1 || true)
fi
[[ -x "$RAW" ]] || { log "raw_pop3 binary not found"; exit 1; }
if [[ " $TOOLS " == *" postern "* && ! -x "$POSTERN" ]]; then
    log "postern binary not found: $POSTERN"
    exit 1
fi
# Run private copies: others may rebuild target/release while we measure.
mkdir -p "$WORK/bin"
cp "$RAW" "$WORK/bin/raw_pop3"
RAW=$WORK/bin/raw_pop3
if [[ -x "$POSTERN" ]]; then
    cp "$POSTERN" "$WORK/bin/postern"
    POSTERN=$WORK/bin/postern
    log "postern binary: sha256 $(sha256sum "$POSTERN" | cut -c1-16), built $(date -r "$ROOT/target/release/postern" +%FT%T)"
fi

# --- 2. the mailbox (cached) -------------------------------------------------
if [[ ! -f "$DATA/summary.json" ]]; then
    log "generating $N messages (seed $SEED) into $DATA"
    rm -rf "$DATA.tmp"
    python3 "$BENCH/gen_mailbox.py" --count "$N" --seed "$SEED" --out "$DATA.tmp"
    rm -rf "$DATA"
    mv "$DATA.tmp" "$DATA"
fi
TOTAL_BYTES=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytes"])' "$DATA/summary.json")
log "mailbox: $N messages, $TOTAL_BYTES bytes"

# --- 3. TLS: a throwaway CA and a server certificate for 127.0.0.1 ----------
TLS=$WORK/tls
mkdir -p "$TLS"
(
    cd "$TLS"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
        -subj "/CN=Postern bench CA" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr \
        -subj "/CN=localhost" 2>/dev/null
    printf '%s\n' "subjectAltName=IP:127.0.0.1,DNS:localhost" "basicConstraints=CA:FALSE" \
        "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >ext.cnf
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
        -extfile ext.cnf -out server.crt 2>/dev/null
    cat server.crt ca.pem >server-chain.pem
)
CA=$TLS/ca.pem

# --- 4. Dovecot ----------------------------------------------------------------
DOV=$WORK/dovecot
MAILDIR=$WORK/mail/Maildir
PRISTINE=$WORK/pristine
mkdir -p "$DOV/run" "$DOV/state" "$WORK/home" "$WORK/mail"
PORT=$(free_port)
LOGIN_USER=nobody
id dovenull >/dev/null 2>&1 && LOGIN_USER=dovenull
MAIL_UID=$(id -u nobody)
MAIL_GID=$(id -g nobody)
chmod 755 "$WORK"
printf '%s:{PLAIN}%s\n' "$USER_NAME" "$PASSWORD" >"$DOV/passwd"
cat >"$DOV/dovecot.conf" <<EOF
instance_name = postern-bench-$$
base_dir = $DOV/run
state_dir = $DOV/state
protocols = pop3
listen = 127.0.0.1
log_path = $DOV/dovecot.log
info_log_path = $DOV/dovecot.log
# We run as root here and in CI. Internal processes may run as root, but the
# login process and mail access refuse root: they get unprivileged users
# (mail: nobody, who owns the test mailbox).
default_internal_user = root
default_internal_group = root
default_login_user = $LOGIN_USER
first_valid_uid = 0
first_valid_gid = 0
ssl = required
ssl_cert = <$TLS/server-chain.pem
ssl_key = <$TLS/server.key
auth_mechanisms = plain
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $DOV/passwd
}
userdb {
  driver = static
  args = uid=$MAIL_UID gid=$MAIL_GID home=$WORK/home
}
mail_location = maildir:$MAILDIR
pop3_uidl_format = %g
mail_max_userip_connections = 50
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
  inet_listener pop3s {
    port = $PORT
    ssl = yes
  }
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    port = 0
  }
}
EOF

# Message files hard-linked (Dovecot only renames and unlinks them), index
# files copied (Dovecot appends to them in place).
clone_maildir() {
    rm -rf "$2"
    mkdir -p "$2"
    cp -al "$1/cur" "$1/new" "$1/tmp" "$2/"
    find "$1" -maxdepth 1 -type f -exec cp -p {} "$2/" \;
    chown -R "$MAIL_UID:$MAIL_GID" "$2"
}
restore_mailbox() { clone_maildir "$PRISTINE" "$MAILDIR"; }

clone_maildir "$DATA/Maildir" "$MAILDIR"
chown "$MAIL_UID:$MAIL_GID" "$WORK/home" "$WORK/mail"
/usr/sbin/dovecot -F -c "$DOV/dovecot.conf" >"$DOV/stdout.log" 2>&1 &
PIDS+=($!)
DOVECOT_PID=$!
for _ in $(seq 100); do
    if python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' "$PORT" 2>/dev/null; then
        break
    fi
    kill -0 "$DOVECOT_PID" 2>/dev/null || { cat "$DOV/stdout.log" "$DOV/dovecot.log" >&2 2>/dev/null; log "dovecot died"; exit 1; }
    sleep 0.1
done
# A real TLS + login check.
printf 'USER %s\r\nPASS %s\r\nSTAT\r\nQUIT\r\n' "$USER_NAME" "$PASSWORD" |
    timeout 20 openssl s_client -quiet -CAfile "$CA" -verify_return_error -verify_ip 127.0.0.1 \
        -connect "127.0.0.1:$PORT" 2>/dev/null >"$DOV/check.txt" || true
if ! grep -q "^+OK $N " "$DOV/check.txt"; then
    log "Dovecot check failed (expected +OK $N ... for STAT):"
    cat "$DOV/check.txt" "$DOV/dovecot.log" >&2 || true
    exit 1
fi
log "dovecot $(/usr/sbin/dovecot --version | cut -d' ' -f1) on 127.0.0.1:$PORT (pop3s), STAT ok"

# --- 5. the delay line -----------------------------------------------------------
PROXY_PORT=""
if [[ " $PATHS " == *" proxy "* ]]; then
    python3 "$BENCH/latency_proxy.py" --listen 127.0.0.1:0 --target "127.0.0.1:$PORT" \
        --delay-ms "$DELAY_MS" --port-file "$WORK/proxy.port" 2>"$WORK/proxy.log" &
    PIDS+=($!)
    for _ in $(seq 100); do [[ -s "$WORK/proxy.port" ]] && break; sleep 0.1; done
    PROXY_PORT=$(cat "$WORK/proxy.port")
    log "latency proxy on 127.0.0.1:$PROXY_PORT (+${DELAY_MS} ms each way)"
fi

# --- 6. verification helper ---------------------------------------------------------
cat >"$WORK/verify.py" <<'EOF'
"""verify.py KIND PATH MANIFEST -> prints 'count=N ok' or a reason; exit 1 if wrong.
KIND: raw (a stream of RETR replies), maildir (files of a maildir, CRLF or LF)."""
import collections, hashlib, os, sys

kind, path, manifest = sys.argv[1:4]
want = collections.Counter(l.split("\t")[0] for l in open(manifest) if l.strip())
got = collections.Counter()
count = 0
lf_converted = 0
if kind == "raw":
    data = open(path, "rb").read()
    pos = 0
    while pos < len(data):
        eol = data.index(b"\r\n", pos)
        if not data.startswith(b"+OK", pos):
            print("reply is not +OK at %d" % pos); sys.exit(1)
        end = data.index(b"\r\n.\r\n", eol)
        body = data[eol + 2:end + 2]
        lines = body.split(b"\r\n")
        body = b"\r\n".join(l[1:] if l.startswith(b".") else l for l in lines)
        got[hashlib.sha256(body).hexdigest()] += 1
        count += 1
        pos = end + 5
else:
    for sub in ("new", "cur"):
        d = os.path.join(path, sub)
        if not os.path.isdir(d):
            continue
        for name in os.listdir(d):
            data = open(os.path.join(d, name), "rb").read()
            if b"\r\n" not in data and b"\n" in data:
                data = data.replace(b"\n", b"\r\n")  # mpop stores LF line ends
                lf_converted += 1
            got[hashlib.sha256(data).hexdigest()] += 1
            count += 1
n = sum(want.values())
missing = sum((want - got).values())
extra = sum((got - want).values())
if count != n or missing or extra:
    print("count=%d expected=%d missing=%d unexpected=%d" % (count, n, missing, extra))
    sys.exit(1)
print("count=%d identical%s" % (count, " (LF->CRLF undone on %d)" % lf_converted if lf_converted else ""))
EOF

# --- 7. the runs -------------------------------------------------------------------
RESULTS=$WORK/results.tsv
: >"$RESULTS"
FAILURES=0

# timed CMD...: sets ELAPSED (s, ns resolution), RSS (KB), STATUS.
timed() {
    local t0 t1
    t0=$(date +%s%N)
    set +e
    /usr/bin/time -f '%M %U %S' -o "$RUN/time.txt" "$@" >"$RUN/stdout.txt" 2>"$RUN/stderr.txt"
    STATUS=$?
    set -e
    t1=$(date +%s%N)
    ELAPSED=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    read -r RSS CPU_USER CPU_SYS < <(tail -1 "$RUN/time.txt" 2>/dev/null) || true
    RSS=${RSS:-0}
    CPU="cpu=${CPU_USER:-?}u+${CPU_SYS:-?}s"
}

run_raw() { # mode port
    local del=()
    [[ $1 == delete ]] && del=(--delete)
    timed "$RAW" --host 127.0.0.1 --port "$2" --user "$USER_NAME" --pass "$PASSWORD" \
        --ca "$CA" --out "$RUN/raw.out" --window "$RAW_WINDOW" "${del[@]}"
    [[ $STATUS -eq 0 ]] || { NOTE="exit $STATUS: $(tail -c 300 "$RUN/stderr.txt")"; return 1; }
    NOTE=$(python3 "$WORK/verify.py" raw "$RUN/raw.out" "$DATA/manifest.tsv") || return 1
}

run_mpop() { # mode port
    local keep=on
    [[ $1 == delete ]] && keep=off
    mkdir -p "$RUN/maildir/new" "$RUN/maildir/cur" "$RUN/maildir/tmp"
    cat >"$RUN/mpoprc" <<EOF
defaults
tls on
tls_starttls off
tls_trust_file $CA
auth user
pipelining on
received_header off
account bench
host 127.0.0.1
port $2
user $USER_NAME
password $PASSWORD
uidls_file $RUN/uidls
delivery maildir $RUN/maildir
keep $keep
account default : bench
EOF
    chmod 600 "$RUN/mpoprc"
    timed mpop -C "$RUN/mpoprc" -q bench
    [[ $STATUS -eq 0 ]] || { NOTE="exit $STATUS: $(tail -c 300 "$RUN/stderr.txt")"; return 1; }
    NOTE=$(python3 "$WORK/verify.py" maildir "$RUN/maildir" "$DATA/manifest.tsv") || return 1
}

run_base() { # mode port: postern, built from other code
    [[ -x "${BASELINE:-}" ]] || { NOTE="BASELINE is not an executable"; STATUS=1; ELAPSED=0; RSS=0; return 1; }
    POSTERN=$BASELINE run_postern "$@"
}

run_postern() { # mode port
    local keep=--keep
    [[ $1 == delete ]] && keep=--delete
    export POSTERN_CA_FILE=$CA
    "$POSTERN" --data-dir "$RUN/data" account add --email "$EMAIL" --name Bench \
        --pop-host 127.0.0.1 --pop-port "$2" --pop-security tls --username "$USER_NAME" \
        --password-command "printf %s $PASSWORD" $keep >"$RUN/add.txt" 2>&1 ||
        { NOTE="account add failed: $(tail -c 300 "$RUN/add.txt")"; STATUS=1; ELAPSED=0; RSS=0; return 1; }
    local prof=()
    case "${PROFILE:-}" in
        perf) prof=(perf record -F 499 ${PERF_ARGS:--g} -o "$DATA_ROOT/perf-postern-$(basename "$RUN").data" --) ;;
        strace) prof=(strace -f -c -o "$DATA_ROOT/strace-postern-$(basename "$RUN").txt") ;;
    esac
    timed "${prof[@]}" "$POSTERN" --data-dir "$RUN/data" fetch --json --quiet
    [[ $STATUS -eq 0 ]] || { NOTE="exit $STATUS: $(tail -c 300 "$RUN/stderr.txt")"; return 1; }
    local summary
    summary=$(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
t = d.get("totals", {})
print(t.get("downloaded"), t.get("bytes"))' "$RUN/stdout.txt" 2>&1) || { NOTE="bad --json output: $summary"; return 1; }
    read -r DOWNLOADED DBYTES <<<"$summary"
    if [[ "$DOWNLOADED" != "$N" ]]; then
        NOTE="totals.downloaded=$DOWNLOADED (expected $N)"
        return 1
    fi
    "$POSTERN" --data-dir "$RUN/data" export --account "$EMAIL" --format maildir --out "$RUN/export" \
        >"$RUN/export.txt" 2>&1 || { NOTE="export failed: $(tail -c 300 "$RUN/export.txt")"; return 1; }
    NOTE="$(python3 "$WORK/verify.py" maildir "$RUN/export" "$DATA/manifest.tsv") totals.bytes=$DBYTES" || return 1
}

# Warm up: let Dovecot build its index and move new/ to cur/ once, then keep
# that state as the pristine mailbox restored before every run.
RUN=$WORK/warmup
mkdir -p "$RUN"
log "warm-up (raw, keep) to build Dovecot's index"
run_raw keep "$PORT" || { log "warm-up failed: $NOTE"; cat "$DOV/dovecot.log" >&2; exit 1; }
log "warm-up: ${ELAPSED}s $NOTE"
rm -rf "$RUN"
clone_maildir "$MAILDIR" "$PRISTINE"

read -r -a TOOL_LIST <<<"$TOOLS"
NT=${#TOOL_LIST[@]}
for mode in $MODES; do
    for path in $PATHS; do
        port=$PORT
        [[ $path == proxy ]] && port=$PROXY_PORT
        for rep in $(seq "$REPS"); do
            # Rotate the order each repetition so drift hits every tool alike.
            for k in $(seq 0 $((NT - 1))); do
                tool=${TOOL_LIST[$(((k + rep - 1) % NT))]}
                RUN=$WORK/$mode-$path-$tool-$rep
                mkdir -p "$RUN"
                restore_mailbox
                sync
                NOTE=""
                CPU=""
                ok=ok
                "run_$tool" "$mode" "$port" || ok=FAIL
                if [[ $ok == ok && $mode == delete ]]; then
                    left=$(find "$MAILDIR/new" "$MAILDIR/cur" -type f | wc -l)
                    if [[ $left -ne 0 ]]; then
                        ok=FAIL
                        NOTE="$NOTE; $left messages left on the server after delete mode"
                    fi
                fi
                [[ $ok == ok ]] || FAILURES=$((FAILURES + 1))
                NOTE="$CPU $NOTE"
                printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$mode" "$path" "$tool" "$rep" \
                    "$ELAPSED" "$RSS" "$ok" "$NOTE" >>"$RESULTS"
                log "$(printf '%-6s %-6s %-7s #%s %8ss %7s KB  %s  %s' "$mode" "$path" "$tool" "$rep" \
                    "$ELAPSED" "$RSS" "$ok" "$NOTE")"
                # Keep what the tool printed (e.g. with POSTERN_LOG=postern::sync=debug).
                [[ -s "$RUN/stderr.txt" ]] && cp "$RUN/stderr.txt" "$DATA_ROOT/stderr-$(basename "$RUN").txt"
                [[ $ok == ok ]] && rm -rf "$RUN"
            done
        done
    done
done

# --- 8. report ---------------------------------------------------------------------
python3 - "$RESULTS" "$N" "$TOTAL_BYTES" "$DELAY_MS" "$FAILURES" <<'EOF' | tee "$WORK/report.txt"
import statistics, sys
from collections import defaultdict
path, n, total, delay, failures = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5])
runs = defaultdict(list)
rss = defaultdict(list)
bad = defaultdict(int)
order = []
for line in open(path):
    mode, p, tool, rep, el, kb, ok, note = line.rstrip("\n").split("\t")
    key = (mode, p)
    if key not in order:
        order.append(key)
    if ok == "ok":
        runs[key + (tool,)].append(float(el))
        rss[key + (tool,)].append(int(kb))
    else:
        bad[key + (tool,)] += 1
def med(key):
    v = runs.get(key)
    return statistics.median(v) if v else None
def fmt(x):
    return "%.2f" % x if x is not None else "-"
print()
print("Download benchmark: %d messages, %.1f MB; proxy adds %s ms each way" % (n, total / 1e6, delay))
print("median wall seconds over the runs that passed verification; ratios of medians; peak RSS in MB")
hdr = ("mode", "path", "raw s", "mpop s", "postern s", "post/raw", "post/mpop", "post MB/s",
       "RSS raw/mpop/post", "runs ok/failed")
rows = []
key_lines = []
all_met = True
for mode, p in order:
    raw, mp, po = med((mode, p, "raw")), med((mode, p, "mpop")), med((mode, p, "postern"))
    r1 = po / raw if po and raw else None
    r2 = po / mp if po and mp else None
    met1 = r1 is not None and r1 <= 1.25
    met2 = r2 is not None and r2 <= 0.5
    all_met = all_met and met1 and met2
    mem = "/".join("%.0f" % (max(rss[(mode, p, t)]) / 1024) if rss.get((mode, p, t)) else "-"
                   for t in ("raw", "mpop", "postern"))
    counts = " ".join("%d/%d" % (len(runs.get((mode, p, t), [])), bad[(mode, p, t)])
                      for t in ("raw", "mpop", "postern"))
    rows.append((mode, p, fmt(raw), fmt(mp), fmt(po),
                 fmt(r1) + ("" if met1 else " !"), fmt(r2) + ("" if met2 else " !"),
                 "%.0f" % (total / 1e6 / po) if po else "-", mem, counts))
    key_lines.append("%s/%s post/raw=%s post/mpop=%s" % (mode, p, fmt(r1), fmt(r2)))
    base = med((mode, p, "base"))
    if base:
        key_lines[-1] += " post/base=%s (base %s s, %d runs)" % (
            fmt(po / base) if po else "-", fmt(base), len(runs[(mode, p, "base")]))
widths = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(len(hdr))]
for r in [hdr] + rows:
    print("  ".join(str(c).ljust(w) if i < 2 else str(c).rjust(w) for i, (c, w) in enumerate(zip(r, widths))))
print("(! = target missed: postern/raw <= 1.25, postern/mpop <= 0.50)")
print()
print("KEY RATIOS: " + "; ".join(key_lines) + "; targets " + ("MET" if all_met else "NOT MET")
      + "; verification " + ("ok" if failures == 0 else "FAILED in %d runs" % failures))
open(path + ".targets", "w").write("met\n" if all_met else "missed\n")
EOF
cp "$RESULTS" "$DATA_ROOT/last-results.tsv"
cp "$WORK/report.txt" "$DATA_ROOT/last-report.txt"
if [[ $FAILURES -ne 0 ]]; then
    log "verification FAILED in $FAILURES runs (see $DATA_ROOT/last-results.tsv)"
    exit 1
fi
if [[ -n "${STRICT_TARGETS:-}" && "$(cat "$RESULTS.targets")" != met ]]; then
    exit 3
fi
exit 0
