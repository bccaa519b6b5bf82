#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""run-benchmarks.py BUILD_DIR SOURCE_DIR [--only network|merge|corpus|window] — Hashiya on large documents.

Every figure is measured side by side with its baseline in the same run
and reported as a ratio; nothing here passes or fails. Needs a display
(build-aux/dev bench runs it under Xvfb). Writes docs/PERFORMANCE.md.

1. Generator: bench-generate makes the documents from the bundled
   article (0.5, 1, 2 and 5 MB with every catalogue match; 5 MB with
   10k, 100k and 300k mentions; every tenth a suggestion).
2. Core: hashiya-cli info (load and validate) against python3's
   json.load of the same file; saving against json.dump.
3. First frame: the app under HASHIYA_BENCH=1 against a bare GtkTextView
   showing the same text with the same tags; and, watched on screen the
   same way for both, against gnome-text-editor opening the plain text.
   "--only window" measures only this and memory, and puts them in place
   of their section in docs/PERFORMANCE.md.
4. Interaction: edits timed inside their frame, and scrolling.
5. Memory: peak resident set of the app and of the bare GtkTextView.
6. Scaling: time and memory against size and mention count.
7. Agreement: bench-agree over 1,000 generated documents with three
   versions each.
8. Merge: bench-merge runs the merge driver on the main document with
   1,000 changes on each side. "--only merge" measures only this and
   puts it in place of its section in docs/PERFORMANCE.md.
9. Networks: bench-network's generated corpus of 1,000 actors and 10,000
   relations: layout and first frame, pan and zoom frames, redraws,
   filter changes, measures and files. "--only network" measures only
   this and puts it in place of its section in docs/PERFORMANCE.md.
10. Corpus: bench-corpus generates 10,000 documents (about 30 MB of
   Arabic, about a million mentions, dates over two years); the search
   index made from nothing and kept in step; 20 folded queries against
   GNU grep -rc of the same literal word over the same texts as plain
   files, and against FTS5's unicode61 tokenizer; hashiya-cli corpus
   stats. Each with its peak memory and processor time. "--only corpus"
   measures only this and puts it in place the same way.
