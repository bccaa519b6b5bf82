#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""test-file-graph.py SCRIPT — build-aux/file-graph.py on small trees made here.

TAP output. Each case writes a src/ folder of a few C files to a
temporary folder and runs the script on it with --check.
"""
import os
import subprocess
import sys
import tempfile

SCRIPT = sys.argv[1]

# a.c calls b's function and b.c calls a's: a circle, unless the reader
# loses the call in a.c, between PREFIX and the string after it.
CIRCLE_AFTER = {
    "a URL in a string": 'static const char url[] = "https://example.org/";\n',
    "a quote in a character": "static const char quote = '\"';\n",
    "an escaped quote in a string": 'static const char s[] = "say \\"hi\\"";\n',
}


def write_tree(root, files):
    for path, text in files.items():
        full = os.path.join(root, "src", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as out:
            out.write(text)
    return os.path.join(root, "src")


def circle_files(prefix, folder="core"):
    return {
        f"{folder}/a.c": (f'#include "a.h"\n\n{prefix}\nvoid\na_run (void)\n{{\n'
                          '  b_run ();\n  puts ("done");\n}\n'),
        f"{folder}/a.h": "void a_run (void);\n",
        f"{folder}/b.c": '#include "b.h"\n\nvoid\nb_run (void)\n{\n  a_run ();\n}\n',
        f"{folder}/b.h": "void b_run (void);\n",
    }


def run(src, *options):
    return subprocess.run([sys.executable, SCRIPT, "--check", *options, src],
                          capture_output=True, text=True)


results = []


def case(name, ok, detail=""):
    results.append((name, ok, detail))


for what, prefix in CIRCLE_AFTER.items():
    with tempfile.TemporaryDirectory() as root:
        src = write_tree(root, circle_files(prefix))
        out = run(src)
        case(f"a call after {what} is read: the circle is found",
             out.returncode == 1 and "circle: core/a, core/b" in out.stdout
             and "core/a -> core/b: b_run()" in out.stdout,
             out.stdout + out.stderr)

with tempfile.TemporaryDirectory() as root:
    files = circle_files("", folder="app")
    files["core/c.c"] = '#include "c.h"\n\nvoid\nc_run (void)\n{\n}\n'
    files["core/c.h"] = "void c_run (void);\n"
    src = write_tree(root, files)
    whole = run(src)
    core = run(src, "--only", "core")
    case("--only core leaves out a circle of another folder",
         whole.returncode == 1 and core.returncode == 0 and "no circle" in core.stdout
         and "floor  1: core/c\n" in core.stdout and "app/" not in core.stdout,
         whole.stdout + core.stdout + core.stderr)
    nowhere = run(src, "--only", "nowhere")
    case("--only names a folder with units",
         nowhere.returncode != 0 and "no unit there" in nowhere.stderr, nowhere.stderr)

print(f"1..{len(results)}")
for number, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} {name}")
    if not ok:
        for line in detail.splitlines():
            print(f"# {line}")
