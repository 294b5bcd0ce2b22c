#!/usr/bin/env bash
# Writes each topic example's expected output (<name>.out, standard output only) with the
# oracle, CPython 3.11; run it after adding or changing one. (The menu's notebook examples are
# the conformance corpus's, tests/conformance/notebook/, with their own outputs.)
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"'
for program in topics/*.py; do
    (cd "$(dirname "$program")" && python3 "$(basename "$program")" >"$(basename "${program%.py}").out")
done
