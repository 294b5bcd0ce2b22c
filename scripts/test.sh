#!/usr/bin/env bash
# Runs every test: the native build (unit tests and the conformance corpus), the same suite
# under AddressSanitizer and UndefinedBehaviorSanitizer, and a check that the core builds
# for WebAssembly.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
jobs=$(nproc)

echo "== native (Release)"
cmake --preset native >/dev/null
cmake --build --preset native -j"$jobs"
ctest --preset native -j"$jobs"

echo "== debug (AddressSanitizer + UndefinedBehaviorSanitizer)"
cmake --preset debug >/dev/null
cmake --build --preset debug -j"$jobs"
ctest --preset debug -j"$jobs"

echo "== wasm (Emscripten)"
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$jobs"
