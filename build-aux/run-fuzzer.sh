#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# run-fuzzer.sh FUZZER SEEDS SECONDS — runs a libFuzzer program for a while
# on a copy of its seeds. A crash fails, and its input is kept beside the
# build as crash-* to be saved in tests/fuzz/regressions/. Every finding
# exits 1: libFuzzer's own 77 would read as "skipped" to meson.
set -u
fuzzer=$1 seeds=$2 seconds=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$seeds"/. "$work/"
# Leaks are checked where they can be told apart from GLib's one-time
# allocations: at exit, by LSan and valgrind, over every seed and crasher.
exec "$fuzzer" -max_total_time="$seconds" -timeout=20 -error_exitcode=1 -timeout_exitcode=1 -rss_limit_mb=4096 -print_final_stats=1 -detect_leaks=0 \
     -artifact_prefix="$(dirname "$fuzzer")/crash-$(basename "$fuzzer")-" "$work"
