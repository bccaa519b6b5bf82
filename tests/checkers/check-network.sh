# SPDX-License-Identifier: GPL-3.0-or-later
#
# check-network.sh — read by run-checkers.sh: the network of the bundled
# article with its gold relations, in every file hashiya-cli writes,
# read by the programs its users run; each check shown to refuse a
# broken file. Uses run-checkers.sh's $cli, $tests, $work, $py, ok,
# not_ok and chrome.

network=$work/network.hashiya
relations=$tests/data/gold/000_b41194bbb65cbdc7-relations.ann
check="$py $checkers/check-network.py"
rng=$tests/data/gexf-1.3/gexf.rng
export XDG_STATE_HOME=$work/state
"$cli" import "$relations" --text "$tests/../data/samples/000_b41194bbb65cbdc7.txt" -o "$network" >/dev/null 2>&1
for format in gexf graphml svg png pdf; do
  "$cli" network "$network" --format "$format" -o "$work/network.$format"
done
"$cli" network "$network" --edges comentions --format gexf -o "$work/comentions.gexf"
$check expected "$network" "$tests/../data/catalogues/relations.json" > "$work/expected.json"

# 19–20: the GEXF 1.3 grammar.
if out=$(xmllint --noout --relaxng "$rng" "$work/network.gexf" "$work/comentions.gexf" 2>&1); then
  ok "xmllint: the GEXF files are valid GEXF 1.3 ($(tr '\n' ' ' <<<"$out"))"
else
  not_ok "xmllint: the GEXF files are valid GEXF 1.3" "$out"
fi
sed '0,/weight="[0-9]*"/s//weight="heavy"/' "$work/network.gexf" > "$work/broken.gexf"
if ! out=$(xmllint --noout --relaxng "$rng" "$work/broken.gexf" 2>&1) && grep -q 'fails to validate' <<<"$out"; then
  ok "xmllint: a GEXF whose weight is not a number is refused"
else
  not_ok "xmllint: a GEXF whose weight is not a number is refused" "$out"
fi

# 21–26: networkx and igraph read the nodes, edges, weights and typed
# attributes the document has (computed from the .hashiya by the checker).
if out=$($check networkx-gexf "$work/expected.json" "$work/network.gexf" 2>&1); then
  ok "networkx: the GEXF has the document's actors, relations and weights, typed ($out)"
else
  not_ok "networkx: the GEXF has the document's actors, relations and weights, typed" "$out"
fi
sed '0,/<attvalue for="mentions"/s//<attvalue for="undeclared"/' "$work/network.gexf" > "$work/undeclared.gexf"
if ! out=$($check networkx-gexf "$work/expected.json" "$work/undeclared.gexf" 2>&1) \
   && grep -q 'No attribute defined for=undeclared' <<<"$out"; then
  ok "networkx: a GEXF value of an attribute never declared is refused"
else
  not_ok "networkx: a GEXF value of an attribute never declared is refused" "$out"
fi
if out=$($check networkx-graphml "$work/expected.json" "$work/network.graphml" 2>&1); then
  ok "networkx: the GraphML has the document's actors, relations and weights, typed ($out)"
else
  not_ok "networkx: the GraphML has the document's actors, relations and weights, typed" "$out"
fi
sed '0,/<data key="n_mentions">/s//<data key="n_undeclared">/' "$work/network.graphml" > "$work/undeclared.graphml"
if ! out=$($check networkx-graphml "$work/expected.json" "$work/undeclared.graphml" 2>&1) \
   && grep -q 'Bad GraphML data: no key n_undeclared' <<<"$out"; then
  ok "networkx: GraphML data of a key never declared is refused"
else
  not_ok "networkx: GraphML data of a key never declared is refused" "$out"
fi
if out=$($check igraph-graphml "$work/expected.json" "$work/network.graphml" 2>&1); then
  ok "igraph: the GraphML has the document's actors, relations and weights, typed ($out)"
else
  not_ok "igraph: the GraphML has the document's actors, relations and weights, typed" "$out"
fi
# Keys without a type, as Gephi refuses them: the numbers are lost.
sed 's/ attr.type="int"//' "$work/network.graphml" > "$work/untyped.graphml"
if ! out=$($check igraph-graphml "$work/expected.json" "$work/untyped.graphml" 2>&1) \
   && grep -q 'mentions, not' <<<"$out"; then
  ok "igraph: a GraphML whose keys have no type loses the counts, and is refused"
else
  not_ok "igraph: a GraphML whose keys have no type loses the counts, and is refused" "$out"
fi

