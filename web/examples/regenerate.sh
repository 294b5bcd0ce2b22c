#!/usr/bin/env bash
# Writes each example's expected output (<name>.out, standard output only) with the oracle,
# CPython 3.11. The notebook examples are copies of ../../../shared/examples/notebook/ with the
# outputs that came with them; run this after adding or changing a topic example.
set -euo pipefail
cd "$(dirname "$0")"
python3 -c 'import sys; assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"'
for program in topics/*.py; do
    (cd "$(dirname "$program")" && python3 "$(basename "$program")" >"$(basename "${program%.py}").out")
done
