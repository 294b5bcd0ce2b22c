#!/usr/bin/env bash
# Installs what heapscope needs on a fresh Debian 12 machine. Idempotent: packages already
# present are left alone, so running it again is quick.
set -euo pipefail

# clang-14 with its sanitizer and libFuzzer runtimes builds the debug preset; llvm-14 gives the
# sanitizers llvm-symbolizer for readable stack traces.
packages=(cmake g++ make catch2 emscripten chromium clang-14 libclang-rt-14-dev llvm-14)
missing=()
for p in "${packages[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo_cmd=()
    [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The page's npm packages (web/package-lock.json), installed again only when the lockfile changed.
web="$(dirname "$0")/../web"
stamp="$web/node_modules/.installed-lock"
if ! cmp -s "$web/package-lock.json" "$stamp"; then
    (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$web/package-lock.json" "$stamp"
fi