"""

import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

RUNS = 3
MAIN = (5, 100000)
CORPUS_DOCUMENTS = 10000
CORPUS_BYTES = 3000
# Folded queries: names with and without hamza, with tashkeel and tatweel,
# ى and ة, after proclitics, as prefixes and as phrases.
CORPUS_QUERIES = [
    "اذربيجان", "أذربيجان", "آذَرْبيجان", "أذربيـجان", "ايران", "إيران", "تركيا", "أرمينيا", "يريفان",
    "اتهمت", "مستشفى", "الدعوى", "وزارة الخارجية", "الاذربيجانيه", "لاذربيجان", "اذربيج*", "ترك*",
    "قره باغ", "الرئيس الروسي", "نخجوان",
]
SIZES = [(0.5, None), (1, None), (2, None), (5, None)]
COUNTS = [(5, 10000), (5, 100000), (5, 300000)]


def run(argv, env=None, timeout=300, ok=(0,), cpu=False):
    """Runs ARGV; returns (seconds, peak RSS in MB, stdout), and its
    processor seconds after them when CPU."""
    start = time.monotonic()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    if os.waitstatus_to_exitcode(status) not in ok:
        raise RuntimeError(f"{argv[0]} failed ({status}): {output[-500:]}")
    if cpu:
        return seconds, usage.ru_maxrss / 1024.0, output, usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss / 1024.0, output


def bench_values(output):
    values = {}
    for line in output.splitlines():
        if line.startswith("bench: "):
            key, value = line[7:].split(" ", 1)
            values[key] = float(value.split()[0])
    return values


class Bench:
    def __init__(self, build, source):
        self.build = os.path.abspath(build)
        self.source = os.path.abspath(source)
        self.data = os.path.join(self.build, "bench-data")
        self.cli = os.path.join(self.build, "src", "cli", "hashiya-cli")
        self.app = os.path.join(self.build, "src", "app", "hashiya")
        self.tools = os.path.join(self.build, "tests", "bench")
        self.rows = {}
        os.makedirs(self.data, exist_ok=True)

    def doc(self, size, mentions):
        name = f"doc-{size}mb-{mentions or 'all'}"
        path = os.path.join(self.data, name + ".hashiya")
        generator = os.path.join(self.tools, "bench-generate")
        if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(generator):
            argv = [generator, "--size", str(size), "--suggested", "10", "-o", path,
                    "--text", os.path.join(self.data, name + ".txt"),
                    "--spans", os.path.join(self.data, name + ".spans")]
            if mentions:
                argv += ["--mentions", str(mentions)]
            subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
        return path

    # -- 2. core --------------------------------------------------------

    def core(self, path):
        info = min((run([self.cli, "info", path]) for _ in range(RUNS)), key=lambda r: r[0])
        python = min((run([sys.executable, "-c", "import json, sys; json.load(open(sys.argv[1], encoding='utf-8'))", path])
                      for _ in range(RUNS)), key=lambda r: r[0])
        out = os.path.join(tempfile.gettempdir(), "hashiya-bench-save.hashiya")
        save = float(run([os.path.join(self.tools, "bench-save"), path, out])[2].split()[1])
        dump = float(run([sys.executable, "-c", DUMP, path, out])[2].split()[1])
        os.unlink(out)
        return {"info": info[0], "info_mb": info[1], "python": python[0], "python_mb": python[1],
                "save": save, "dump": dump}

    # -- 3–5. the window ---------------------------------------------------

    def gui_env(self, renderer, interact):
        # Fresh settings and drafts each run; the caches (fonts, shaders)
        # stay warm, for every program alike.
        home = tempfile.mkdtemp(prefix="hashiya-bench-")
        env = dict(os.environ, GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1",
                   GSETTINGS_SCHEMA_DIR=os.path.join(self.build, "data"),
                   XDG_DATA_HOME=os.path.join(home, "data"), XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_STATE_HOME=os.path.join(home, "state"),
                   HASHIYA_BENCH="1", HASHIYA_BENCH_INTERACT="1" if interact else "0",
                   HASHIYA_BENCH_T0=str(time.monotonic_ns() // 1000))
        if renderer:
            env["GSK_RENDERER"] = renderer
        return env, home

    def gui(self, argv, renderer=None, interact=False, runs=RUNS):
        """Median of each timing over RUNS runs, and the median peak RSS."""
        results = []
        for _ in range(runs):
            env, home = self.gui_env(renderer, interact)
            seconds, rss, output = run(argv, env=env)
            shutil.rmtree(home, ignore_errors=True)
            values = bench_values(output)
            values["rss"] = rss
            results.append(values)
        return {key: statistics.median(r[key] for r in results if key in r) for key in results[0]}

    def app_run(self, name, **kwargs):
        return self.gui([os.path.join(self.tools, "bench-window"), os.path.join(self.data, name + ".hashiya")],
                        **kwargs)

    def bare_run(self, name, **kwargs):
        return self.gui([os.path.join(self.tools, "bench-textview"), os.path.join(self.data, name + ".txt"),
                         os.path.join(self.data, name + ".spans")], **kwargs)

    def shows_text_at(self, argv, crop, delay):
        """Whether, DELAY seconds after its start, ARGV's window shows text
        in CROP: one look (xdotool, then one screenshot), so as not to slow
        the program down by watching it."""
        env, home = self.gui_env(None, False)
        env.pop("HASHIYA_BENCH")
        start = time.monotonic()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(max(0.0, delay - (time.monotonic() - start)))
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)],
                               capture_output=True, text=True).stdout.split()
        shown = False
        if found:
            spread = subprocess.run(["import", "-window", found[-1], "-crop", crop, "-colorspace", "Gray",
                                     "-format", "%[fx:standard_deviation]", "info:"],
                                    capture_output=True, text=True).stdout
            try:
                shown = float(spread) > 0.08
            except ValueError:
                pass
        process.terminate()
        process.wait()
        shutil.rmtree(home, ignore_errors=True)
        return shown

    def on_screen(self, argv, crop):
        """Seconds from start until the window shows text, found by halving
        the interval: each launch is looked at once, at one moment, and a
        moment counts as shown when two launches of three show text."""
        low, high = 0.0, 3.0
        for _ in range(7):
            middle = (low + high) / 2
            if sum(self.shows_text_at(argv, crop, middle) for _ in range(RUNS)) * 2 > RUNS:
                high = middle
            else:
                low = middle
        return high


    # -- 7. the corpus ----------------------------------------------------

    def corpus(self):
        """The corpus index on CORPUS_DOCUMENTS generated documents."""
        name = f"corpus-{CORPUS_DOCUMENTS}"
        folder = os.path.join(self.data, name)
        texts = os.path.join(self.data, name + "-texts")
        stamp = os.path.join(self.data, name + ".stamp")
        tool = os.path.join(self.tools, "bench-corpus")
        generator = os.path.join(self.source, "tests", "hashiya-test-corpus.c")
        # The caches live here, as the application's live in ~/.cache.
        env = dict(os.environ, XDG_CACHE_HOME=os.path.join(self.data, name + "-cache"))
        values = {"load": os.getloadavg()[0]}

        wanted = f"{CORPUS_DOCUMENTS} {CORPUS_BYTES} {os.path.getmtime(generator)}"
        if not os.path.exists(stamp) or open(stamp).read() != wanted:
            print(f"Generating {CORPUS_DOCUMENTS:,} documents…", flush=True)
            for path in (folder, texts, env["XDG_CACHE_HOME"]):
                shutil.rmtree(path, ignore_errors=True)
            output = run([tool, "generate", folder, texts, str(CORPUS_DOCUMENTS), str(CORPUS_BYTES)],
                         env=env, timeout=3600)[2]
            with open(stamp + ".values", "w") as out:
                out.write(output)
            with open(stamp, "w") as out:
                out.write(wanted)
        values.update(bench_values(open(stamp + ".values").read()))

        print("Corpus: the index from nothing…", flush=True)
        seconds, rss, output = run([tool, "index", folder], env=env, timeout=3600)
        values.update(bench_values(output))
        values["index-rss"] = rss
        print("Corpus: keeping it in step…", flush=True)
        seconds, rss, output = run([tool, "update", folder], env=env)
        values.update(bench_values(output))
        values["update-rss"] = rss
        print("Corpus: queries, grep, unicode61…", flush=True)
        seconds, rss, output = run([tool, "query", folder] + CORPUS_QUERIES, env=env)
        values.update(bench_values(output))
        values["query-rss"] = rss
        values.update(bench_values(run([tool, "unicode61", folder] + CORPUS_QUERIES, env=env, timeout=3600)[2]))
        grep_rss = 0
        for i, query in enumerate(CORPUS_QUERIES):
            literal = query.replace('"', "").replace("*", "")
            runs = [run(["grep", "-rcF", literal, texts], ok=(0, 1), cpu=True) for _ in range(RUNS)]
            best = min(runs, key=lambda r: r[0])
            values[f"query-{i}-grep-ms"] = best[0] * 1000
            values[f"query-{i}-grep-cpu-ms"] = min(r[3] for r in runs) * 1000
            grep_rss = max(grep_rss, best[1])
        values["grep-rss"] = grep_rss
        print("Corpus: the window, its document list…", flush=True)
        argv = [os.path.join(self.tools, "bench-window"), folder]
        # Once to warm the caches (the list's, the fonts'), then measured.
        self.corpus_window_run(argv, env)
        runs = [self.corpus_window_run(argv, env) for _ in range(RUNS)]
        for key in ("corpus-first-frame", "corpus-first-frame-cpu", "rss"):
            values[f"window-{key}"] = statistics.median(r[key] for r in runs)
        print("Corpus: statistics…", flush=True)
        run([self.cli, "corpus", "stats", folder], env=env)
        runs = [run([self.cli, "corpus", "stats", folder], env=env, cpu=True) for _ in range(RUNS)]
        stats = min(runs, key=lambda r: r[0])
        values["stats-seconds"] = stats[0]
        values["stats-cpu-seconds"] = min(r[3] for r in runs)
        values["stats-rss"] = stats[1]
        return values


    def corpus_window_run(self, argv, corpus_env):
        """bench-window on the corpus folder, with the corpus's cache."""
        env, home = self.gui_env(None, False)
        env["XDG_CACHE_HOME"] = corpus_env["XDG_CACHE_HOME"]
        seconds, rss, output = run(argv, env=env)
        shutil.rmtree(home, ignore_errors=True)
        values = bench_values(output)
        values["rss"] = rss
        return values


