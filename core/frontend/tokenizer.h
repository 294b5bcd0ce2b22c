// The tokenizer: source text -> tokens, with CPython 3.11's indentation rules and errors.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "frontend/parser.h"
#include "frontend/source_text.h"
#include "frontend/token.h"

namespace hs::frontend {

// Why the tokenizer stopped. CPython raises `Syntax` errors at once (they win over any error
// the parser finds later in the file); the others are reported only if the parser gets as
// far as the failing token.
enum class TokenizerErrorKind : uint8_t { Syntax, Eof, Dedent, TabSpace, TooDeep, LineCont };

struct TokenizerError {
    TokenizerErrorKind kind = TokenizerErrorKind::Syntax;
    SyntaxErrorInfo info;  // complete for kind == Syntax
    int lineno = 0;        // the tokenizer's line when it stopped
    int cur_col = 0;       // byte column of its cursor in that line
    // The innermost bracket still open (Eof inside brackets): character, line, column.
    char open_paren = 0;
    int open_paren_lineno = 0;
    int open_paren_col = 0;
};

struct TokenStream {
    std::vector<Token> tokens;  // ends with EndMarker, or with an Error token
    std::optional<TokenizerError> error;
    // For line L (index L - first_lineno + 1), the first line of CPython's tokenizer buffer
    // while it reads L: lines joined by a backslash or a multi-line string share one buffer,
    // and CPython quotes the whole buffer in SyntaxError.text.
    std::vector<int> buffer_start;
};

// Tokenizes the whole of `source`. A token of kind Indent, Dedent or EndMarker has no span
// in CPython (col == -1); its `start` is then the tokenizer's cursor when it was produced.
// `first_lineno` numbers the source's first line (f-string replacement fields start later).
TokenStream tokenize(const SourceText& source, int first_lineno = 1);

} // namespace hs::frontend
