// The compiler's output: a tree of CodeUnits, pure data with no heap objects in it.
// The runtime turns a CodeUnit into a code object, materializing its constants; doing it
// there (not here) lets the runtime merge equal constants across one compilation unit the
// way CPython does (`s1 = "hello world!"; s2 = "hello world!"` gives `s1 is s2`).
#pragma once

#include "compiler/opcodes.h"
#include "frontend/ast.h"
#include "numeric/bigint.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace hs::compiler {

struct CodeUnit;

// A value in co_consts. Tuples and frozensets come from constant folding.
struct Constant {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code };
    Kind kind = Kind::None;
    numeric::BigInt integer;            // Int
    double real = 0, imag = 0;          // Float uses real; Complex uses both
    std::string text;                   // Str (UTF-8) and Bytes (raw)
    std::vector<Constant> items;        // Tuple and FrozenSet, in source order
    std::shared_ptr<const CodeUnit> code;  // Code
};

struct Instruction {
    Opcode op;
    int32_t arg = 0;
};

// One row of the 3.11 exception table: an exception raised by an instruction in [start, end)
// pops the value stack down to `depth`, pushes the offending instruction index if `lasti`,
// pushes the exception, and jumps to `target`.
struct ExceptionTableEntry {
    int32_t start = 0;
    int32_t end = 0;
    int32_t target = 0;
    int32_t depth = 0;
    bool lasti = false;
};

// co_flags, with CPython's values.
enum CodeFlag : uint32_t {
    CO_OPTIMIZED = 0x0001, CO_NEWLOCALS = 0x0002, CO_VARARGS = 0x0004, CO_VARKEYWORDS = 0x0008,
    CO_NESTED = 0x0010, CO_GENERATOR = 0x0020, CO_NOFREE = 0x0040,
};

// co_localspluskinds, with CPython 3.11's values. A parameter that is also a cell is LOCAL|CELL.
enum LocalKind : uint8_t { CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80 };

struct CodeUnit {
    std::string name;       // co_name: "<module>", "f", "<lambda>", "<listcomp>", "<genexpr>"...
    std::string qualname;   // co_qualname: "C.m", "f.<locals>.g"
    std::string filename;
    int firstlineno = 1;
    uint32_t flags = 0;
    int argcount = 0;
    int posonlyargcount = 0;
    int kwonlyargcount = 0;
    int stacksize = 0;      // co_stacksize: the maximum value-stack depth, computed as CPython does
    std::vector<std::string> names;            // co_names
    std::vector<std::string> localsplusnames;  // fast locals, then cells, then free variables
    std::vector<uint8_t> localspluskinds;      // LocalKind bits, parallel to localsplusnames
    std::vector<Constant> consts;              // co_consts, no duplicates (by type and value)
    std::vector<Instruction> code;
    // Parallel to `code`: each instruction's source span exactly as co_positions() reports it,
    // with -1 where CPython has None (artificial instructions have no line; some only a line).
    std::vector<ast::Position> positions;
    std::vector<ExceptionTableEntry> exception_table;

    int nlocalsplus() const { return static_cast<int>(localsplusnames.size()); }
};

} // namespace hs::compiler
