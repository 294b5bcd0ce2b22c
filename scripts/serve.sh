#!/usr/bin/env bash
# Builds heapscope and serves the playground on 127.0.0.1.
# The playground page is not built yet (it comes with a later issue): for now this builds the
# native command-line interpreter and says how to use it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
cmake --preset native >/dev/null
cmake --build --preset native -j"$(nproc)" --target heapscope
echo
echo "Built build/native/core/heapscope."
echo "The playground page is not available yet; run a program with:"
echo "  build/native/core/heapscope run FILE.py"
