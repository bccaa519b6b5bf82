#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# run-checkers.sh TESTS_DIR — Hashiya's exports of the bundled article,
# checked by tools nobody here wrote: ajv with the W3C Web Annotation
# schemas, Chromium rendering the HTML, poppler reading the PDF, brat's
# own parser reading the standoff folders, NLTK computing κ and α from
# the units of an agreement; and the network files: xmllint with the
# GEXF 1.3 grammar, networkx and python-igraph reading GEXF and GraphML,
# rsvg-convert and Chromium drawing the SVG, poppler the PDF. TAP output;
# $HASHIYA_CLI is the command line tool, $HASHIYA_AGREEMENT_DATA writes
# versions by several annotators. build-aux/dev installs the tools
# (Debian packages, and ajv from npm into tests/checkers); brat's parser
# is in tests/checkers/brat; Python's csv module and networkx read the
# relations.

set -uo pipefail

tests=$1
cli=${HASHIYA_CLI:?}
checkers=$tests/checkers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

n=0
ok() { n=$((n + 1)); echo "ok $n $1"; }
not_ok() { n=$((n + 1)); echo "not ok $n $1"; shift; for line in "$@"; do echo "# $line"; done; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "Bail out! $1 is missing: run build-aux/dev setup"; exit 1; }; }

need node
need chromium
need pdftotext
need pdfinfo
need pdftoppm
need python3
need xmllint
need rsvg-convert
need pango-view
# networkx and python-igraph are Debian's (python3-networkx, python3-igraph).
py=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import networkx, igraph, PIL' 2>/dev/null; then py=$candidate; break; fi
done
[ -n "$py" ] || { echo "Bail out! networkx, python-igraph or PIL is missing: run build-aux/dev setup"; exit 1; }
# NLTK is Debian's python3-nltk, for the system's python3 (which may not
# be the first python3 on the PATH).
nltk_python=
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'from nltk.metrics.agreement import AnnotationTask' 2>/dev/null; then
    nltk_python=$candidate
    break
  fi
done
[ -n "$nltk_python" ] || { echo "Bail out! NLTK is missing (python3-nltk): run build-aux/dev setup"; exit 1; }
[ -d "$checkers/node_modules/ajv" ] || { echo "Bail out! ajv is missing: run build-aux/dev setup"; exit 1; }

echo "1..42"

doc=$work/article.hashiya
"$cli" import "$tests/data/gold/000_b41194bbb65cbdc7.ann" \
  --text "$tests/../data/samples/000_b41194bbb65cbdc7.txt" -o "$doc" >/dev/null
for format in w3c html pdf; do
  "$cli" export "$doc" --format "$format" --title article -o "$work/article.$format"
done

# 1–2: ajv, and proof that it can fail.
if out=$(node "$checkers/check-w3c.js" "$tests/data/w3c-schemas" "$work/article.w3c"); then
  ok "ajv: the W3C export meets every MUST of the test suite ($out)"
else
  not_ok "ajv: the W3C export meets every MUST of the test suite" "$out"
