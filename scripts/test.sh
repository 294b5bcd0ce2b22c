#!/usr/bin/env bash
# Runs every test: the native build (unit tests and the conformance corpus), the same suite
# under AddressSanitizer and UndefinedBehaviorSanitizer, the wasm32 build under Node, and the
# page (its modules under Node, the built site in Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
jobs=$(nproc)
# Each phase prints the seconds elapsed since the start, to see where CI time goes.
phase() { echo "== $1 [${SECONDS}s]"; }

phase "native (Release)"
cmake --preset native >/dev/null
cmake --build --preset native -j"$jobs"
ctest --preset native -j"$jobs"

phase "debug (clang: AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake --preset debug >/dev/null
cmake --build --preset debug -j"$jobs"
# LeakSanitizer is on: at teardown the collector frees every cycle, so whatever is left is a
# reference-count leak.
ctest --preset debug -j"$jobs"

phase "fuzz smoke run (2 minutes)"
# A fixed seed: the smoke run repeats its choices, so it does not fail at random on a finding
# that longer fuzzing (scripts/fuzz.sh) should have found first.
FUZZ_SEED=1 scripts/fuzz.sh 120

phase "wasm (Emscripten): the conformance corpus under Node, the Session module's Node tests"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$jobs"
tests/wasm/run_conformance.sh build/wasm/heapscope-node "$jobs"
node --test tests/wasm/

phase "web: the page's JavaScript modules, then the built page in headless Chromium"
node --test tests/web/unit/
node web/build.mjs
node --test tests/web/e2e/
phase "done"
