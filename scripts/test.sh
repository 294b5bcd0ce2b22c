#!/usr/bin/env bash
# Runs every test: the native build (unit tests and the conformance corpus) and the same suite
# under AddressSanitizer and UndefinedBehaviorSanitizer.
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
# Leak detection waits for the cyclic collector: without it, the cycles every class forms
# (a class is in its own __mro__) are still alive at exit. Everything else ASan checks is on.
ASAN_OPTIONS=detect_leaks=0 ctest --preset debug -j"$jobs"
