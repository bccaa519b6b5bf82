#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the brat documents of the held-out relation set from paragraphs.txt.

paragraphs.txt is the hand-written source (see README.md): each paragraph with
its actor mentions marked [text]{actor} or [text]{actor:type}, nested where the
annotation guide nests them, and its gold relations on "= SOURCE TYPE TARGET
[mode=M] [negated=true] [modality=future|hypothetical]" lines, between actor ids.

Each paragraph goes to the development half (dev/) or the test half (test/):
the paragraphs of a group, ordered by the SHA-256 of their ids, go to one and
the other in turn, so that the split never depends on the order of the file or
on what the suggester does. The groups named fresh-… go to fresh/ whole: they
were written after the test half had been scored; so do those named final-… to
final/, written after the second round of changes had been scored. Each group
("# group NAME") is one brat document in each half: a .txt of its paragraphs,
one a line with an empty line between them, and a .ann of the gold mentions
(T, N, A lines) and relations (R lines, and AnnotatorNotes with mode, negated
and modality). A relation links the first outermost mention of its source
actor in the paragraph to the first outermost mention of its target actor.

Run it from anywhere; it checks every actor id against catalog.json and
rewrites dev/, test/, fresh/ and final/.
"""

import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
         "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault"}
KIND_LABEL = {"state": "State", "person": "Person", "organization": "Organization",
              "group": "Group", "forum": "Forum", "place": "Place", "other": "Other"}
PARTS = ("dev", "test", "fresh", "final")
MARK = re.compile(r"\]\{([a-z0-9-]+)(?::([a-z]+))?\}")


def fail(where, message):
    sys.exit(f"{where}: {message}")


def fold(s):
    s = re.sub("[\u064b-\u065f\u0670\u0640]", "", s)
    s = re.sub("[أإآٱ]", "ا", s)
    return s.replace("ى", "ي").replace("ة", "ه")


def load_catalog():
    with open(os.path.join(HERE, "catalog.json"), encoding="utf-8") as f:
        actors = json.load(f)["actors"]
    catalog = {}
    for a in actors:
        forms = {fold(a["name"]["ar"]): "name"}
        for alias in a.get("aliases", []):
            if isinstance(alias, dict):
                forms[fold(alias["text"])] = alias["type"]
            else:
                forms.setdefault(fold(alias), "name" if " " in alias or a["kind"] != "state" else "adjective")
        catalog[a["id"]] = (a["kind"], forms)
    return catalog


def mention_type(catalog, actor, text):
    kind, forms = catalog[actor]
    if fold(text) in forms:
        return forms[fold(text)]
    # A form the catalogue lacks: a nisba (أمريكيا، فلسطينيين) of a state, else "other".
    if kind == "state" and re.search("(ي|يا|ية|يين|يون|يتين|ان)$", text):
        return "adjective"
    return "other"


def parse_paragraph(where, source, catalog):
    """Returns the text and the mentions (start, end, actor, type, depth) of a marked paragraph."""
    text, mentions, stack, i = [], [], [], 0
    while i < len(source):
        c = source[i]
        if c == "[":
            stack.append(len(text))
            i += 1
        elif c == "]":
            m = MARK.match(source, i)
            if not m or not stack:
                fail(where, f"a ] without its [ or its {{actor}} at {i}")
            start = stack.pop()
            actor = m.group(1)
            if actor not in catalog:
                fail(where, f"unknown actor {actor}")
            span = "".join(text[start:])
            if span != span.strip() or not span:
                fail(where, f"the mention «{span}» has spaces at its edges")
            mtype = m.group(2) or mention_type(catalog, actor, span)
            mentions.append((start, len(text), actor, mtype, len(stack)))
            i = m.end()
        elif c in "{}":
            fail(where, f"a stray {c} at {i}")
        else:
            text.append(c)
            i += 1
    if stack:
        fail(where, "a [ without its ]")
    return "".join(text), sorted(mentions, key=lambda m: (m[0], -m[1]))


def parse_relation(where, line, actors_here):
    words = line[1:].split()
    if len(words) < 3:
        fail(where, f"a relation needs a source, a type and a target: {line}")
    source, rtype, target = words[:3]
    if rtype not in TYPES:
        fail(where, f"unknown relation type {rtype}")
    for actor in (source, target):
        if actor not in actors_here:
            fail(where, f"{actor} has no mention in the paragraph")
    attrs = {"mode": None, "negated": False, "modality": "asserted"}
    for word in words[3:]:
        key, _, value = word.partition("=")
        if key == "mode" and value:
            attrs["mode"] = value
        elif key == "negated" and value in ("true", "false"):
            attrs["negated"] = value == "true"
        elif key == "modality" and value in ("asserted", "future", "hypothetical"):
            attrs["modality"] = value
        else:
            fail(where, f"unknown attribute {word}")
    return source, rtype, target, attrs


def read_paragraphs(catalog):
    groups, group, item = [], None, None
    with open(os.path.join(HERE, "paragraphs.txt"), encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            where = f"paragraphs.txt:{number}"
            if line.startswith("# group "):
                group = (line.split()[2].rstrip(":"), [])
                groups.append(group)
            elif line.startswith("#") or not line.strip():
                item = None if not line.strip() else item
            elif line.startswith("@ "):
                if group is None:
                    fail(where, "a paragraph before any group")
                item = {"id": line[2:].strip(), "where": where, "text": None, "relations": []}
                group[1].append(item)
            elif item is None:
                fail(where, "a line outside a paragraph")
            elif line.startswith("="):
                if item["text"] is None:
                    fail(where, "a relation before its paragraph")
                actors = {m[2] for m in item["mentions"]}
                item["relations"].append(parse_relation(where, line, actors))
            elif item["text"] is None:
                item["text"], item["mentions"] = parse_paragraph(where, line, catalog)
            else:
                fail(where, "a paragraph is one line")
    ids = [item["id"] for _, items in groups for item in items]
    if len(ids) != len(set(ids)):
        fail("paragraphs.txt", "an id is used twice")
    return groups


def split(groups):
    halves = {}
    for name, items in groups:
        ordered = sorted(items, key=lambda item: hashlib.sha256(item["id"].encode()).hexdigest())
        for i, item in enumerate(ordered):
            if name.startswith("fresh-"):
                halves[item["id"]] = "fresh"
            elif name.startswith("final-"):
                halves[item["id"]] = "final"
            else:
                halves[item["id"]] = "dev" if i % 2 == 0 else "test"
    return halves


def write_document(path, items, catalog):
    text_parts, ann, offset, t, r = [], [], 0, 0, 0
    for item in items:
        first = {}
        for start, end, actor, mtype, depth in item["mentions"]:
            t += 1
            span = item["text"][start:end]
            ann.append(f"T{t}\t{KIND_LABEL[catalog[actor][0]]} {offset + start} {offset + end}\t{span}")
            ann.append(f"N{t}\tReference T{t} hashiya:{actor}\t{actor}")
            ann.append(f"A{t}\tMentionType T{t} {mtype}")
            best = first.get(actor)
            if best is None or depth < best[1]:
                first[actor] = (t, depth)
        for source, rtype, target, attrs in item["relations"]:
            r += 1
            ann.append(f"R{r}\t{rtype} Arg1:T{first[source][0]} Arg2:T{first[target][0]}\t")
            note = [f"mode={attrs['mode']}"] if attrs["mode"] else []
            if attrs["negated"]:
                note.append("negated=true")
            note.append(f"modality={attrs['modality']}")
            ann.append(f"#{r}\tAnnotatorNotes R{r}\t{' '.join(note)}")
        text_parts.append(item["text"])
        offset += len(item["text"]) + 2
    with open(path + ".txt", "w", encoding="utf-8") as f:
        f.write("\n\n".join(text_parts) + "\n")
    with open(path + ".ann", "w", encoding="utf-8") as f:
        f.write("\n".join(ann) + "\n")


def main():
    catalog = load_catalog()
    groups = read_paragraphs(catalog)
    halves = split(groups)
    for name in PARTS:
        os.makedirs(os.path.join(HERE, name), exist_ok=True)
        for old in os.listdir(os.path.join(HERE, name)):
            os.remove(os.path.join(HERE, name, old))
        for group, items in groups:
            mine = [item for item in items if halves[item["id"]] == name]
            if mine:
                write_document(os.path.join(HERE, name, group), mine, catalog)
    for name in PARTS:
        items = [item for _, group in groups for item in group if halves[item["id"]] == name]
        relations = sum(len(item["relations"]) for item in items)
        empty = sum(1 for item in items if not item["relations"])
        print(f"{name}: {len(items)} paragraphs ({empty} with no relation), {relations} relations")


if __name__ == "__main__":
    main()
