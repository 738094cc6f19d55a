#!/usr/bin/env bash
# Renders every raster icon from the one source, assets/icons/org.postern.Postern.svg:
#   assets/icons/hicolor/<N>x<N>/apps/org.postern.Postern.png  (Linux, Flatpak)
#   assets/icons/postern.ico                                    (Windows)
# The PNGs are committed, so packaging needs no SVG renderer; run this only
# after changing the SVG.
#
# Needs: rsvg-convert (Debian: librsvg2-bin) and ImageMagick's convert
# (Debian: imagemagick). Run from anywhere.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ICONS="$ROOT/assets/icons"
SVG="$ICONS/org.postern.Postern.svg"
SIZES=(16 32 48 64 128 256 512)

for size in "${SIZES[@]}"; do
    dir="$ICONS/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" "$SVG" --output "$dir/org.postern.Postern.png"
done

# Windows wants one .ico holding the sizes the shell asks for (16-256).
convert \
    "$ICONS/hicolor/16x16/apps/org.postern.Postern.png" \
    "$ICONS/hicolor/32x32/apps/org.postern.Postern.png" \
    "$ICONS/hicolor/48x48/apps/org.postern.Postern.png" \
    "$ICONS/hicolor/64x64/apps/org.postern.Postern.png" \
    "$ICONS/hicolor/128x128/apps/org.postern.Postern.png" \
    "$ICONS/hicolor/256x256/apps/org.postern.Postern.png" \
    "$ICONS/postern.ico"

echo "icons written under $ICONS"
