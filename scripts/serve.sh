#!/usr/bin/env bash
# Builds the playground and serves it on 127.0.0.1 (README's first command): installs what is
# missing (scripts/setup.sh), builds the WebAssembly module (`wasm` preset) and the static site
# (build/web/), then serves that folder on http://127.0.0.1:${PORT:-8000}/ and prints the URL.
# build/web/ is the complete site: any static file host can serve it instead.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh
jobs=$(nproc)
cmake --preset wasm >/dev/null
cmake --build --preset wasm -j"$jobs"
node web/build.mjs
exec node web/server.mjs build/web "${PORT:-8000}"