def corpus_section(values):
    """The lines of the corpus section of docs/PERFORMANCE.md."""
    lines = []
    say = lines.append
    n = len(CORPUS_QUERIES)
    ours = [values[f"query-{i}-ms"] for i in range(n)]
    ours_cpu = [values[f"query-{i}-cpu-ms"] for i in range(n)]
    grep = [values[f"query-{i}-grep-ms"] for i in range(n)]
    grep_cpu = [values[f"query-{i}-grep-cpu-ms"] for i in range(n)]
    ratios = [g / o for g, o in zip(grep, ours)]
    ratios_cpu = [g / max(o, 0.01) for g, o in zip(grep_cpu, ours_cpu)]
    found = [values[f"query-{i}-unicode61-hits"] / values[f"query-{i}-hits"]
             for i in range(n) if values[f"query-{i}-hits"]]

    def p95(times):
        return sorted(times)[min(n - 1, int(round(0.95 * (n - 1))))]

    index_mb_s = values["index-text-mb"] / values["index-seconds"]

    say("## Corpus: the search index")
    say("")
    say(f"A corpus of {values['documents']:,.0f} documents generated by `bench-corpus generate` "
        f"(tests/hashiya-test-corpus.c, from the bundled article and sentences of the 3+3 story): "
        f"{values['text-mb']:.1f} MB of Arabic, {values['mentions']:,.0f} mentions, dates over two years; "
        f"the index is {values['cache-mb']:.0f} MB in the cache folder. Times are given as measured (wall "
        f"clock on this machine, shared with other work: load average {values['load']:.1f} for its "
        f"{os.cpu_count()} cores when the section started) and as processor time, what they take on a "
        "machine that no other work shares; a target is judged on processor time where there is one (grep's "
        "as ours), else as measured. Memory is each program's peak resident set.")
    say("")
    say("| | measured | processor | peak RSS | target |")
    say("|---|---|---|---|---|")
    say(f"| index from nothing (`bench-corpus index`: every document read, parsed and indexed) | "
        f"{values['index-seconds']:.1f} s, {index_mb_s:.2f} MB/s | {values['index-cpu-seconds']:.1f} s | "
        f"{values['index-rss']:.0f} MB | ≤ 60 s: {verdict(values['index-cpu-seconds'], 60)} |")
    say(f"| in step, nothing changed (every file's size and time looked at) | "
        f"{values['update-none-seconds'] * 1000:.0f} ms | | {values['update-rss']:.0f} MB | |")
    say(f"| in step after one document changed (looked at all, that one read again) | "
        f"{values['update-one-seconds'] * 1000:.0f} ms | | | ≤ 0.5 s: {verdict(values['update-one-seconds'], 0.5)} |")
    say(f"| one document saved through the corpus: read again on a worker (`::document-changed`) | "
        f"{values['refresh-one-seconds'] * 1000:.0f} ms | | | ≤ 0.5 s: {verdict(values['refresh-one-seconds'], 0.5)} |")
    say(f"| {n} folded queries, warm (first 100 hits with their context, counts per document): p50 | "
        f"{statistics.median(ours):.1f} ms | {statistics.median(ours_cpu):.1f} ms | {values['query-rss']:.0f} MB | |")
    say(f"| the same: p95 | {p95(ours):.1f} ms | {p95(ours_cpu):.1f} ms | | "
        f"≤ 50 ms: {verdict(p95(ours_cpu), 50)} |")
    say(f"| GNU grep -rcF of the same literal word over the same texts as plain files: how many times "
        f"slower than ours, median (lowest) | {statistics.median(ratios):.1f}× ({min(ratios):.1f}×) | "
        f"{statistics.median(ratios_cpu):.1f}× ({min(ratios_cpu):.1f}×) | {values['grep-rss']:.0f} MB | "
        f"median ≥ 10×: {verdict(10, statistics.median(ratios_cpu))} |")
    say(f"| FTS5 with unicode61 on the same texts: the folded hits it finds, median (lowest) | "
        f"{statistics.median(found) * 100:.0f}% ({min(found) * 100:.0f}%) | | | |")
    say(f"| the window opening the corpus, warm: first frame of the document list, from process start "
        f"(`bench-window FOLDER`, median of {RUNS}) | {values['window-corpus-first-frame']:.0f} ms | "
        f"{values['window-corpus-first-frame-cpu']:.0f} ms | {values['window-rss']:.0f} MB | "
        f"≤ 1 s: {verdict(values['window-corpus-first-frame-cpu'], 1000)} |")
    say(f"| `hashiya-cli corpus stats` (whole program) | {values['stats-seconds'] * 1000:.0f} ms | "
        f"{values['stats-cpu-seconds'] * 1000:.0f} ms | {values['stats-rss']:.0f} MB | "
        f"≤ 200 ms: {verdict(values['stats-cpu-seconds'], 0.2)} |")
    say("")
    say("Each query: its hits and documents (all of them, counted), our time (median of 5), grep's (best of 3, "
        "which counts lines and cannot fold: it finds the literal word only), each measured and as processor "
        "time, and the hits unicode61 finds.")
    say("")
    say("| query | hits | documents | ours, ms | grep, ms | grep / ours | ours, processor ms | "
        "grep, processor ms | grep / ours, processor | unicode61 hits |")
    say("|---|---|---|---|---|---|---|---|---|---|")
    for i, query in enumerate(CORPUS_QUERIES):
        hits = values[f"query-{i}-hits"]
        found_here = values[f"query-{i}-unicode61-hits"]
        share = f" ({found_here / hits * 100:.0f}%)" if hits else ""
        say(f"| `{query}` | {hits:,.0f} | {values[f'query-{i}-documents']:,.0f} | {ours[i]:.1f} | {grep[i]:.0f} | "
            f"{ratios[i]:.1f}× | {ours_cpu[i]:.1f} | {grep_cpu[i]:.0f} | {ratios_cpu[i]:.1f}× | {found_here:,.0f}{share} |")
    say("")
    return lines


