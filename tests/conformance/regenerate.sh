#!/usr/bin/env bash
# Regenerates the expected results of the conformance corpus with the oracle, CPython 3.11.
#
#   tests/conformance/regenerate.sh [PROGRAM.py ...]     rewrite X.out, X.err, X.rc (all programs by default)
#   tests/conformance/regenerate.sh --check [PROGRAM.py ...]
#                                                          rewrite nothing; run every program with
#                                                          PYTHONHASHSEED=0, with PYTHONHASHSEED=1, and
#                                                          unbuffered (PYTHONUNBUFFERED=1), and report each
#                                                          one whose result differs from the committed files
#
# Each program X.py runs as `python3 /abs/dir/X.py` with the current directory set to /abs/dir.
#   X.out  exact stdout (always written, possibly empty)
#   X.err  exact stderr with every occurrence of /abs/dir replaced by <dir> (only if non-empty)
#   X.rc   exit status followed by a newline (only if nonzero)
# The environment is cleared (only PATH, LC_ALL=C.UTF-8 and a random PYTHONHASHSEED are set), so stdout
# is block-buffered as in a plain `python3 X.py > file`. Running it twice gives identical files.
# Set PYTHON to use another interpreter binary.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
python="${PYTHON:-python3}"

check=0
if [[ "${1:-}" == "--check" ]]; then
  check=1
  shift
fi

version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [[ "$version" != "3.11" ]]; then
  echo "regenerate.sh: $python is Python $version; the oracle must be CPython 3.11" >&2
  exit 2
fi

if [[ $# -gt 0 ]]; then
  programs=()
  for p in "$@"; do
    programs+=("$(cd "$(dirname "$p")" && pwd)/$(basename "$p")")
  done
else
  mapfile -t programs < <(find "$here" -mindepth 2 -maxdepth 2 -name '*.py' | LC_ALL=C sort)
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run PROGRAM OUT ERR [NAME=VALUE...] -> sets $rc; ERR has the placeholder applied.
run() {
  local program="$1" out="$2" err="$3"
  shift 3
  local dir
  dir="$(dirname "$program")"
  rc=0
  (cd "$dir" && env -i PATH="$PATH" HOME="$tmp" LC_ALL=C.UTF-8 PYTHONHASHSEED=random \
      PYTHONDONTWRITEBYTECODE=1 "$@" "$python" "$program" >"$out" 2>"$tmp/raw_err" </dev/null) || rc=$?
  # Replace the absolute folder by <dir>; the folder is matched literally.
  local escaped
  escaped="$(printf '%s' "$dir" | sed 's/[][\/.^$*|]/\\&/g')"
  sed "s|$escaped|<dir>|g" "$tmp/raw_err" >"$err"
}

failures=0
for program in "${programs[@]}"; do
  base="${program%.py}"
  if [[ $check -eq 0 ]]; then
    run "$program" "$tmp/out" "$tmp/err"
    cp "$tmp/out" "$base.out"
    if [[ -s "$tmp/err" ]]; then cp "$tmp/err" "$base.err"; else rm -f "$base.err"; fi
    if [[ $rc -ne 0 ]]; then echo "$rc" >"$base.rc"; else rm -f "$base.rc"; fi
  else
    for setting in PYTHONHASHSEED=0 PYTHONHASHSEED=1 PYTHONUNBUFFERED=1; do
      run "$program" "$tmp/out" "$tmp/err" "$setting"
      expected_err=/dev/null; [[ -f "$base.err" ]] && expected_err="$base.err"
      expected_rc=0; [[ -f "$base.rc" ]] && expected_rc="$(cat "$base.rc")"
      if ! cmp -s "$tmp/out" "$base.out" || ! cmp -s "$tmp/err" "$expected_err" || [[ "$rc" != "$expected_rc" ]]; then
        echo "DIFFERS with $setting: ${program#"$here"/}"
        failures=$((failures + 1))
        break
      fi
    done
  fi
done

if [[ $check -eq 1 ]]; then
  echo "checked ${#programs[@]} programs, $failures differ"
  [[ $failures -eq 0 ]]
else
  echo "regenerated ${#programs[@]} programs"
fi
