#!/bin/sh
# Regenerates the expected bytecode dumps of the compiler conformance suite from CPython 3.11.
#
#   tests/unit/compiler/regenerate.sh            # every cases/*.py
#   tests/unit/compiler/regenerate.sh a.py b.py  # only these
# HS_COMPILER_CASES_DIR=dir selects another folder of cases (the test reads the same variable).
# HS_COMPILER_AST_ONLY=1 writes only the .ast files (unsupported/: CPython compiles those
# programs, heapscope compiles them to RAISE_UNSUPPORTED; unsupported_test.cpp checks that).
#
# For each cases/NAME.py it writes:
#   cases/NAME.ast       the module's AST as CPython parses it (ast.parse), in a small
#                        S-expression form that tests/unit/compiler/ast_reader.cpp reads back,
#                        so the compiler tests do not depend on heapscope's parser;
#   cases/NAME.expected  CPython's code objects in the normalized form below, followed by the
#                        SyntaxWarnings the compiler emitted, or the SyntaxError it raised.
# compiler_conformance_test.cpp compiles NAME.ast with heapscope's compiler and compares
# hs::compiler::dump_code() with NAME.expected byte for byte. Only this script needs python3.
#
# The normalized dump (dump_code() in core/compiler/dump.cpp prints the same format):
#   - every code object, depth first in co_consts order, starting with the module;
#   - instructions from dis.get_instructions(adaptive=False), numbered by index. CACHE entries
#     and EXTENDED_ARG prefixes are skipped: heapscope's encoding has one instruction per opcode
#     with a 32-bit argument (see core/compiler/opcodes.h);
#   - jump arguments are printed as the index of the target instruction, and exception-table
#     start/end/target are instruction indices too (CPython uses byte offsets);
#   - POP_JUMP_{FORWARD,BACKWARD}_IF_* are printed as POP_JUMP_IF_*: heapscope's absolute jump
#     targets make the direction implicit (JUMP_FORWARD/JUMP_BACKWARD keep their names);
#   - frozenset constants list their items sorted by repr: CPython prints them in hash order,
#     which depends on PYTHONHASHSEED for strings and carries no meaning;
#   - code constants are printed as <code QUALNAME>; the code object itself follows later.
# Nothing else is normalized: NOPs, positions, stack sizes and constant indices are CPython's.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "${HS_COMPILER_CASES_DIR:-$here/cases}"
if [ "$#" -eq 0 ]; then set -- *.py; fi
python3 - "$@" <<'PYEOF'
import ast, dis, os, sys, warnings

assert sys.version_info[:2] == (3, 11), "regenerate with CPython 3.11"
sys.setrecursionlimit(20000)  # for the serializer on deeply nested cases

# ---- AST serialization -------------------------------------------------------------------

def q(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20 or ch == '\x7f':
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)

def const(v):
    if v is None: return '#None'
    if v is True: return '#True'
    if v is False: return '#False'
    if v is Ellipsis: return '#Ellipsis'
    if isinstance(v, int): return 'i' + str(v)
    if isinstance(v, float): return 'f' + v.hex()
    if isinstance(v, complex): return 'j' + v.imag.hex()
    if isinstance(v, str): return 's' + q(v)
    if isinstance(v, bytes): return 'b"' + v.hex() + '"'
    raise TypeError(type(v))

def node(n, out):
    if isinstance(n, list):
        out.append('[')
        for x in n:
            node(x, out)
        out.append(']')
    elif n is None:
        out.append('~')
    elif isinstance(n, str):
        out.append(q(n))
    elif isinstance(n, int):
        out.append(str(n))
    elif isinstance(n, ast.AST):
        name = type(n).__name__
        if not n._fields and not hasattr(n, 'lineno'):  # operators and contexts
            out.append(name)
            return
        out.append('(' + name)
        if hasattr(n, 'lineno'):
            out.append('@%d:%d:%d:%d' % (n.lineno, n.col_offset, n.end_lineno, n.end_col_offset))
        for f in n._fields:
            if f in ('type_comment', 'type_ignores'):
                continue
            v = getattr(n, f)
            if isinstance(n, ast.Constant) and f == 'value':
                out.append(const(v))
            elif isinstance(n, ast.Constant) and f == 'kind':
                out.append(q(v) if v else '~')
            else:
                node(v, out)
        out.append(')')
    else:
        raise TypeError(type(n))

