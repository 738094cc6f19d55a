#!/usr/bin/env bash
# Builds Postern.app and a .dmg on macOS (needs Xcode's command-line tools for
# iconutil, lipo and hdiutil; rsvg-convert from Homebrew's librsvg is used for
# the 1024 px icon when present).
#
#   packaging/macos/bundle.sh            # for this Mac's architecture
#   packaging/macos/bundle.sh universal  # Apple silicon + Intel in one binary
#                                        # (rustup target add aarch64-apple-darwin x86_64-apple-darwin)
#
# Output: target/macos/Postern.app and target/macos/Postern-<version>.dmg
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
APP_ID=org.postern.Postern
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)"
OUT="$ROOT/target/macos"
APP="$OUT/Postern.app"

if [ "${1:-}" = universal ]; then
    cargo build --release --locked --target aarch64-apple-darwin
    cargo build --release --locked --target x86_64-apple-darwin
    mkdir -p target/universal
    lipo -create -output target/universal/postern \
        target/aarch64-apple-darwin/release/postern \
        target/x86_64-apple-darwin/release/postern
    BIN=target/universal/postern
else
    cargo build --release --locked
    BIN=target/release/postern
fi

rm -rf "$APP"
mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
cp packaging/macos/Info.plist "$APP/Contents/Info.plist"
cp "$BIN" "$APP/Contents/MacOS/postern"
grep -q "<string>$VERSION</string>" "$APP/Contents/Info.plist" \
    || { echo "packaging/macos/Info.plist does not say version $VERSION" >&2; exit 1; }

# The .icns from the committed PNGs; iconutil wants these names.
ICONSET="$OUT/postern.iconset"
rm -rf "$ICONSET" && mkdir -p "$ICONSET"
png() { echo "assets/icons/hicolor/$1x$1/apps/$APP_ID.png"; }
cp "$(png 16)" "$ICONSET/icon_16x16.png"
cp "$(png 32)" "$ICONSET/icon_16x16@2x.png"
cp "$(png 32)" "$ICONSET/icon_32x32.png"
cp "$(png 64)" "$ICONSET/icon_32x32@2x.png"
cp "$(png 128)" "$ICONSET/icon_128x128.png"
cp "$(png 256)" "$ICONSET/icon_128x128@2x.png"
cp "$(png 256)" "$ICONSET/icon_256x256.png"
cp "$(png 512)" "$ICONSET/icon_256x256@2x.png"
cp "$(png 512)" "$ICONSET/icon_512x512.png"
if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w 1024 -h 1024 "assets/icons/$APP_ID.svg" -o "$ICONSET/icon_512x512@2x.png"
fi
iconutil --convert icns --output "$APP/Contents/Resources/postern.icns" "$ICONSET"
rm -rf "$ICONSET"

# Ad-hoc signature so Apple silicon runs it; release builds are signed with a
# Developer ID and notarized instead (codesign --sign "Developer ID ..."; xcrun notarytool).
codesign --force --deep --sign - "$APP"

# A disk image with the app and a link to /Applications to drag it onto.
STAGE="$OUT/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname Postern -srcfolder "$STAGE" -ov -format UDZO "$OUT/Postern-$VERSION.dmg"
rm -rf "$STAGE"
echo "built $APP and $OUT/Postern-$VERSION.dmg"
