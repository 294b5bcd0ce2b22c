#!/usr/bin/env bash
# Runs one conformance program with heapscope and compares it with CPython 3.11's committed results.
#
#   tests/conformance/run_one.sh HEAPSCOPE_BINARY PROGRAM.py
#
# Runs `HEAPSCOPE_BINARY run /abs/dir/X.py` with the current directory set to /abs/dir, replaces
# /abs/dir by <dir> in stderr, and compares stdout with X.out, stderr with X.err (missing: empty)
# and the exit status with X.rc (missing: 0). Prints a unified diff and exits 1 on any mismatch,
# and fails if the program runs longer than 20 seconds.
set -uo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 HEAPSCOPE_BINARY PROGRAM.py" >&2
  exit 2
fi

binary="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
dir="$(cd "$(dirname "$2")" && pwd)"
program="$dir/$(basename "$2")"
base="${program%.py}"
limit=20

if [[ ! -x "$binary" ]]; then
  echo "run_one.sh: not an executable: $binary" >&2
  exit 2
fi
if [[ ! -f "$program" || ! -f "$base.out" ]]; then
  echo "run_one.sh: missing $program or its expected output $base.out" >&2
  exit 2
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

rc=0
(cd "$dir" && exec timeout -k 5 "$limit" "$binary" run "$program" >"$tmp/out" 2>"$tmp/raw_err" </dev/null) || rc=$?
escaped="$(printf '%s' "$dir" | sed 's/[][\/.^$*|]/\\&/g')"
sed "s|$escaped|<dir>|g" "$tmp/raw_err" >"$tmp/err"

if [[ $rc -eq 124 || $rc -eq 137 ]]; then
  echo "FAIL: ${program}: still running after ${limit} s (exit status $rc)"
  exit 1
fi

expected_err=/dev/null
err_label="expected stderr (empty: no $(basename "$base").err)"
if [[ -f "$base.err" ]]; then
  expected_err="$base.err"
  err_label="expected stderr ($(basename "$base").err)"
fi
expected_rc=0
[[ -f "$base.rc" ]] && expected_rc="$(tr -d '[:space:]' <"$base.rc")"

status=0
if ! diff -u --label "expected stdout ($(basename "$base").out)" --label "heapscope stdout" "$base.out" "$tmp/out"; then
  status=1
fi
if ! diff -u --label "$err_label" --label "heapscope stderr" "$expected_err" "$tmp/err"; then
  status=1
fi
if [[ "$rc" != "$expected_rc" ]]; then
  echo "exit status: expected $expected_rc, heapscope returned $rc"
  status=1
fi
if [[ $status -ne 0 ]]; then
  echo "FAIL: $program"
fi
exit $status