fi
python3 - "$work/article.w3c" "$work/broken.w3c" <<'PY'
import json, sys
collection = json.load(open(sys.argv[1], encoding="utf-8"))
del collection["first"]["items"][0]["@context"]
json.dump(collection, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
out=$(node "$checkers/check-w3c.js" "$tests/data/w3c-schemas" "$work/broken.w3c")
if [ $? -eq 1 ] && grep -q '^annotation 1: annotations/3.1-annotationContextValidated.json' <<<"$out"; then
  ok "ajv: an annotation without @context is refused"
else
  not_ok "ajv: an annotation without @context is refused" "$out"
fi

# 3–5: Chromium parses the HTML (every mention a <mark>, a hostile note
# stays text) and renders it.
chrome() { timeout 120 chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars \
             --user-data-dir="$work/chromium" "$@" 2>/dev/null; }
hostile=$work/hostile.hashiya
"$cli" annotate "$doc" --actor iran --span 0:6 --type other \
  --note '<script>document.title="pwned"</script><img src=x onerror=alert(1)>' -o "$hostile" >/dev/null
"$cli" export "$hostile" --format html --title hostile -o "$work/hostile.html"
dom=$(chrome --dump-dom "file://$work/hostile.html")
marks=$(grep -o '<mark class="a-' <<<"$dom" | wc -l)
if grep -q '<html lang="ar" dir="rtl">' <<<"$dom" && [ "$marks" -ge 72 ]; then
  ok "chromium: the HTML parses right-to-left with a <mark> for each of the 72 mentions ($marks marks)"
else
  not_ok "chromium: the HTML parses right-to-left with a <mark> for each mention" "$marks marks"
fi
if ! grep -qi '<script\|<img' <<<"$dom" && grep -q '&lt;script&gt;document.title' <<<"$dom" \
   && grep -q '<title>hostile</title>' <<<"$dom"; then
  ok "chromium: a <script> in a note is text, not a script"
else
  not_ok "chromium: a <script> in a note is text, not a script" "$(grep -io '<script[^>]*>\|<img[^>]*>' <<<"$dom")"
fi
chrome --window-size=900,1400 --screenshot="$work/article.png" "file://$work/article.html" >/dev/null
size=$(stat -c %s "$work/article.png" 2>/dev/null || echo 0)
if [ "$size" -gt 50000 ]; then
  ok "chromium: the HTML renders ($size bytes of PNG)"
else
  not_ok "chromium: the HTML renders" "PNG of $size bytes"
fi

# 6–10: poppler reads the PDF: A4 pages, the Arabic text, a rendered
# page, whole words, the notes.
info=$(pdfinfo "$work/article.pdf")
pages=$(awk '/^Pages:/ { print $2 }' <<<"$info")
if grep -q '^Page size: *595.276 x 841.89 pts (A4)' <<<"$info" && [ "${pages:-0}" -ge 2 ] \
   && grep -q '^Title: *article' <<<"$info"; then
  ok "pdfinfo: $pages A4 pages, titled"
else
  not_ok "pdfinfo: A4 pages, titled" "$info"
fi
text=$(pdftotext -layout "$work/article.pdf" -)
if grep -q 'أرمينيا وأذربيجان وروسيا' <<<"$text" && grep -q 'Actors' <<<"$text" && grep -q 'Azerbaijan' <<<"$text"; then
  ok "pdftotext: the Arabic text in reading order, and the legend"
else
  not_ok "pdftotext: the Arabic text in reading order, and the legend" "$(head -5 <<<"$text")"
fi
pdftoppm -r 50 -png -f 1 -l 1 "$work/article.pdf" "$work/page"
size=$(stat -c %s "$work/page-1.png" 2>/dev/null || echo 0)
if [ "$size" -gt 20000 ]; then
  ok "pdftoppm: the first page renders ($size bytes of PNG)"
else
  not_ok "pdftoppm: the first page renders" "PNG of $size bytes"
fi

# The article's Arabic words (runs of Arabic letters and marks) that
# pdftotext gives back whole, counted with their repeats. What is left
# is poppler's: it puts a raised tashkeel such as a shadda on a line of
# its own (Chromium's PDF of the HTML loses the same two words).
out=$(python3 - "$tests/../data/samples/000_b41194bbb65cbdc7.txt" "$work/article.pdf" <<'PY'
import collections, re, subprocess, sys
word = re.compile("[\u0621-\u065f\u0670-\u06d3\u06fa-\u06ff]+")
words = word.findall(open(sys.argv[1], encoding="utf-8").read())
pdf = subprocess.run(["pdftotext", sys.argv[2], "-"], capture_output=True, text=True, check=True).stdout
found = collections.Counter(word.findall(pdf))
broken = []
for w in words:
    if found[w] > 0:
        found[w] -= 1
    else:
        broken.append(w)
print(len(words) - len(broken), len(words), " ".join(broken))
PY
)
read -r intact total broken <<<"$out"
if [ "${total:-0}" -gt 400 ] && [ $((intact * 100)) -ge $((total * 99)) ]; then
  ok "pdftotext: $intact of the article's $total Arabic words whole"
else
  not_ok "pdftotext: 99% of the article's Arabic words whole" "$intact of $total; broken: $broken"
fi
noted=$work/noted.hashiya
"$cli" annotate "$doc" --actor turkey --span 79:87 --type other --note '<b>bold</b> & "more"' -o "$noted" >/dev/null
"$cli" annotate "$noted" --actor iran --span 89:94 --status suggested --note 'ملاحظة على الاقتراح' -o "$noted" >/dev/null
"$cli" export "$noted" --format pdf --title noted -o "$work/noted.pdf"
text=$(pdftotext "$work/noted.pdf" -)
if grep -qx 'Notes' <<<"$text" && grep -qF '<b>bold</b> & "more"' <<<"$text" && grep -q 'ملاحظة على الاقتراح' <<<"$text"; then
  ok "pdftotext: the notes, as text"
else
  not_ok "pdftotext: the notes, as text" "$(tail -5 <<<"$text")"
fi

# 11–14: brat's own parser (annotation.py) reads each brat export with its
# .txt, as brat counts: code points of the raw file, a byte order mark
# one, CRLF two. The bundled article; a text that starts with a byte
# order mark; a CRLF text with emoji and a span across a line break; and
# proof that it refuses a .ann whose offsets are one off.
brat() { python3 "$checkers/brat/check-brat.py" "$@" 2>&1; }
"$cli" export "$doc" --format brat --title article -o "$work/brat-article"
if out=$(brat "$work/brat-article/article.ann") && grep -q ': ok: 71 entities' <<<"$out"; then
  ok "brat: the bundled article's standoff reads in brat ($out)"
else
  not_ok "brat: the bundled article's standoff reads in brat" "$out"
fi

printf '\xef\xbb\xbfزار نيكول باشينيان أرمينيا وأذربيجان أمس.\n' > "$work/bom.txt"
"$cli" new "$work/bom.txt" -o "$work/bom.hashiya" && "$cli" suggest "$work/bom.hashiya" --accept -o "$work/bom.hashiya" 2>/dev/null
"$cli" export "$work/bom.hashiya" --format brat --title bom -o "$work/brat-bom"
if out=$(brat "$work/brat-bom/bom.ann") && grep -q ': ok: 3 entities' <<<"$out" \
   && [ "$(head -c 3 "$work/brat-bom/bom.txt" | od -An -tx1 | tr -d ' ')" = efbbbf ]; then
  ok "brat: a text with a byte order mark, its offsets counted as brat counts them ($out)"
else
  not_ok "brat: a text with a byte order mark, its offsets counted as brat counts them" "$out"
fi

printf '🇦🇿 وزير خارجية أذربيجان\r\nالتقى 😀 نظيره التركي في طهران\r\nتركيا\r\nوأرمينيا' > "$work/crlf.txt"
"$cli" new "$work/crlf.txt" -o "$work/crlf.hashiya" && "$cli" suggest "$work/crlf.hashiya" --accept -o "$work/crlf.hashiya" 2>/dev/null
"$cli" annotate "$work/crlf.hashiya" --actor format-3plus3 --span 49:61 -o "$work/crlf.hashiya"
"$cli" export "$work/crlf.hashiya" --format brat --title crlf -o "$work/brat-crlf"
if out=$(brat "$work/brat-crlf/crlf.ann") && grep -q ': ok: 6 entities' <<<"$out" \
   && grep -q $'\tForum 49 54;56 61\t' "$work/brat-crlf/crlf.ann"; then
  ok "brat: a CRLF text with emoji and a span across a line break ($out)"
else
  not_ok "brat: a CRLF text with emoji and a span across a line break" "$out"
fi

mkdir -p "$work/brat-broken"
cp "$work/brat-bom/bom.txt" "$work/brat-broken/bom.txt"
awk -F '\t' 'BEGIN { OFS = "\t" } /^T/ { split ($2, a, " "); $2 = a[1] " " a[2] - 1 " " a[3] - 1 } { print }' \
  "$work/brat-bom/bom.ann" > "$work/brat-broken/bom.ann"
out=$(brat "$work/brat-broken/bom.ann")
if [ $? -eq 1 ] && grep -q 'REFUSED\|refused' <<<"$out"; then
  ok "brat: a .ann whose offsets are one off (the byte order mark not counted) is refused"
else
  not_ok "brat: a .ann whose offsets are one off (the byte order mark not counted) is refused" "$out"
fi

# 15–18: NLTK computes κ and α from the units that hashiya-cli agree
# writes and gets Hashiya's numbers to 1e-9: two annotators, three, and a
# corpus of two texts where one annotator has no version of the second
# (missing values); and proof that it can fail, on a number one off in
# the sixth decimal.
agree_data=$work/agreement
mkdir -p "$agree_data"
"${HASHIYA_AGREEMENT_DATA:?}" "$agree_data" >/dev/null
nltk() { "$nltk_python" "$checkers/check-agreement.py" "$@" 2>&1; }
(cd "$agree_data" && "$cli" agree layla.hashiya omar.hashiya --json --units two.csv > two.json)
if out=$(nltk "$agree_data/two.csv" "$agree_data/two.json"); then
  ok "nltk: κ and α of two annotators from the units, as Hashiya's ($out)"
else
  not_ok "nltk: κ and α of two annotators from the units, as Hashiya's" "$out"
fi
(cd "$agree_data" && "$cli" agree layla.hashiya omar.hashiya sara.hashiya --json --units three.csv > three.json)
if out=$(nltk "$agree_data/three.csv" "$agree_data/three.json"); then
  ok "nltk: κ and α of three annotators from the units, as Hashiya's ($out)"
else
  not_ok "nltk: κ and α of three annotators from the units, as Hashiya's" "$out"
fi
if out=$(nltk "$agree_data/corpus-units.csv" "$agree_data/corpus.json") && grep -q ', [1-9][0-9]* missing: ' <<<"$out"; then
  ok "nltk: κ and α with missing values (an annotator without a version of a text), as Hashiya's ($out)"
else
  not_ok "nltk: κ and α with missing values, as Hashiya's" "$out"
fi
"$nltk_python" - "$agree_data/two.json" "$agree_data/wrong.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1], encoding="utf-8"))
result["pairs"][0]["kappa"] += 1e-6
json.dump(result, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
PY
out=$(nltk "$agree_data/two.csv" "$agree_data/wrong.json")
if [ $? -eq 1 ] && grep -q '^κ Layla/Omar: Hashiya' <<<"$out"; then
  ok "nltk: a κ one off in the sixth decimal is caught ($out)"
else
  not_ok "nltk: a κ one off in the sixth decimal is caught" "$out"
fi

# 19–32: the network of the bundled article's gold relations.
. "$checkers/check-network.sh"

# 33–40: relations. The relation gold (22 relations, modes and
# modalities in its notes) and the article's relations as Hashiya
# suggests them (with their triggers), in every format that carries them.
gold=$work/relations.hashiya
"$cli" import "$tests/data/gold/000_b41194bbb65cbdc7-relations.ann" \
  --text "$tests/../data/samples/000_b41194bbb65cbdc7.txt" -o "$gold" >/dev/null
related=$work/related.hashiya
"$cli" suggest "$doc" --relations --accept -o "$related" >/dev/null 2>&1
"$cli" export "$related" --format brat --title related -o "$work/brat-related"
"$cli" export "$gold" --format brat --title gold -o "$work/brat-gold"
if out=$(brat --relations 22 "$work/brat-gold/gold.ann") && grep -q ': ok: 71 entities, 22 relations' <<<"$out" \
   && out2=$(brat --relations 20 "$work/brat-related/related.ann") && grep -q ', 20 relations, 20 events' <<<"$out2"; then
  ok "brat: the relations read in brat, R lines and the events of their triggers ($out; $out2)"
else
  not_ok "brat: the relations read in brat, R lines and the events of their triggers" "$out" "${out2:-}"
fi

mkdir -p "$work/brat-broken-relation"
cp "$work/brat-gold/gold.txt" "$work/brat-broken-relation/gold.txt"
sed 's/^R1\tcooperate Arg1:T1 Arg2:T2/R1\tcooperate Arg1:T1 Arg2:T999/' "$work/brat-gold/gold.ann" \
  > "$work/brat-broken-relation/gold.ann"
out=$(brat --relations 22 "$work/brat-broken-relation/gold.ann")
if [ $? -eq 1 ] && grep -q 'REFUSED' <<<"$out" && grep -q 'ID T999 not defined' <<<"$out"; then
  ok "brat: an R line whose Arg2 names no entity is refused"
else
  not_ok "brat: an R line whose Arg2 names no entity is refused" "$out"
fi

"$cli" export "$related" --format w3c --title related -o "$work/related.w3c"
if out=$(node "$checkers/check-w3c.js" "$tests/data/w3c-schemas" "$work/related.w3c") \
   && grep -q '(20 linking)' <<<"$out"; then
  ok "ajv: the relations' linking annotations meet every MUST of the test suite and link the file's annotations ($out)"
else
  not_ok "ajv: the relations' linking annotations meet every MUST of the test suite" "$out"
fi
number=$(python3 - "$work/related.w3c" "$work/no-target.w3c" "$work/dangling.w3c" <<'PY'
import json, sys
collection = json.load(open(sys.argv[1], encoding="utf-8"))
items = collection["first"]["items"]
link = next(i for i, item in enumerate(items) if item["motivation"] == "linking")
broken = json.loads(json.dumps(collection))
del broken["first"]["items"][link]["target"]
json.dump(broken, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
dangling = json.loads(json.dumps(collection))
dangling["first"]["items"][link]["target"][1] = "urn:hashiya:nothing:m999"
json.dump(dangling, open(sys.argv[3], "w", encoding="utf-8"), ensure_ascii=False)
print(link + 1)
PY
)
out=$(node "$checkers/check-w3c.js" "$tests/data/w3c-schemas" "$work/no-target.w3c"); status=$?
out2=$(node "$checkers/check-w3c.js" "$tests/data/w3c-schemas" "$work/dangling.w3c"); status2=$?
if [ $status -eq 1 ] && grep -q "^annotation $number: annotations/3.1-targetKeyFound.json" <<<"$out" \
   && [ $status2 -eq 1 ] && grep -q "^annotation $number: linking: “urn:hashiya:nothing:m999” is no annotation of the file" <<<"$out2"; then
  ok "ajv: a linking annotation without a target, or linking to no annotation of the file, is refused"
else
  not_ok "ajv: a linking annotation without a target, or linking to no annotation of the file, is refused" "$out" "$out2"
fi

"$cli" export "$related" --format html --title related -o "$work/related.html"
dom=$(chrome --dump-dom "file://$work/related.html")
items=$(grep -o '<li id="relation-[0-9]*"' <<<"$dom" | wc -l)
markers=$(grep -o '<a href="#relation-[0-9]*" id="relation-ref-[0-9]*"' <<<"$dom" | wc -l)
backs=$(grep -o '<a class="number" href="#relation-ref-[0-9]*"' <<<"$dom" | wc -l)
if [ "$items" -eq 20 ] && [ "$markers" -eq 20 ] && [ "$backs" -eq 20 ]; then
  ok "chromium: the 20 relations listed under the text, each linked to its number in the text and back"
else
  not_ok "chromium: the 20 relations listed under the text, each linked to its number in the text and back" \
    "$items items, $markers markers, $backs links back"
fi

"$cli" export "$related" --format pdf --title related -o "$work/related.pdf"
out=$(python3 - "$work/related.pdf" "$related" "$cli" <<'PY'
import json, re, subprocess, sys
text = subprocess.run(["pdftotext", sys.argv[1], "-"], capture_output=True, text=True, check=True).stdout
text = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
relations = json.loads(subprocess.run([sys.argv[3], "relations", "--json", sys.argv[2]],
                                      capture_output=True, text=True, check=True).stdout)
catalog = {"cooperate": "تعاون", "consult": "تشاور", "assault": "هجوم", "aid": "مساعدة", "agree": "اتفاق",
           "accuse": "اتهام"}
listed = text[text.index("\nRelations\n"):] if "\nRelations\n" in text else ""
lines = listed.splitlines()
missing = [r["id"] for r in relations
           if not any(r["source"]["text"] in line and catalog[r["type"]] in line and "←" in line
                      and r["target"]["text"].split()[0] in line for line in lines)]
print(len(relations) - len(missing), len(relations), " ".join(missing))
PY
)
read -r found total missing <<<"$out"
if [ "${total:-0}" -eq 20 ] && [ "$found" = "$total" ]; then
  ok "pdftotext: the list of relations, each with its Arabic words whole ($found of $total)"
else
  not_ok "pdftotext: the list of relations, each with its Arabic words whole" "$out"
fi

"$cli" export "$related" --format csv --relations --bom -o "$work/relations.csv"
"$cli" export "$related" --format jsonl -o "$work/related.jsonl"
out=$(python3 - "$work/relations.csv" "$tests/../data/samples/000_b41194bbb65cbdc7.txt" <<'PY'
import csv, sys
text = open(sys.argv[2], encoding="utf-8").read()
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
bad = [r["id"] for r in rows
       if text[int(r["source_start"]):int(r["source_end"])] != r["source_text"]
       or text[int(r["target_start"]):int(r["target_end"])] != r["target_text"]
       or (r["trigger_text"] and text[int(r["trigger_start"]):int(r["trigger_end"])] != r["trigger_text"])
       or r["source_text"] not in r["sentence"] or r["negated"] not in ("true", "false")]
print(len(rows), len(rows[0]) if rows else 0, " ".join(bad))
PY
)
read -r n_rows n_columns bad <<<"$out"
if [ "${n_rows:-0}" -eq 20 ] && [ "${n_columns:-0}" -eq 27 ] && [ -z "${bad:-}" ]; then
  ok "csv: the relations table reads back, 20 rows of 27 columns, offsets in code points of the text"
else
  not_ok "csv: the relations table reads back, 20 rows of 27 columns, offsets in code points of the text" "$out"
fi

out=$(python3 - "$work/relations.csv" "$work/related.jsonl" <<'PY'
import csv, json, sys
import networkx as nx
table = nx.MultiDiGraph()
for row in csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")):
    table.add_edge(row["source_actor"], row["target_actor"], type=row["type"], mode=row["mode"])
line = json.loads(open(sys.argv[2], encoding="utf-8").readline())
actor = {entity["id"]: span["actor"] for entity, span in zip(line["entities"], line["spans"])}
doccano = nx.MultiDiGraph()
for relation in line["relations"]:
    doccano.add_edge(actor[relation["from_id"]], actor[relation["to_id"]], type=relation["type"])
same = sorted((u, v, d["type"]) for u, v, d in table.edges(data=True)) == \
       sorted((u, v, d["type"]) for u, v, d in doccano.edges(data=True))
print(table.number_of_edges(), doccano.number_of_edges(), same,
      table.has_edge("azerbaijan", "armenia") and "accuse" in [d["type"] for d in table["azerbaijan"]["armenia"].values()])
PY
)
if [ "$out" = "20 20 True True" ]; then
  ok "networkx: the relations as a graph of actors, from the CSV and from the JSONL alike (Azerbaijan accuses Armenia)"
else
  not_ok "networkx: the relations as a graph of actors, from the CSV and from the JSONL alike" "$out"
fi

# 41–42: the same for a corpus (hashiya-cli corpus agree): the versions
# in annotators/NAME/ of two documents, pooled; with two annotators, and
# with three where Sara has no version of the short text (missing values).
corpus_versions() {
  local dir=$1; shift
  "$cli" corpus init "$dir" >/dev/null || return 1
  for name in "$@"; do
    mkdir -p "$dir/annotators/$name"
    cp "$agree_data/$name.hashiya" "$dir/annotators/$name/article.hashiya"
    if [ -f "$agree_data/$name-short.hashiya" ]; then
      cp "$agree_data/$name-short.hashiya" "$dir/annotators/$name/short.hashiya"
    fi
  done
}
corpus_versions "$agree_data/corpus-two" layla omar
"$cli" corpus agree "$agree_data/corpus-two" --json --units "$agree_data/corpus-two.csv" > "$agree_data/corpus-two.json"
if out=$(nltk "$agree_data/corpus-two.csv" "$agree_data/corpus-two.json") &&
   grep -q ',short.hashiya:' "$agree_data/corpus-two.csv"; then
  ok "nltk: a corpus's pooled κ and α of two annotators over two documents, as Hashiya's ($out)"
else
  not_ok "nltk: a corpus's pooled κ and α of two annotators over two documents, as Hashiya's" "$out"
fi
corpus_versions "$agree_data/corpus-three" layla omar sara
"$cli" corpus agree "$agree_data/corpus-three" --json --units "$agree_data/corpus-three.csv" > "$agree_data/corpus-three.json"
if out=$(nltk "$agree_data/corpus-three.csv" "$agree_data/corpus-three.json") &&
   grep -q ', [1-9][0-9]* missing: ' <<<"$out"; then
  ok "nltk: a corpus's pooled κ and α of three annotators with missing values, as Hashiya's ($out)"
else
  not_ok "nltk: a corpus's pooled κ and α of three annotators with missing values, as Hashiya's" "$out"
fi
