#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a file with translatable strings is missing from POTFILES.in
# (or POTFILES.in names a file that has none or does not exist).
set -u
top=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$top" || exit 1

listed=$(grep -vE '^\s*(#|$)' po/POTFILES.in | sort)
found=$( (grep -rlE '(^|[^a-z_])(N?_|ngettext|C_)\s*\(' --include='*.c' src;
          grep -rl 'translatable="yes"' --include='*.ui' ui;
          ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml 2>/dev/null) | sort -u)

status=0
for file in $found; do
  if ! grep -qxF "$file" <<<"$listed"; then
    echo "po/POTFILES.in misses $file"
    status=1
  fi
done
for file in $listed; do
  if [ ! -f "$file" ]; then
    echo "po/POTFILES.in names $file, which does not exist"
    status=1
  elif ! grep -qxF "$file" <<<"$found"; then
    echo "po/POTFILES.in names $file, which has no translatable string"
    status=1
  fi
done
[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(wc -l <<<"$listed") files with translatable strings"
exit $status
