#!/usr/bin/env bash
# Renders the app icon from ccmm.svg into the formats jpackage wants per OS.
# Needs rsvg-convert and ImageMagick (Debian: apt-get install librsvg2-bin imagemagick).
# The outputs are committed; run this again only after changing ccmm.svg.
# macOS .icns is made from the iconset by `iconutil` during the macOS build (iconutil exists only on macOS).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/ccmm.svg"
pkg="$here/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

png() { # size output
    rsvg-convert --width "$1" --height "$1" "$svg" --output "$2"
}

# Linux: one 256 px PNG (launcher, menu entry, window manager).
png 256 "$pkg/linux/ccmm.png"

# The running window's icon (title bar, task bar, Alt+Tab), bundled as resources in the sizes window managers pick.
res="$here/../../src/main/resources/io/ccmm/ui/icons"
mkdir -p "$res"
for s in 16 24 32 48 64 128 256; do
    png "$s" "$res/ccmm-$s.png"
done

# Windows: a multi-size .ico, small sizes rendered from the vector, not scaled down from 256.
ico_parts=()
for s in 16 20 24 32 40 48 64 128 256; do
    png "$s" "$tmp/ico-$s.png"
    ico_parts+=("$tmp/ico-$s.png")
done
convert "${ico_parts[@]}" -strip "$pkg/windows/ccmm.ico"

# macOS: an .iconset; the tile sits inside Apple's icon grid (about 80 % of the canvas), so it is padded.
iconset="$pkg/macos/ccmm.iconset"
rm -rf "$iconset"
mkdir -p "$iconset"
mac() { # canvas-size name
    local inner=$(( $1 * 82 / 100 ))
    png "$inner" "$tmp/mac.png"
    convert "$tmp/mac.png" -background none -gravity center -extent "$1x$1" -strip "$iconset/$2"
}
for s in 16 32 128 256 512; do
    mac "$s" "icon_${s}x${s}.png"
    mac $(( s * 2 )) "icon_${s}x${s}@2x.png"
done
echo "icons written under $pkg/{linux,windows,macos} and $res"
