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
source "$ROOT/packaging/screenshot-lib.sh"
build_postern
mkdir -p "$OUT"
start_wizard_pop3
CLOSED_PORT="$(free_port)"
start_xvfb

export ICED_BACKEND=tiny-skia
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES LANGUAGE
export POSTERN_RESOLVE="pop.example.test=127.0.0.1,smtp.example.test=127.0.0.1"
export POSTERN_PORT_MAP="110=$POP_PORT,995=$CLOSED_PORT,465=$CLOSED_PORT,587=$CLOSED_PORT,25=$CLOSED_PORT"
# The language for Postern only (this shell may lack the locale).
start_postern env LANG="$SHOT_LANG" "$BIN" --data-dir "$WORK/data"

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
