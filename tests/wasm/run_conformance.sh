#!/usr/bin/env bash
# Runs the whole conformance corpus with one heapscope binary (for wasm32: build/wasm/heapscope-node,
# the command-line program under Node) and fails if any program's stdout, stderr or exit status
# differs from CPython 3.11's committed results. Programs of tests/conformance/pending.txt are
# skipped, as CTest skips them in the native build.
#
#   tests/wasm/run_conformance.sh HEAPSCOPE_BINARY [JOBS]
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 HEAPSCOPE_BINARY [JOBS]" >&2
  exit 2
fi
binary="$1"
jobs="${2:-$(nproc)}"
corpus="$(cd "$(dirname "$0")/../conformance" && pwd)"

pending="$(grep -v '^[[:space:]]*#' "$corpus/pending.txt" 2>/dev/null | awk 'NF { sub(/\.py$/, "", $1); print $1 }' || true)"
programs=()
while IFS= read -r program; do
  id="${program#"$corpus/"}"
  id="${id%.py}"
  grep -qxF "$id" <<<"$pending" || programs+=("$program")
done < <(find "$corpus" -mindepth 2 -maxdepth 2 -name '*.py' | sort)

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# run_one.sh prints a diff for each mismatch; any nonzero status counts.
printf '%s\0' "${programs[@]}" |
  xargs -0 -P "$jobs" -n 1 bash -c 'bash "$0" "$1" "$2" || echo "DIFFERS: $2"' "$corpus/run_one.sh" "$binary" \
    >"$log" 2>&1 || true
failures="$(grep -c '^DIFFERS: ' "$log" || true)"
if [[ "$failures" -ne 0 ]]; then
  cat "$log"
  echo "conformance with $binary: $failures of ${#programs[@]} programs differ"
  exit 1
fi
echo "conformance with $binary: all ${#programs[@]} programs match CPython 3.11"
