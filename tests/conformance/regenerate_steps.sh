#!/usr/bin/env bash
# Writes X.steps next to each conformance program X.py whose run makes at most 2000 steps:
# CPython 3.11's sys.settrace events for the program's own code (settrace_steps.py), which
# heapscope's steps must repeat (tests/unit/observe/steps_conformance_test.cpp).
#
#   tests/conformance/regenerate_steps.sh [PROGRAM.py ...]    (all programs by default)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"
if [[ $# -gt 0 ]]; then
  programs=("$@")
else
  mapfile -t programs < <(find "$here" -mindepth 2 -maxdepth 2 -name '*.py' | LC_ALL=C sort)
fi
# Under a tracer, CPython allocates frame objects, so its collections and the finalizers they
# run come at other moments: the gc/ and finalize/ programs are left out.
skip_reason() {
  case "$1" in
    gc/*|finalize/*) echo "collections and finalizers run at other moments under a tracer" ;;
    *) ;;
  esac
}
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
written=0
for program in "${programs[@]}"; do
  dir="$(cd "$(dirname "$program")" && pwd)"
  name="$(basename "$program" .py)"
  base="$dir/$name"
  rm -f "$base.steps"
  [[ -n "$(skip_reason "$(basename "$dir")/$name")" ]] && continue
  (cd "$dir" && env -i PATH="$PATH" LC_ALL=C.UTF-8 PYTHONHASHSEED=0 timeout 60 "$python" "$here/settrace_steps.py" \
      "$base.py" "$tmp/steps" </dev/null >"$tmp/out" 2>/dev/null) || continue
  # Kept only when the traced run printed what the real run prints, and is not too long.
  cmp -s "$tmp/out" "$base.out" || continue
  [[ $(wc -l <"$tmp/steps") -le 2000 ]] || continue
  # A tracer that fails (at the recursion limit) is switched off: such traces stop early.
  tail -n 1 "$tmp/steps" | grep -q '^return [0-9]* <module>$' || continue
  cp "$tmp/steps" "$base.steps"
  written=$((written + 1))
done
echo "wrote $written .steps files"
