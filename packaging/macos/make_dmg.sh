#!/usr/bin/env bash
# The PhotoSafe disk image (macOS): the app and a link to /Applications side by side, so
# parents drag the one onto the other.
#
#   packaging/macos/make_dmg.sh [APP] [OUTPUT.dmg]
#   (defaults: dist/PhotoSafe.app and dist/PhotoSafe-VERSION-macos-ARCH.dmg)
#
# Uses hdiutil (part of macOS). Sign the app before (see docs/signing.md); the disk image
# itself is signed and notarised after, in the release workflow.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
app="${1:-$root/dist/PhotoSafe.app}"
if [[ ! -d "$app" ]]; then
  echo "no app at $app: run tools/build_app.py first" >&2
  exit 1
fi
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/photosafe_desktop/__init__.py")"
arch="$(uname -m)"
output="${2:-$root/dist/PhotoSafe-$version-macos-$arch.dmg}"

staging="$(mktemp -d "${TMPDIR:-/tmp}/photosafe-dmg.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/PhotoSafe.app"
ln -s /Applications "$staging/Applications"

rm -f "$output"
hdiutil create -volname "PhotoSafe $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$output"
echo "$output"