DUMP = """
import json, sys, time
document = json.load(open(sys.argv[1], encoding='utf-8'))
best = None
for _ in range(3):
    start = time.perf_counter()
    with open(sys.argv[2], 'w', encoding='utf-8') as out:
        json.dump(document, out, ensure_ascii=False)
    best = min(best or 1e9, time.perf_counter() - start)
print('dump', best)
"""


def network_section(bench):
    """The section of the actor networks, as lines of Markdown."""
    values = bench_values(run([os.path.join(bench.tools, "bench-network")])[2])
    load = os.getloadavg()[0]
    lines = ["## Networks", ""]
    say = lines.append
    say(f"`tests/bench/bench-network`: {values['nodes']:.0f} actors and {values['edges']:,.0f} edges from 10,000 "
        "relations in 10 generated documents, drawn on a cairo image surface of 1280 × 800. Each time is given as")
    say("measured and, for the main ones, as processor time: what it takes on a machine that no other work shares "
        f"(this one's load average was {load:.1f} for its {os.cpu_count()} cores).")
    say("")
    say("| | measured | processor | target |")
    say("|---|---|---|---|")
    say(f"| network built, laid out (Fruchterman–Reingold from nothing), first frame | "
        f"{values['first-total']:.0f} ms | {values['first-total-cpu']:.0f} ms | "
        f"≤ 1000 ms: {verdict(values['first-total-cpu'], 1000)} |")
    say(f"| … of which the network from the documents | {values['first-build']:.0f} ms | | |")
    say(f"| … the layout | {values['first-layout']:.0f} ms | | |")
    say(f"| … the first frame (labels laid out, edges and nodes in pixels) | {values['first-frame']:.0f} ms | | |")
    say(f"| pan and zoom frame (`hashiya_network_scene_draw_preview`), p95 of 60 | {values['frame-p95']:.1f} ms "
        f"| {values['frame-cpu-p95']:.1f} ms | p95 < 16 ms: {verdict(values['frame-cpu-p95'], 16, below=False)} |")
    say(f"| the picture drawn anew at the end of a gesture (zoom 1 to 12), p95 of 15 | {values['redraw-p95']:.0f} ms "
        f"| {values['redraw-cpu-p95']:.0f} ms | |")
    say(f"| a filter change: built, placed from the positions (every actor kept: none moves, nothing computed), "
        f"drawn in the last picture's place with its labels, median of 7 (a quad class less, one source, "
        f"or every document but one chosen by id) | {values['filter-p50']:.0f} ms "
        f"| {values['filter-cpu-p50']:.0f} ms | ≤ 100 ms: {verdict(values['filter-cpu-p50'], 100)} |")
    say(f"| degree and betweenness (igraph, on a worker thread, after the picture is drawn) | "
        f"{values['measures']:.0f} ms | | |")
    say(f"| GEXF, GraphML, SVG, PNG, PDF files | {values['write-gexf']:.0f}, {values['write-graphml']:.0f}, "
        f"{values['write-svg']:.0f}, {values['write-png']:.0f}, {values['write-pdf']:.0f} ms | | |")
    say("")
    return lines


