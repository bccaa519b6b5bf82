#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""gen-grapheme-table.py — writes src/core/hashiya-grapheme-table.h, the
Grapheme_Cluster_Break property and Extended_Pictographic of every code
point, as sorted ranges, from the Unicode Character Database (Debian's
unicode-data package).

    build-aux/gen-grapheme-table.py [UCD_DIR] > src/core/hashiya-grapheme-table.h

Hangul syllables (LV, LVT) are not in the table: their class follows from
their code point (hashiya-grapheme.c).
"""
import os
import re
import sys

ucd = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
line_re = re.compile(r"^([0-9A-F]+)(?:\.\.([0-9A-F]+))?\s*;\s*(\w+)")


def read(path, wanted=None):
    version = None
    for line in open(path, encoding="utf-8"):
        if version is None and line.startswith("#"):
            m = re.search(r"-(\d+\.\d+\.\d+)\.txt", line)
            if m:
                version = m.group(1)
        m = line_re.match(line)
        if not m:
            continue
        first = int(m.group(1), 16)
        last = int(m.group(2) or m.group(1), 16)
        value = m.group(3)
        if wanted is None or value == wanted:
            yield first, last, value, version


classes = {}
version = None
for first, last, value, version in read(os.path.join(ucd, "auxiliary", "GraphemeBreakProperty.txt")):
    if value in ("LV", "LVT"):
        continue
    for c in range(first, last + 1):
        classes[c] = value
gcb_version = version

for first, last, value, version in read(os.path.join(ucd, "emoji", "emoji-data.txt"), "Extended_Pictographic"):
    for c in range(first, last + 1):
        if c in classes:
            sys.exit(f"U+{c:04X} is both {classes[c]} and Extended_Pictographic")
        classes[c] = "Extended_Pictographic"

names = {
    "CR": "HASHIYA_GCB_CR", "LF": "HASHIYA_GCB_LF", "Control": "HASHIYA_GCB_CONTROL",
    "Extend": "HASHIYA_GCB_EXTEND", "ZWJ": "HASHIYA_GCB_ZWJ",
    "Regional_Indicator": "HASHIYA_GCB_REGIONAL_INDICATOR", "Prepend": "HASHIYA_GCB_PREPEND",
    "SpacingMark": "HASHIYA_GCB_SPACING_MARK", "L": "HASHIYA_GCB_L", "V": "HASHIYA_GCB_V",
    "T": "HASHIYA_GCB_T", "Extended_Pictographic": "HASHIYA_GCB_EXTENDED_PICTOGRAPHIC",
}

ranges = []
for c in sorted(classes):
    value = classes[c]
    if ranges and ranges[-1][1] == c - 1 and ranges[-1][2] == value:
        ranges[-1][1] = c
    else:
        ranges.append([c, c, value])

out = sys.stdout
out.write("/* hashiya-grapheme-table.h — Grapheme_Cluster_Break and Extended_Pictographic\n")
out.write(" *\n")
out.write(f" * Made by build-aux/gen-grapheme-table.py from the Unicode Character\n")
out.write(f" * Database {gcb_version} (GraphemeBreakProperty.txt, emoji-data.txt); do not edit.\n")
out.write(" *\n")
out.write(" * SPDX-License-Identifier: Unicode-DFS-2016\n")
out.write(" */\n\n#pragma once\n\n")
out.write(f"#define HASHIYA_GRAPHEME_UNICODE_VERSION \"{gcb_version}\"\n\n")
out.write("static const struct\n{\n  guint32 first;\n  guint32 last;\n  HashiyaGcb gcb;\n} hashiya_grapheme_ranges[] = {\n")
for first, last, value in ranges:
    out.write(f"  {{ 0x{first:04X}, 0x{last:04X}, {names[value]} }},\n")
out.write("};\n")
