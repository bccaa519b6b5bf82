#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every language in LINGUAS translates every string of the sources, with
# valid formats and plural forms.
set -u
top=${1:?usage: check-translations.sh SOURCE_ROOT}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$top" || exit 1

grep -vE '^\s*(#|$)' po/POTFILES.in > "$work/files"
if ! xgettext --package-name=hashiya --from-code=UTF-8 --files-from="$work/files" \
     --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=ngettext:1,2 \
     --output="$work/hashiya.pot" 2>"$work/errors"; then
  cat "$work/errors"
  exit 1
fi

status=0
for lang in $(grep -vE '^\s*(#|$)' po/LINGUAS); do
  if ! msgcmp "po/$lang.po" "$work/hashiya.pot" 2>"$work/missing"; then
    echo "po/$lang.po is incomplete:"
    head -n 20 "$work/missing"
    status=1
  fi
  stats=$(msgfmt --check --statistics -o /dev/null "po/$lang.po" 2>&1) || { echo "$stats"; status=1; }
  case "$stats" in
    *fuzzy*|*untranslated*) echo "po/$lang.po: $stats"; status=1 ;;
    *) echo "po/$lang.po: $stats" ;;
  esac
done
exit $status
