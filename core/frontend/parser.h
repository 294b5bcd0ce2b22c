// The front end's public API: Python 3.11 source -> AST, or CPython's SyntaxError.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace hs::frontend {

// What CPython 3.11 puts in the SyntaxError it raises for the same source, as seen from
// `compile(source, 'f', 'exec')` (the file 'f' not existing).
struct SyntaxErrorInfo {
    std::string type = "SyntaxError";  // or "IndentationError", "TabError"; "MemoryError"
                                       // (msg empty) when the parser's nesting limit is hit
    std::string msg;                   // exactly CPython 3.11's message
    int lineno = 0, offset = 0;        // as SyntaxError.lineno/.offset (offset 1-based)
    int end_lineno = 0, end_offset = 0;  // as .end_lineno/.end_offset (0 when CPython has none)
    std::string text;                  // as .text (the source line, with its newline when
                                       // CPython keeps it)
};

struct ParseResult {
    std::unique_ptr<ast::Module> module;   // set on success
    std::optional<SyntaxErrorInfo> error;  // set on failure
};

// Where the source comes from. It matters for one detail: at the end of a script file, CPython's
// file tokenizer has emptied its line buffer, so an error at a token without a span there (the
// final DEDENT or ENDMARKER) has offset 0 and no caret, where `compile(source, ...)` has one.
enum class SourceKind : uint8_t { String, ScriptFile };

// Parses a whole module (exec mode). Never throws; never recurses without bound.
ParseResult parse_module(std::string_view source, SourceKind kind = SourceKind::String);

// The text of Python's `ast.dump(tree, include_attributes=...)` for the same program.
std::string dump_ast(const ast::Module& m, bool include_attributes);

} // namespace hs::frontend