def replace_section(path, section):
    """Puts SECTION (lines, its heading first) in place of the section of
    the same heading in PATH, or at its end."""
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Performance\n"
    heading = section[0]
    body = "\n".join(section)
    start = text.find("\n" + heading + "\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + body
    else:
        end = text.find("\n## ", start + len(heading) + 2)
        text = text[:start + 1] + body + ("\n" + text[end + 1:] if end >= 0 else "")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text.rstrip("\n") + "\n")


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        memory = [line for line in open("/proc/meminfo") if line.startswith("MemTotal")][0].split()[1]
        memory = f"{int(memory) / 1024 / 1024:.0f} GiB"
    except OSError:
        memory = "unknown memory"
    return f"{cpu}, {os.cpu_count()} cores, {memory}, {platform.system()} {platform.release()}, Xvfb"


def ratio(ours, theirs):
    return ours / theirs if ours and theirs else float("nan")


def verdict(value, target, below=True):
    met = value <= target if below else value < target
    return "met" if met else "missed"


def merge_section(bench, main_path):
    """The section of the merge driver, as lines of Markdown."""
    merge = bench_values(run([os.path.join(bench.tools, "bench-merge"), main_path, bench.cli], timeout=900)[2])
    load = os.getloadavg()[0]
    lines = []
    say = lines.append
    say("## The merge driver")
    say("")
    say(f"`bench-merge`: `hashiya-cli merge-driver` as git runs it, on the main document "
        f"({merge['merge-mentions']:,.0f} mentions) with 1,000 changes on each side (a quarter each: another")
    say("actor, a note, a mention removed, a mention added), 50 of them on the same mentions, changed")
    say(f"differently: {merge['merge-conflicts']:.0f} conflicts. Whole process, reading the three files and writing the")
    say(f"result; the best of 3 runs, wall-clock time and its processor time (user and system), with the machine's "
        f"load average at {load:.1f} on "
        f"{os.cpu_count()} cores.")
    say("")
    say("| | time | processor | peak RSS | target |")
    say("|---|---|---|---|---|")
    say(f"| merge-driver | {merge['merge-seconds']:.2f} s | {merge['merge-cpu-seconds']:.2f} s | "
        f"{merge['merge-peak-rss-mb']:.0f} MB | ≤ 1 s: {verdict(merge['merge-seconds'], 1.0)} |")
    return lines


