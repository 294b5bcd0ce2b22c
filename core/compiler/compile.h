// The compiler's API: a module AST in, a tree of CodeUnits out, with CPython 3.11's bytecode.
//
// compile_module() runs CPython's pipeline: future-import checks, constant folding (on a private
// copy of the tree), symbol tables, code generation into a control-flow graph, the flow-graph
// optimizations and assembly. SyntaxErrors are returned as data, never thrown; features outside
// heapscope's subset compile to RAISE_UNSUPPORTED at the statement that uses them.
#pragma once

#include "compiler/code.h"
#include "frontend/ast.h"
#include "frontend/parser.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hs::compiler {

// A SyntaxError found by the compiler (symbol tables, future imports, code generation), with
// CPython's message and position. `text` is the offending source line with its newline, as
// CPython shows it when the program comes from a file. A program nested deeper than CPython
// compiles gives type "RecursionError", "maximum recursion depth exceeded during compilation".
using CompileError = frontend::SyntaxErrorInfo;

// A SyntaxWarning, e.g. `"is" with a literal. Did you mean "=="?`.
struct CompileWarning {
    std::string message;
    int lineno = 0;
};

struct CompileResult {
    std::shared_ptr<const CodeUnit> code; // null when `error` is set
    // The values CPython's AST arena holds while a script runs (pyrun_file frees the arena only
    // after the module's code returns): one per Constant node the parser made, and one per
    // folded result. Each is one more reference to a constant the program can see.
    std::vector<Constant> ast_constants;
    std::optional<frontend::SyntaxErrorInfo> error;
    std::vector<CompileWarning> warnings;
};

CompileResult compile_module(const ast::Module& module, std::string_view filename, std::string_view source);

// A dis-like listing of `code` and, depth first, of the code objects among its constants.
// tests/unit/compiler/regenerate.sh prints CPython's code objects in the same format.
std::string dump_code(const CodeUnit& code);

} // namespace hs::compiler
