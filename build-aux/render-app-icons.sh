#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Draws the application's icon (data/icons/hicolor/scalable) again at the
# fixed sizes shipped beside it (listed also in data/meson.build and
# ui/hashiya.gresource.xml). Run it after changing the SVG.
set -eu
here=$(dirname "$0")/../data/icons/hicolor
for size in 16 32 48 64; do
  mkdir -p "$here/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$here/scalable/apps/io.github.hashiya.Hashiya.svg" \
    -o "$here/${size}x${size}/apps/io.github.hashiya.Hashiya.png"
done