def window_section(bench, main_name, main_path):
    """The section of the window's first frame, memory and time on screen,
    as lines of Markdown, and the renderer Hashiya takes by itself."""
    # Warming the caches up, Hashiya says which renderer it takes by itself.
    own = "cairo" if bench.app_run(main_name, runs=1).get("cairo-chosen") else "gl"
    bench.bare_run(main_name, runs=1)
    load = os.getloadavg()[0]
    app = bench.app_run(main_name, renderer="gl")
    bare = bench.bare_run(main_name, renderer="gl")
    app_cairo = bench.app_run(main_name, renderer="cairo")
    bare_cairo = bench.bare_run(main_name, renderer="cairo")
    print("gnome-text-editor…", flush=True)
    editor = None
    if shutil.which("gnome-text-editor"):
        editor = bench.on_screen(["gnome-text-editor", "--standalone", "--ignore-session",
                                  os.path.join(bench.data, main_name + ".txt")], "500x300+100+150")
    # The text column, right of the sidebar.
    app_screen = bench.on_screen([bench.app, main_path], "500x300+450+150")
    load = max(load, os.getloadavg()[0])
    lines = []
    say = lines.append
    say("## The window: first frame, layout, memory")
    say("")
    say("Milliseconds from process start, medians of 3 runs, with GL (here Mesa's llvmpipe on the CPU)")
    say("and with cairo; both programs use the same one. GTK 4.8 takes GL even when it is software;")
    say("Hashiya then takes cairo by itself, as GTK does from 4.14 on: here it takes "
        f"{'cairo' if own == 'cairo' else 'GL'}.")
    say("")
    say("| | Hashiya | bare GtkTextView | ratio | target |")
    say("|---|---|---|---|---|")
    for label, ours, theirs in (("GL", app, bare), ("cairo", app_cairo, bare_cairo)):
        r = ratio(ours.get("first-frame"), theirs.get("first-frame"))
        say(f"| first frame with highlights ({label}) | {ours.get('first-frame', 0):.0f} | "
            f"{theirs.get('first-frame', 0):.0f} | {r:.2f} | ≤ 1.25: {verdict(r, 1.25)} |")
        r = ratio(ours.get("complete-frame"), theirs.get("first-frame"))
        say(f"| whole document in the view ({label}) | {ours.get('complete-frame', 0):.0f} | "
            f"{theirs.get('first-frame', 0):.0f} | {r:.2f} | |")
        r = ratio(ours.get("full-layout"), theirs.get("full-layout"))
        say(f"| full layout ({label}) | {ours.get('full-layout', 0):.0f} | {theirs.get('full-layout', 0):.0f} | {r:.2f} | |")
        r = ratio(ours["rss"], theirs["rss"])
        say(f"| peak RSS, MB ({label}) | {ours['rss']:.0f} | {theirs['rss']:.0f} | {r:.2f} | ≤ 1.5: {verdict(r, 1.5)} |")
    say("")
    if editor:
        r = ratio(app_screen, editor)
        say(f"On screen (when the text column stops being one plain colour: each launch looked at once, "
            f"at a moment found by halving, to about 25 ms, by the majority of 3 launches): Hashiya "
            f"shows the highlighted text after {app_screen * 1000:.0f} ms, gnome-text-editor "
            f"{subprocess.run(['gnome-text-editor', '--version'], capture_output=True, text=True).stdout.split(chr(10))[0].strip()} "
            f"the plain text after {editor * 1000:.0f} ms: ratio {r:.2f} (target < 1.0: {verdict(r, 1.0, below=False)}).")
    else:
        say("gnome-text-editor is not installed: that comparison was not made.")
    say("")
    say(f"The machine's load average was at most {load:.1f} on {os.cpu_count()} cores while these were measured.")
    say("")
    return lines, own


