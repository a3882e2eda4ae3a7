#!/usr/bin/env bash
# Builds "Nepton Desktop.app" and dist/nepton-desktop-<version>.dmg on a Mac.
#   packaging/macos/build-dmg.sh
# Prerequisites (packaging/README.md, "macOS"): Xcode command line tools (iconutil, hdiutil,
# codesign), Python 3.11+ from python.org or Homebrew, run from the repository root or anywhere.
# Optional signing and notarisation (without them the app runs after right-click > Open):
#   NEPTON_CODESIGN_IDENTITY="Developer ID Application: ..."   sign the .app and the .dmg
#   NEPTON_NOTARY_PROFILE=<keychain profile of notarytool>     notarise and staple the .dmg
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
[ "$(uname -s)" = Darwin ] || {
  echo "build-dmg.sh runs on macOS (it needs iconutil, hdiutil and codesign)" >&2
  exit 1
}
VENV="$ROOT/build/packaging-venv"
PYTHON="${NEPTON_BUILD_PYTHON:-python3}"

echo "== build venv"
if [ ! -x "$VENV/bin/python" ]; then
  "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "${ROOT}[packaging]"
VERSION="$("$VENV/bin/python" packaging/buildinfo.py version)"
SOURCE_DATE_EPOCH="$("$VENV/bin/python" packaging/buildinfo.py source-date-epoch)"
export SOURCE_DATE_EPOCH

# The .qm files are build output (not in git) and the spec refuses to bundle without current
# ones: a bundle without them would run in English only.
echo "== translations (.ts -> .qm)"
NEPTON_PYTHON="$VENV/bin/python" scripts/build-translations --quiet

echo "== icon (.icns from the checked-in PNGs)"
ICONSET="$ROOT/build/nepton-desktop.iconset"
rm -rf "$ICONSET"
mkdir -p "$ICONSET"
PNG="$ROOT/packaging/icons/png"
for size in 16 32 128 256 512; do
  cp "$PNG/${size}x${size}/nepton-desktop.png" "$ICONSET/icon_${size}x${size}.png"
done
cp "$PNG/32x32/nepton-desktop.png" "$ICONSET/icon_16x16@2x.png"
cp "$PNG/64x64/nepton-desktop.png" "$ICONSET/icon_32x32@2x.png"
cp "$PNG/256x256/nepton-desktop.png" "$ICONSET/icon_128x128@2x.png"
cp "$PNG/512x512/nepton-desktop.png" "$ICONSET/icon_256x256@2x.png"
# icon_512x512@2x (1024 px) is left out: iconutil accepts the set without it.
iconutil --convert icns --output "$ROOT/build/nepton-desktop.icns" "$ICONSET"

echo "== PyInstaller ($VERSION)"
PYTHONHASHSEED=0 "$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" packaging/nepton-desktop.spec
APP="$ROOT/dist/Nepton Desktop.app"
"$APP/Contents/MacOS/nepton-desktop" --version

if [ -n "${NEPTON_CODESIGN_IDENTITY:-}" ]; then
  echo "== codesign (hardened runtime)"
  codesign --force --deep --options runtime --timestamp \
    --sign "$NEPTON_CODESIGN_IDENTITY" "$APP"
  codesign --verify --deep --strict --verbose=2 "$APP"
else
  echo "note: NEPTON_CODESIGN_IDENTITY not set; the app is not signed (optional step)"
fi

echo "== dmg"
DMG="$ROOT/dist/nepton-desktop-$VERSION.dmg"
STAGING="$ROOT/build/dmg"
rm -rf "$STAGING" "$DMG"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
hdiutil create -volname "Nepton Desktop $VERSION" -srcfolder "$STAGING" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$DMG"

if [ -n "${NEPTON_CODESIGN_IDENTITY:-}" ]; then
  codesign --sign "$NEPTON_CODESIGN_IDENTITY" --timestamp "$DMG"
  if [ -n "${NEPTON_NOTARY_PROFILE:-}" ]; then
    echo "== notarise"
    xcrun notarytool submit "$DMG" --keychain-profile "$NEPTON_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
  fi
fi
echo "built $DMG ($(du -h "$DMG" | cut -f1))"
