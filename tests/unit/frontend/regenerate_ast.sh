#!/bin/sh
# Regenerates the expected outputs of the AST conformance test from CPython 3.11.
#
# For every ast_cases/NAME.py this writes either NAME.ast, the text of
# ast.dump(ast.parse(source), include_attributes=True), or NAME.err when CPython rejects the
# source: one line "type<TAB>msg<TAB>lineno<TAB>offset<TAB>end_lineno<TAB>end_offset<TAB>text"
# where text is SyntaxError.text with backslashes and newlines escaped.
#
# Run it with the python3 that is CPython 3.11 (the oracle); the committed outputs let the
# C++ test run anywhere without Python.
set -eu
cd "$(dirname "$0")/ast_cases"
python3 - <<'PY'
import ast, glob, os, sys, warnings

if sys.version_info[:2] != (3, 11):
    sys.exit("regenerate_ast.sh needs CPython 3.11, not %s" % sys.version.split()[0])
warnings.simplefilter("ignore")

def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n")

for path in sorted(glob.glob("*.py")):
    name = path[:-3]
    with open(path, "rb") as f:
        source = f.read().decode("utf-8")
    for stale in (name + ".ast", name + ".err"):
        if os.path.exists(stale):
            os.remove(stale)
    try:
        tree = compile(source, "f", "exec", ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, escape(e.text or "")]
        with open(name + ".err", "w", encoding="utf-8", newline="\n") as f:
            f.write("\t".join(str(x) for x in fields) + "\n")
        continue
    with open(name + ".ast", "w", encoding="utf-8", newline="\n") as f:
        f.write(ast.dump(tree, include_attributes=True) + "\n")
print("regenerated", len(glob.glob("*.py")), "cases")
PY
