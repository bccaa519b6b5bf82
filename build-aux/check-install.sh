#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install` with DESTDIR puts every file of Hashiya in its place.
set -u
build=${1:?usage: check-install.sh BUILD_DIR APP_ID}
app_id=${2:?usage: check-install.sh BUILD_DIR APP_ID}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT

meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null 2>&1 || { echo "meson install failed"; exit 1; }
prefix=$(meson introspect "$build" --buildoptions | python3 -c 'import json,sys; print([o["value"] for o in json.load(sys.stdin) if o["name"]=="prefix"][0])')
root="$dest$prefix"

status=0
for file in bin/hashiya bin/hashiya-cli \
            "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
            share/glib-2.0/schemas/io.github.hashiya.Hashiya.gschema.xml \
            "share/icons/hicolor/scalable/apps/$app_id.svg" "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" "share/icons/hicolor/48x48/apps/$app_id.png" \
            "share/mime/packages/$app_id.xml" \
            share/locale/ar/LC_MESSAGES/hashiya.mo share/locale/fa/LC_MESSAGES/hashiya.mo \
            share/hashiya/catalogues/3plus3.json share/hashiya/samples/000_b41194bbb65cbdc7.txt; do
  if [ ! -s "$root/$file" ]; then
    echo "not installed: $prefix/$file"
    status=1
  fi
done
"$root/bin/hashiya-cli" --version | grep -qx 'hashiya-cli [0-9.]*' || { echo "installed hashiya-cli does not run"; status=1; }
[ $status -eq 0 ] && echo "all files installed under $prefix"
exit $status
