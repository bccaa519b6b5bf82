#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-network.py — Hashiya's network files, read by the tools their
users run, against the network computed here from the .hashiya itself.

  check-network.py expected DOC.hashiya RELATIONS.json     → the expected network, as JSON
  check-network.py networkx-gexf EXPECTED.json FILE.gexf
  check-network.py networkx-graphml EXPECTED.json FILE.graphml
  check-network.py igraph-graphml EXPECTED.json FILE.graphml
  check-network.py label SVG TEXT OUT.svg [isolated]       → TEXT's <text> alone, black on white
  check-network.py ink-width PNG                           → the width of what is drawn

The expected network is the document's: a node per actor with a mention,
an edge per type of relation between two actors (either way for a mutual
type), its weight the number of relations. Each reader must give the same
nodes, edges and weights, and the attributes with their types. Exit 0 when
all agree, 1 with what differs.
"""

import collections
import json
import sys

NODE_TYPES = {"name_ar": str, "name_en": str, "kind": str, "color": str, "mentions": int, "documents": int,
              "degree": int, "strength": int, "betweenness": float, "x": float, "y": float, "pinned": bool}
EDGE_TYPES = {"relation": str, "relation_ar": str, "relation_en": str, "quad_class": str, "cameo": str,
              "mutual": bool, "count": int, "documents": int}


def expected(document_path, catalogue_path):
    document = json.load(open(document_path, encoding="utf-8"))
    catalogue = document.get("relation_catalog") or json.load(open(catalogue_path, encoding="utf-8"))
    mutual = {t["id"]: t.get("mutual", False) for t in catalogue["types"]}
    quad = {t["id"]: t["quad_class"] for t in catalogue["types"]}
    actor_of = {m["id"]: m["actor"] for m in document["mentions"]}
    mentions = collections.Counter(m["actor"] for m in document["mentions"])
    edges = {}
    for relation in document.get("relations", []):
        if relation.get("negated"):
            continue
        source, target = actor_of[relation["source"]], actor_of[relation["target"]]
        key = (relation["type"], source, target)
        if mutual[relation["type"]] and (relation["type"], target, source) in edges:
            key = (relation["type"], target, source)
        edges.setdefault(key, 0)
        edges[key] += 1
    return {
        "nodes": dict(mentions),
        "edges": [{"type": t, "source": s, "target": d, "weight": w, "mutual": mutual[t], "quad_class": quad[t]}
                  for (t, s, d), w in edges.items()],
    }


def edge_key(kind, source, target, mutual):
    return (kind, source, target) if not mutual else (kind,) + tuple(sorted((source, target)))


def compare(expect, nodes, edges, number=(int, float)):
    """NODES: {id: attributes}; EDGES: [(source, target, attributes)]."""
    problems = []
    if set(nodes) != set(expect["nodes"]):
        problems.append(f"nodes differ: {sorted(set(nodes) ^ set(expect['nodes']))}")
    for node, count in expect["nodes"].items():
        if node in nodes and nodes[node].get("mentions") != count:
            problems.append(f"{node}: {nodes[node].get('mentions')} mentions, not {count}")
    wanted = {edge_key(e["type"], e["source"], e["target"], e["mutual"]): e for e in expect["edges"]}
    found = {}
    for source, target, data in edges:
        key = edge_key(data.get("relation"), source, target, data.get("mutual"))
        if key in found:
            problems.append(f"edge {key} twice")
        found[key] = data
    if set(found) != set(wanted):
        problems.append(f"edges differ: {sorted(set(found) ^ set(wanted))}")
    for key, edge in wanted.items():
        data = found.get(key)
        if data is None:
            continue
        if data.get("weight") != edge["weight"] or data.get("count") != edge["weight"]:
            problems.append(f"{key}: weight {data.get('weight')}, count {data.get('count')}, not {edge['weight']}")
        if data.get("quad_class") != edge["quad_class"] or data.get("mutual") != edge["mutual"]:
            problems.append(f"{key}: {data.get('quad_class')}, mutual {data.get('mutual')}")
    for node, data in nodes.items():
        for name, kind in NODE_TYPES.items():
            value = data.get(name)
            want = number if kind in (int, float) and number != (int, float) else kind
            if not isinstance(value, want) or (kind is int and isinstance(value, bool)):
                problems.append(f"node {node}: {name} is {value!r} ({type(value).__name__}), not {kind.__name__}")
    for _, _, data in edges:
        for name, kind in EDGE_TYPES.items():
            value = data.get(name)
            want = number if kind in (int, float) and number != (int, float) else kind
            if not isinstance(value, want) or (kind is int and isinstance(value, bool)):
                problems.append(f"edge {data.get('id')}: {name} is {value!r}, not {kind.__name__}")
    return problems


def report(problems, what):
    if problems:
        print("\n".join(problems[:10]))
        return 1
    print(what)
    return 0


def networkx_gexf(expect, path):
    import networkx
    from networkx.readwrite import gexf
    # Debian 12's networkx 2.8 knows GEXF up to 1.2; later networkx reads
    # 1.3 with these names, and the same code.
    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
    graph = networkx.read_gexf(path, version="1.3")
    # A mutual edge comes as two arcs of one id: one edge.
    seen, edges = set(), []
    for source, target, data in graph.edges(data=True):
        if data["id"] in seen:
            continue
        seen.add(data["id"])
        edges.append((source, target, data))
    nodes = dict(graph.nodes(data=True))
    return report(compare(expect, nodes, edges),
                  f"{graph.number_of_nodes()} nodes, {len(edges)} edges, {type(graph).__name__}")


def networkx_graphml(expect, path):
    import networkx
    graph = networkx.read_graphml(path)
    edges = list(graph.edges(data=True))
    return report(compare(expect, dict(graph.nodes(data=True)), edges),
                  f"{graph.number_of_nodes()} nodes, {len(edges)} edges, {type(graph).__name__}")


def igraph_graphml(expect, path):
    import igraph
    graph = igraph.Graph.Read_GraphML(path)
    nodes = {v["id"]: v.attributes() for v in graph.vs}
    edges = [(graph.vs[e.source]["id"], graph.vs[e.target]["id"], e.attributes()) for e in graph.es]
    # igraph keeps every number as a float.
    problems = compare(expect, nodes, edges, number=float)
    if not graph.is_directed():
        problems.append("not directed")
    return report(problems, f"{graph.vcount()} vertices, {graph.ecount()} edges, directed")


def label(svg_path, text, out_path, isolated=False):
    """The <text> element of SVG_PATH that writes TEXT, as Hashiya wrote
    it but black and at 100, 40, alone in a picture; with ISOLATED, its
    letters kept apart by zero-width non-joiners, as a writer that draws
    each letter on its own would show them."""
    import re
    svg = open(svg_path, encoding="utf-8").read()
    match = re.search(r"<text [^>]*>" + re.escape(text) + "</text>", svg)
    if match is None:
        print(f"no <text> writes {text}")
        return 1
    element = match.group(0)
    element = re.sub(r' x="[^"]*"', ' x="100"', element)
    element = re.sub(r' y="[^"]*"', ' y="40"', element)
    element = re.sub(r' fill="[^"]*"', ' fill="#000000"', element)
    if isolated:
        element = element.replace(">" + text + "<", ">" + "\u200c".join(text) + "<")
    with open(out_path, "w", encoding="utf-8") as out:
        out.write('<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60">'
                  f'<rect width="200" height="60" fill="#ffffff"/>{element}</svg>\n')
    print(re.search(r' font-size="([^"]*)"', element).group(1))
    return 0


def ink_width(path):
    from PIL import Image
    image = Image.open(path).convert("L")
    # What is darker than the background.
    box = image.point(lambda v: 255 if v < 160 else 0).getbbox()
    print(box[2] - box[0] if box else 0)
    return 0


def main():
    command = sys.argv[1]
    if command == "expected":
        print(json.dumps(expected(sys.argv[2], sys.argv[3]), ensure_ascii=False))
        return 0
    if command == "ink-width":
        return ink_width(sys.argv[2])
    if command == "label":
        return label(sys.argv[2], sys.argv[3], sys.argv[4], len(sys.argv) > 5)
    expect = json.load(open(sys.argv[2], encoding="utf-8"))
    return {"networkx-gexf": networkx_gexf, "networkx-graphml": networkx_graphml,
            "igraph-graphml": igraph_graphml}[command](expect, sys.argv[3])


if __name__ == "__main__":
    sys.exit(main())
