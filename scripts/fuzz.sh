#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang) and runs each for a bounded time on its seed corpus: the real
# payloads under tests/data, tests/fuzz/corpus/<target> and every past crash in tests/fuzz/regressions/<target>.
# Prints the executions per target and in total; fails on any crash, whose input is saved in
# tests/fuzz/regressions/<target>/ so that it becomes a regression test (fuzz.replay.<target> in ctest) once fixed.
#   scripts/fuzz.sh [seconds-per-target]   (default 20)
# Environment: ORION_FUZZ_BUILD (build folder, default build/fuzz), ORION_FUZZ_JOBS (default 2),
# ORION_FUZZ_TARGETS (space-separated subset).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
build=${ORION_FUZZ_BUILD:-$root/build/fuzz}
jobs=${ORION_FUZZ_JOBS:-2}

command -v clang++ >/dev/null || { echo "fuzz.sh: clang++ is missing (scripts/install-deps.sh installs it)" >&2; exit 2; }
CC=clang CXX=clang++ cmake -S "$root/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$jobs"

targets=${ORION_FUZZ_TARGETS:-$(cd "$build/seeds" && ls | sed 's/\.txt$//' | sort | tr '\n' ' ')}
total=0
failed=()
for target in $targets; do
    work="$build/run/$target"
    rm -rf "$work"
    mkdir -p "$work/corpus" "$work/artifacts"
    mapfile -t seeds < <(grep -v '^$' "$build/seeds/$target.txt" || true)
    # The first folder is where libFuzzer writes new inputs; the seed folders are only read.
    set +e
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz_$target" "$work/corpus" "${seeds[@]}" -max_total_time="$seconds" -print_final_stats=1 \
        -timeout=10 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$work/artifacts/" >"$work/log" 2>&1
    status=$?
    set -e
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/log" | tail -1)
    runs=${runs:-0}
    total=$((total + runs))
    shopt -s nullglob
    artifacts=("$work"/artifacts/*)
    shopt -u nullglob
    if [ "$status" -ne 0 ] || [ ${#artifacts[@]} -gt 0 ]; then
        mkdir -p "$root/tests/fuzz/regressions/$target"
        for artifact in "${artifacts[@]}"; do
            cp "$artifact" "$root/tests/fuzz/regressions/$target/"
        done
        printf '%-16s %12s executions  FAILED (exit %s); log %s; input saved in tests/fuzz/regressions/%s/\n' \
            "$target" "$runs" "$status" "$work/log" "$target"
        grep -m1 -E 'ERROR: |invariant broken|runtime error' "$work/log" || true
        failed+=("$target")
    else
        printf '%-16s %12s executions  ok\n' "$target" "$runs"
    fi
done
printf '%-16s %12s executions\n' total "$total"
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz.sh: crashes in: ${failed[*]}" >&2
    exit 1
fi
