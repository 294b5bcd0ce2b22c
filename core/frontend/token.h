// Tokens produced by the tokenizer and consumed by the parser.
#pragma once

#include <cstdint>
#include <string_view>

namespace hs::frontend {

enum class TokenKind : uint8_t {
    EndMarker, Name, Number, String, Newline, Indent, Dedent,
    // Punctuation and operators.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace, Colon, Comma, Semi, Plus, Minus, Star, Slash,
    VBar, Amper, Less, Greater, Equal, Dot, Percent, EqEqual, NotEqual, LessEqual,
    GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar, PlusEqual, MinEqual,
    StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At,
    AtEqual, RArrow, Ellipsis, ColonEqual,
    // A character that is no token at all (`$`, `?`, `!`, a backquote): the parser rejects it.
    Unknown,
    // Hard keywords.
    KwFalse, KwNone, KwTrue, KwAnd, KwAs, KwAssert, KwAsync, KwAwait, KwBreak, KwClass,
    KwContinue, KwDef, KwDel, KwElif, KwElse, KwExcept, KwFinally, KwFor, KwFrom, KwGlobal,
    KwIf, KwImport, KwIn, KwIs, KwLambda, KwNonlocal, KwNot, KwOr, KwPass, KwRaise,
    KwReturn, KwTry, KwWhile, KwWith, KwYield,
    // The tokenizer stopped with an error; it is always the last token.
    Error,
};

// Positions follow CPython: 1-based lines, 0-based byte columns. `start`/`end` are byte
// offsets into the normalized source text.
struct Token {
    TokenKind kind = TokenKind::EndMarker;
    // Paren nesting level before this token (CPython's tok->level), for error recovery rules.
    uint8_t level = 0;
    int lineno = 0;
    int col = 0;
    int end_lineno = 0;
    int end_col = 0;
    uint32_t start = 0;
    uint32_t end = 0;
};

inline bool is_keyword(TokenKind k) { return k >= TokenKind::KwFalse && k <= TokenKind::KwYield; }

// The keyword kind for `text`, or TokenKind::Name.
TokenKind keyword_kind(std::string_view text);

// The spelling of an operator or keyword kind ("(", "+=", "lambda"...).
std::string_view token_spelling(TokenKind k);

} // namespace hs::frontend
