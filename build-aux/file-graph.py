#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""file-graph.py — which file of src/ uses which: includes and calls.

    build-aux/file-graph.py [--check] [--only FOLDER] [--dot FILE] [SRC_DIR]

A unit is a .c file with the headers of its name (hashiya-window.c,
hashiya-window.h, hashiya-window-private.h). Unit A uses unit B when A
includes a header of B or calls a function that B defines. A header that
only gathers others (hashiya-core.h) stands for the units it includes.

Prints the units floor by floor (a unit stands above every unit it uses;
floor 1 uses none), every edge with the names that make it, and every
circle: units that use each other in a loop. --dot writes the graph for
Graphviz. --check exits 1 when there is a circle (none is allowed; the
test suite runs `build-aux/file-graph.py --check src`).

--only FOLDER limits all of it to the units of SRC_DIR/FOLDER and the
edges between them, as in `build-aux/file-graph.py --only core src`.
"""
import os
import re
import sys
from collections import defaultdict

# Circles that may stay: none.
ALLOWED_CIRCLES = []

DEFINITION = re.compile(r"^([a-z_][a-z0-9_]*) \(", re.M)
INCLUDE = re.compile(r'^#include "([^"]+)"', re.M)
IDENTIFIER = re.compile(r"\b[a-z_][a-z0-9_]*\b")
# Comments, string literals and character literals, read left to right in
# one pass: a "//" inside a string (a URL) is no comment, and the quote in
# '"' starts no string.
LEXEME = re.compile(r"""/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'""", re.S)


def without_comments(text):
    """TEXT with its comments blanked; strings and characters kept."""
    return LEXEME.sub(lambda m: " " if m.group(0)[0] == "/" else m.group(0), text)


def code_only(text):
    """TEXT with its comments blanked and its literals emptied."""
    return LEXEME.sub(lambda m: " " if m.group(0)[0] == "/" else m.group(0)[0] * 2, text)


def unit_of(path, units):
    """The unit a file belongs to: its own .c, or the .c its header is named after."""
    stem = os.path.splitext(path)[0]
    if stem in units:
        return stem
    if stem.endswith("-private") and stem[: -len("-private")] in units:
        return stem[: -len("-private")]
    return None


def read_tree(src):
    files = {}
    for folder, _, names in os.walk(src):
        for name in names:
            if name.endswith((".c", ".h")):
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, src)
                files[rel] = open(path, encoding="utf-8").read()
    return files


def build(src):
    files = read_tree(src)
    units = {os.path.splitext(f)[0] for f in files if f.endswith(".c")}
    headers = {os.path.basename(f): f for f in files if f.endswith(".h")}

    # Faces: headers without a unit that only include others.
    def face_targets(header, seen=()):
        text = files[header]
        targets = set()
        for inc in INCLUDE.findall(text):
            path = headers.get(os.path.basename(inc))
            if path is None or path in seen:
                continue
            unit = unit_of(path, units)
            if unit is not None:
                targets.add(unit)
            else:
                targets |= face_targets(path, seen + (header,))
        return targets

    # Functions each unit defines (not static).
    defined = {}
    for path, text in files.items():
        if not path.endswith(".c"):
            continue
        unit = unit_of(path, units)
        body = without_comments(text)
        for m in DEFINITION.finditer(body):
            start = body.rfind("\n", 0, m.start() - 1) + 1
            previous = body[start : m.start()]
            if previous.lstrip().startswith("static") or m.group(1) in ("if", "for", "while", "switch", "return"):
                continue
            defined.setdefault(m.group(1), unit)

    edges = defaultdict(set)
    for path, text in files.items():
        unit = unit_of(path, units)
        if unit is None:
            continue
        for inc in INCLUDE.findall(text):
            target_path = headers.get(os.path.basename(inc))
            if target_path is None:
                continue
            target = unit_of(target_path, units)
            targets = {target} if target is not None else face_targets(target_path)
            for t in targets:
                if t != unit:
                    edges[(unit, t)].add("#include " + os.path.basename(inc))
        if path.endswith(".c"):
            code = code_only(text)
            for name in set(IDENTIFIER.findall(code)):
                target = defined.get(name)
                if target is not None and target != unit:
                    edges[(unit, target)].add(name + "()")
    return sorted(units), edges


def circles(units, edges):
    """Strongly connected components of two units or more (Tarjan)."""
    succ = defaultdict(set)
    for a, b in edges:
        succ[a].add(b)
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(succ[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(component)

    sys.setrecursionlimit(10000)
    for v in units:
        if v not in index:
            visit(v)
    return out


def floors(units, edges, loops):
    """A unit's floor: one above the highest unit it uses (a circle is one block)."""
    block = {u: frozenset([u]) for u in units}
    for c in loops:
        for u in c:
            block[u] = frozenset(c)
    succ = defaultdict(set)
    for a, b in edges:
        if block[a] != block[b]:
            succ[block[a]].add(block[b])
    memo = {}

    def floor(b):
        if b not in memo:
            memo[b] = 1 + max((floor(c) for c in succ[b]), default=0)
        return memo[b]

    return {u: floor(block[u]) for u in units}


def option_value(args, name):
    """The value after NAME in ARGS, taken out of them; None without NAME."""
    if name not in args:
        return None
    i = args.index(name)
    if i + 1 >= len(args):
        sys.exit(f"{name} needs a value")
    value = args[i + 1]
    del args[i : i + 2]
    return value


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    dot = option_value(args, "--dot")
    only = option_value(args, "--only")
    src = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src")

    units, edges = build(src)
    if only is not None:
        units = [u for u in units if u.split("/")[0] == only]
        if not units:
            sys.exit(f"{os.path.join(src, only)}: no unit there")
        edges = {(a, b): names for (a, b), names in edges.items() if a in units and b in units}
    loops = circles(units, edges)
    level = floors(units, edges, loops)

    print(f"{len(units)} units, {len(edges)} edges, {len(loops)} circles\n")
    for f in sorted(set(level.values()), reverse=True):
        print(f"floor {f:2}: " + ", ".join(u for u in units if level[u] == f))
    print("\nedges (unit -> what it uses: the names that make the edge):")
    for (a, b), names in sorted(edges.items()):
        shown = sorted(names)
        more = f", and {len(shown) - 4} more" if len(shown) > 4 else ""
        print(f"  {a} -> {b}: {', '.join(shown[:4])}{more}")

    bad = [c for c in loops if c not in ALLOWED_CIRCLES]
    print()
    for c in loops:
        allowed = "" if c in bad else " (allowed)"
        print(f"circle{allowed}: {', '.join(sorted(c))}")
        for (a, b), names in sorted(edges.items()):
            if a in c and b in c:
                print(f"    {a} -> {b}: {', '.join(sorted(names)[:6])}")
    if not loops:
        print("no circle")

    if dot:
        with open(dot, "w", encoding="utf-8") as out:
            out.write("digraph hashiya {\n  rankdir=BT;\n  node [shape=box, fontname=\"sans\"];\n")
            for folder in sorted({u.split("/")[0] for u in units}):
                out.write(f'  subgraph "cluster_{folder}" {{\n    label="src/{folder}";\n')
                for u in units:
                    if u.split("/")[0] == folder:
                        out.write(f'    "{u}" [label="{os.path.basename(u)}"];\n')
                out.write("  }\n")
            for a, b in sorted(edges):
                colour = ' [color="red"]' if any(a in c and b in c for c in loops) else ""
                out.write(f'  "{a}" -> "{b}"{colour};\n')
            out.write("}\n")

    if check and bad:
        print(f"\n{len(bad)} circle(s) not allowed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
