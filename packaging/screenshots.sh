#!/usr/bin/env bash
# Takes the README screenshots of the add-account wizard and the settings
# pane: starts Postern under its own Xvfb display with a temporary data
# folder, drives it with xdotool and saves PNGs into assets/screenshots/.
#
# No network: host names resolve through POSTERN_RESOLVE to 127.0.0.1 and the
# standard ports are mapped (POSTERN_PORT_MAP) to a tiny scripted POP3 server
# started here, which refuses the password "wrong" and accepts any other.
#
# Needs: Xvfb, xdotool, imagemagick (import), python3. Run from anywhere.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/assets/screenshots"
DISPLAY_NUM="${SCREENSHOT_DISPLAY:-:97}"
source "$ROOT/packaging/screenshot-lib.sh"
build_postern
mkdir -p "$OUT"
start_wizard_pop3
CLOSED_PORT="$(free_port)"
start_xvfb

export ICED_BACKEND=tiny-skia
export LANG=C.UTF-8
export POSTERN_RESOLVE="pop.example.test=127.0.0.1,smtp.example.test=127.0.0.1"
export POSTERN_PORT_MAP="110=$POP_PORT,995=$CLOSED_PORT,465=$CLOSED_PORT,587=$CLOSED_PORT,25=$CLOSED_PORT"
start_postern "$BIN" --data-dir "$WORK/data"

# The keyring banner first: dismiss it so it does not take space.
click 1042 30
# Clicking the banner took the focus from the first field: give it back.
click 445 172

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
# Accept the warning (the checkbox at the bottom of the form) and go on.
focus; xdotool mousemove --sync 490 400 click 5 click 5 click 5 click 5 click 5
sleep 0.5
import -window "$WIN" "${DEBUG_DIR:-$WORK}/scrolled.png"
# 4. Test: the server refuses the password.
click "${ACCEPT_X:-200}" "${ACCEPT_Y:-625}"
key Return
shot wizard-4-test-failed 4

# Back to the identity step, correct the password, run the test again.

click 976 688
click 976 688
click 445 274
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

# Settings pane.
click "${SETTINGS_X:-885}" "${SETTINGS_Y:-40}"
shot settings 1.5