def main():
    if len(sys.argv) not in (3, 5) or (len(sys.argv) == 5 and sys.argv[3:] not in (["--only", "network"],
                                                                                    ["--only", "merge"],
                                                                                    ["--only", "corpus"],
                                                                                    ["--only", "window"])):
        print(__doc__)
        return 2
    bench = Bench(sys.argv[1], sys.argv[2])
    if len(sys.argv) == 5:
        if sys.argv[4] == "merge":
            print("Merge driver…", flush=True)
            section = merge_section(bench, bench.doc(*MAIN))
        elif sys.argv[4] == "window":
            print("First frame, memory, time on screen…", flush=True)
            section = window_section(bench, f"doc-{MAIN[0]}mb-{MAIN[1]}", bench.doc(*MAIN))[0]
        elif sys.argv[4] == "corpus":
            print("Corpus…", flush=True)
            section = corpus_section(bench.corpus())
        else:
            print("Networks…", flush=True)
            section = network_section(bench)
        replace_section(os.path.join(bench.source, "docs", "PERFORMANCE.md"), section)
        print("\n".join(section))
        return 0
    lines = []
    say = lines.append
    main_name = f"doc-{MAIN[0]}mb-{MAIN[1]}"

    print("Generating the documents…", flush=True)
    for size, mentions in SIZES + COUNTS:
        bench.doc(size, mentions)
    main_path = bench.doc(*MAIN)

    print("Core: load and save…", flush=True)
    core = bench.core(main_path)
    print("Agreement…", flush=True)
    agree = min((bench_values(run([os.path.join(bench.tools, "bench-agree")])[2]) for _ in range(RUNS)),
                key=lambda values: values["agree-seconds"])
    print("Merge driver…", flush=True)
    merge = merge_section(bench, main_path)
    print("First frame, memory, interaction…", flush=True)
    window, own = window_section(bench, main_name, main_path)
    interact = bench.app_run(main_name, renderer="gl", interact=True, runs=1)
    interact_cairo = bench.app_run(main_name, renderer="cairo", interact=True, runs=1)
    bare_scroll = bench.bare_run(main_name, renderer="gl", interact=True, runs=1)
    bare_cairo_scroll = bench.bare_run(main_name, renderer="cairo", interact=True, runs=1)
    print("Networks…", flush=True)
    networks = network_section(bench)
    print("Scaling…", flush=True)
    scaling = []
    for size, mentions in SIZES + COUNTS:
        name = f"doc-{size}mb-{mentions or 'all'}"
        path = bench.doc(size, mentions)
        count = json.loads(run([bench.cli, "info", path, "--json"])[2])["mentions"]
        info = min((run([bench.cli, "info", path]) for _ in range(RUNS)), key=lambda r: r[0])
        opened = bench.app_run(name, runs=1)
        scaling.append((size, count, os.path.getsize(path) / 1e6, info, opened))
    corpus = bench.corpus()

    say("# Performance")
    say("")
    say("Generated by `build-aux/dev bench` (tests/bench/run-benchmarks.py); every ratio is measured")
    say("side by side with its baseline in the same run. Do not edit by hand.")
    say("")
    say(f"Machine: {machine()}. Run on {time.strftime('%Y-%m-%d')}.")
    say("")
    say(f"Main document: {MAIN[0]} MB of Arabic, {MAIN[1]:,} mentions (`{main_name}.hashiya`, "
        f"{os.path.getsize(main_path) / 1e6:.1f} MB), generated from the bundled article.")
    say("")
    say("## Core: load and save")
    say("")
    say("| | Hashiya | Python | ratio | target |")
    say("|---|---|---|---|---|")
    r = ratio(core["info"], core["python"])
    say(f"| load + validate (`hashiya-cli info` / `json.load`, whole process) | {core['info']:.3f} s, "
        f"{core['info_mb']:.0f} MB | {core['python']:.3f} s, {core['python_mb']:.0f} MB | {r:.2f} | ≤ 1.0: {verdict(r, 1.0)} |")
    r = ratio(core["save"], core["dump"])
    say(f"| save (`hashiya_document_save_file` / `json.dump`) | {core['save']:.3f} s | {core['dump']:.3f} s | {r:.2f} "
        f"| ≤ 1.0: {verdict(r, 1.0)} |")
    say("")
    say("## Agreement")
    say("")
    say("`bench-agree`: 1,000 documents (the bundled article with every catalogue match), three versions")
    say("each, two of them with about one mention in twenty removed and one in twenty given another actor;")
    say("the best of 3 runs. Peak RSS includes the 3,000 documents made in memory.")
    say("")
    say("| | time | target |")
    say("|---|---|---|")
    say(f"| add the 3,000 versions, align and score them | {agree['agree-add-seconds'] + agree['agree-compute-seconds']:.2f} s | |")
    say(f"| the break-down by actor | {agree['agree-by-actor-seconds']:.2f} s | |")
    say(f"| the units file | {agree['agree-units-seconds']:.2f} s | |")
    say(f"| all of it | {agree['agree-seconds']:.2f} s, peak RSS {agree['agree-peak-rss-mb']:.0f} MB | "
        f"≤ 10 s: {verdict(agree['agree-seconds'], 10.0)} |")
    say("")
    lines.extend(merge)
    say("")
    lines.extend(window)
    say("## Interaction")
    say("")
    say("In the main document, 40 places picked at random, on screen: annotate a word, remove a mention,")
    say("undo that, accept a suggestion. Each edit is made at the start of a frame; its time runs to the")
    say("end of that frame's painting (ms). Then a scroll from top to bottom, a page a frame. The bare")
    say("GtkTextView makes as many edits (a tag put on or taken off a word on screen), timed the same way.")
    say("")
    say("| | p50 | p95 | max | target |")
    say("|---|---|---|---|---|")
    for label, renderer, values in (("GL", "gl", interact), ("cairo", "cairo", interact_cairo)):
        for op in ("add", "remove", "undo", "accept", "edit"):
            p95 = values.get(f"{op}-p95", float("nan"))
            target = ""
            if op == "edit":
                target = (f"p95 < 16: {verdict(p95, 16, below=False)}" if renderer == own
                          else "(not the renderer Hashiya takes here)")
            say(f"| {op} ({label}) | {values.get(op + '-p50', float('nan')):.1f} | {p95:.1f} | "
                f"{values.get(op + '-max', float('nan')):.1f} | {target} |")
        say(f"| the edit alone, before the frame ({label}) | {values.get('edit-handled-p50', 0):.1f} | "
            f"{values.get('edit-handled-p95', 0):.1f} | {values.get('edit-handled-max', 0):.1f} | |")
    # The floor: a bare GtkTextView's frame after one tag change, same window size.
    for label, values in (("GL", bare_scroll), ("cairo", bare_cairo_scroll)):
        say(f"| bare GtkTextView: a tag on or off a word ({label}) | {values.get('edit-p50', float('nan')):.1f} | "
            f"{values.get('edit-p95', float('nan')):.1f} | {values.get('edit-max', float('nan')):.1f} | |")
    for label, values in (("Hashiya, GL", interact), ("Hashiya, cairo", interact_cairo), ("bare GtkTextView, GL", bare_scroll)):
        say(f"| scroll, time between frames ({label}, {values.get('scroll-frames', 0):.0f} frames) | "
            f"{values.get('scroll-frame-p50', 0):.1f} | {values.get('scroll-frame-p95', 0):.1f} | "
            f"{values.get('scroll-frame-max', 0):.1f} | |")
    say("")
    say("## Scaling")
    say("")
    say("| text | mentions | file | `info` | `info` RSS | first frame | whole document | full layout | app RSS |")
    say("|---|---|---|---|---|---|---|---|---|")
    for size, count, megabytes, info, window in scaling:
        say(f"| {size} MB | {count:,} | {megabytes:.1f} MB | {info[0] * 1000:.0f} ms | {info[1]:.0f} MB | "
            f"{window.get('first-frame', 0):.0f} ms | {window.get('complete-frame', 0):.0f} ms | "
            f"{window.get('full-layout', 0):.0f} ms | {window['rss']:.0f} MB |")
    say("")
    lines.extend(corpus_section(corpus))

    lines.extend(networks)

    report = "\n".join(lines)
    with open(os.path.join(bench.source, "docs", "PERFORMANCE.md"), "w", encoding="utf-8") as out:
        out.write(report)
    print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
