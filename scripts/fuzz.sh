#!/usr/bin/env bash
# Fuzzes heapscope with libFuzzer for SECONDS (default 120) in all: the session target (any bytes
# as a program through load, run, snapshot, delta and why_alive, under AddressSanitizer and
# UndefinedBehaviorSanitizer) gets most of the time; the JSON string escaping and the page's
# share-link decoder (tests/web/fuzz/share.fuzz.mjs, under Node) share the rest. Seeds are
# the conformance programs, the dictionary tests/fuzz/python.dict; the corpus grows in
# build/fuzz/corpus/ across runs. A finding is saved under build/fuzz/findings/ and fails the
# script: fix it, and add the input to tests/fuzz/regressions/<target>/ so it stays a test.
#
#   scripts/fuzz.sh [SECONDS]      (FUZZ_SEED=N repeats a run's random choices; default: new ones)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
seed="${FUZZ_SEED:-}"

cmake --preset debug >/dev/null
cmake --build --preset debug -j"$(nproc)" --target fuzz_session fuzz_json_string >/dev/null

fuzz=build/fuzz
mkdir -p "$fuzz/corpus/session" "$fuzz/corpus/json_string" "$fuzz/seeds" "$fuzz/findings"
while IFS= read -r -d '' program; do
    name=${program#tests/}
    cp "$program" "$fuzz/seeds/${name//\//_}"
done < <(find tests/conformance tests/fuzz/regressions/session -name '*.py' -print0)

run() {  # run TARGET SECONDS CORPUS...
    local target=$1 time=$2 status=0
    shift 2
    echo "== fuzz_$target for ${time}s"
    # -timeout: an input that runs 10 s is a hang (the session's own step budget should end it
    # far sooner). -rss_limit_mb: above the session's heap budget plus the sanitizers' overhead.
    build/debug/tests/fuzz/fuzz_"$target" -max_total_time="$time" -timeout=10 -rss_limit_mb=2560 \
        -max_len=4096 -print_final_stats=1 \
        -artifact_prefix="$fuzz/findings/$target-" ${seed:+-seed="$seed"} "$@" > "$fuzz/$target.log" 2>&1 || status=$?
    if ((status)); then
        tail -n 60 "$fuzz/$target.log"
    else
        grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::(number_of_executed_units|new_units_added))' "$fuzz/$target.log"
    fi
    return "$status"
}

small=$((seconds / 10 > 5 ? seconds / 10 : 5))
failed=0
run session $((seconds - 2 * small)) -dict=tests/fuzz/python.dict "$fuzz/corpus/session" "$fuzz/seeds" || failed=1
run json_string "$small" "$fuzz/corpus/json_string" tests/fuzz/regressions/json_string || failed=1
echo "== share-link decoder for ${small}s"
node tests/web/fuzz/share.fuzz.mjs "$small" $seed || failed=1

# Under AddressSanitizer objects come from malloc, so a replay may see other addresses than its
# run; on the Release build's deterministic heap it must not: replay the whole corpus there.
echo "== the session corpus on the Release build (replays must match their runs)"
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target replay_session >/dev/null
if ! build/native/tests/fuzz/replay_session "$fuzz/corpus/session" "$fuzz/seeds" 2> "$fuzz/replay.log"; then
    failed=1
    tail -n 20 "$fuzz/replay.log"
fi
exit "$failed"