# ---- Code dump ---------------------------------------------------------------------------

def crepr(v):
    if isinstance(v, type(dis.dis.__code__)):
        return '<code %s>' % v.co_qualname
    if isinstance(v, tuple):
        items = [crepr(x) for x in v]
        return '(' + ', '.join(items) + (',' if len(items) == 1 else '') + ')'
    if isinstance(v, frozenset):
        if not v:
            return 'frozenset()'
        return 'frozenset({' + ', '.join(sorted(crepr(x) for x in v)) + '})'
    return repr(v)

def pos(p):
    return '(' + ','.join('-' if x is None else str(x) for x in p) + ')'

JUMPS = set(dis.hasjrel) | set(dis.hasjabs)

def dump(co, out):
    instrs = [i for i in dis.get_instructions(co) if i.opname not in ('CACHE', 'EXTENDED_ARG')]
    index_of = {}
    for k, i in enumerate(instrs):
        index_of[i.offset] = k
    code_len = len(co.co_code)
    def idx(off):
        # Offsets may point at an EXTENDED_ARG prefix: use the next real instruction.
        while off not in index_of and off < code_len:
            off += 2
        return index_of.get(off, len(instrs))
    cells = [c for c in co.co_cellvars if c not in co.co_varnames]
    out.append('code %s' % co.co_qualname)
    out.append('  name: %s' % co.co_name)
    out.append('  firstlineno: %d' % co.co_firstlineno)
    out.append('  flags: 0x%x' % co.co_flags)
    out.append('  argcount: %d posonlyargcount: %d kwonlyargcount: %d' %
               (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
    out.append('  stacksize: %d' % co.co_stacksize)
    out.append('  varnames: ' + ' '.join(co.co_varnames))
    out.append('  cellvars: ' + ' '.join(co.co_cellvars))
    out.append('  freevars: ' + ' '.join(co.co_freevars))
    out.append('  names: ' + ' '.join(co.co_names))
    out.append('  consts:')
    for k, c in enumerate(co.co_consts):
        out.append('    %d: %s' % (k, crepr(c)))
    out.append('  exceptiontable:')
    for e in dis._parse_exception_table(co):
        out.append('    %d-%d -> %d depth %d%s' % (idx(e.start), idx(e.end), idx(e.target),
                                                  e.depth, ' lasti' if e.lasti else ''))
    out.append('  code:')
    for k, i in enumerate(instrs):
        name = i.opname.replace('POP_JUMP_FORWARD_IF_', 'POP_JUMP_IF_')
        name = name.replace('POP_JUMP_BACKWARD_IF_', 'POP_JUMP_IF_')
        if i.arg is None:
            arg = ''
        elif i.opcode in JUMPS:
            arg = ' %d' % idx(i.argval)
        else:
            arg = ' %d' % i.arg
        out.append('    %d: %s%s %s' % (k, name, arg, pos(i.positions)))
    for c in co.co_consts:
        if isinstance(c, type(co)):
            dump(c, out)

for path in sys.argv[1:]:
    base = path[:-3]
    with open(path, encoding='utf-8') as f:
        src = f.read()
    try:
        tree = ast.parse(src, path)
    except SyntaxError as e:
        print('skipped', base, '(the parser rejects it:', e.msg + ')')
        continue
    out = []
    node(tree, out)
    with open(base + '.ast', 'w', encoding='utf-8') as f:
        f.write(' '.join(out) + '\n')
    if os.environ.get('HS_COMPILER_AST_ONLY'):
        print('regenerated', base + '.ast')
        continue
    lines = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            co = compile(src, path, 'exec', dont_inherit=True)
        except SyntaxError as e:
            co = None
            lines.append('SyntaxError: %s (%s,%s,%s,%s)' % (e.msg, e.lineno, e.offset,
                                                            e.end_lineno, e.end_offset))
        except RecursionError as e:
            co = None
            lines.append('RecursionError: %s' % e)
    if co is not None:
        dump(co, lines)
    for w in caught:
        if issubclass(w.category, SyntaxWarning):
            lines.append('SyntaxWarning: %s (line %d)' % (w.message, w.lineno))
    with open(base + '.expected', 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print('regenerated', base)
PYEOF