# 27–30: the SVG drawn by librsvg and by Chromium, its Arabic names real
# text that they shape themselves: «أذربيجان» as wide as Pango lays it
# out joined (pango-view), not as wide as its letters apart.
size=$(rsvg-convert "$work/network.svg" -o "$work/network-rsvg.png" && stat -c %s "$work/network-rsvg.png" || echo 0)
if [ "$size" -gt 30000 ] && [ "$(grep -c '<text ' "$work/network.svg")" -ge 12 ]; then
  ok "rsvg-convert: the network's SVG renders ($size bytes of PNG), its labels <text>"
else
  not_ok "rsvg-convert: the network's SVG renders, its labels <text>" "PNG of $size bytes"
fi
name=أذربيجان
font=$($check label "$work/network.svg" "$name" "$work/label.svg")
$check label "$work/network.svg" "$name" "$work/label-apart.svg" isolated >/dev/null
pango-view --font "Noto Sans Arabic, Noto Sans $((font * 4))" --dpi 72 --margin 0 -q -o "$work/pango.png" --text "$name"
pango=$($check ink-width "$work/pango.png")
rsvg-convert --zoom 4 "$work/label.svg" -o "$work/label-rsvg.png"
rsvg-convert --zoom 4 "$work/label-apart.svg" -o "$work/label-apart-rsvg.png"
joined=$($check ink-width "$work/label-rsvg.png")
apart=$($check ink-width "$work/label-apart-rsvg.png")
within() { local d=$(($1 - $2)); [ "${d#-}" -le "$3" ]; }
if within "${joined:-0}" "${pango:-0}" 3 && [ "${pango:-0}" -gt 100 ]; then
  ok "rsvg-convert: «$name» is joined, $joined px wide as Pango lays it out ($pango px)"
else
  not_ok "rsvg-convert: «$name» is joined, as wide as Pango lays it out" "rsvg $joined px, Pango $pango px"
fi
if ! within "${apart:-0}" "${pango:-0}" 3 && [ "${apart:-0}" -gt "$((pango + 20))" ]; then
  ok "rsvg-convert: the same letters apart are refused ($apart px, not $pango)"
else
  not_ok "rsvg-convert: the same letters apart are refused" "apart $apart px, Pango $pango px"
fi
chrome --force-device-scale-factor=4 --window-size=200,60 --screenshot="$work/label-chromium.png" \
  "file://$work/label.svg" >/dev/null
chrome --window-size=1200,900 --screenshot="$work/network-chromium.png" "file://$work/network.svg" >/dev/null
chromium_width=$($check ink-width "$work/label-chromium.png" 2>/dev/null)
size=$(stat -c %s "$work/network-chromium.png" 2>/dev/null || echo 0)
if within "${chromium_width:-0}" "${pango:-0}" 6 && [ "$size" -gt 30000 ]; then
  ok "chromium: the SVG renders ($size bytes of PNG), «$name» joined ($chromium_width px, Pango $pango px)"
else
  not_ok "chromium: the SVG renders, «$name» joined" "label $chromium_width px, Pango $pango px; PNG $size bytes"
fi

# 31–32: the PNG and the PDF, looked at; co-mentions too.
pdftoppm -r 72 -png -singlefile "$work/network.pdf" "$work/network-pdf"
out=$("$py" - "$work/network.png" "$work/network-pdf.png" <<'PY'
import sys
from PIL import Image
for path in sys.argv[1:]:
    image = Image.open(path).convert("L")
    dark = sum(1 for v in image.getdata() if v < 128)
    print(f"{image.size[0]}x{image.size[1]}:{dark}")
PY
)
read -r png pdf <<<"$(tr '\n' ' ' <<<"$out")"
if [ "${png%%:*}" = 1200x900 ] && [ "${pdf%%:*}" = 1200x900 ] && [ "${png#*:}" -gt 2000 ] && [ "${pdf#*:}" -gt 2000 ]; then
  ok "PIL and pdftoppm: the PNG and the PDF are 1200 × 900 and drawn ($png, $pdf dark pixels)"
else
  not_ok "PIL and pdftoppm: the PNG and the PDF are 1200 × 900 and drawn" "$out"
fi
out=$("$py" - "$work/comentions.gexf" <<'PY'
import sys
import networkx
from networkx.readwrite import gexf
if "1.3" not in gexf.GEXF.versions:
    gexf.GEXF.versions["1.3"] = dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3",
                                     NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")
graph = networkx.read_gexf(sys.argv[1], version="1.3")
weight = sum(d["weight"] for _, _, d in graph.edges(data=True))
print(graph.is_directed(), graph.number_of_nodes(), graph.number_of_edges(), int(weight))
PY
)
if [[ "$out" == "False 12 "* ]]; then
  ok "networkx: the co-mentions' GEXF is undirected, 12 actors (edges, weight: ${out#False 12 })"
else
  not_ok "networkx: the co-mentions' GEXF is undirected, 12 actors" "$out"
fi
