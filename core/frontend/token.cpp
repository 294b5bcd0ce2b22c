#include "frontend/token.h"

#include <array>

namespace hs::frontend {
namespace {

struct Keyword {
    std::string_view text;
    TokenKind kind;
};

constexpr std::array kKeywords{
    Keyword{"False", TokenKind::KwFalse},       Keyword{"None", TokenKind::KwNone},
    Keyword{"True", TokenKind::KwTrue},         Keyword{"and", TokenKind::KwAnd},
    Keyword{"as", TokenKind::KwAs},             Keyword{"assert", TokenKind::KwAssert},
    Keyword{"async", TokenKind::KwAsync},       Keyword{"await", TokenKind::KwAwait},
    Keyword{"break", TokenKind::KwBreak},       Keyword{"class", TokenKind::KwClass},
    Keyword{"continue", TokenKind::KwContinue}, Keyword{"def", TokenKind::KwDef},
    Keyword{"del", TokenKind::KwDel},           Keyword{"elif", TokenKind::KwElif},
    Keyword{"else", TokenKind::KwElse},         Keyword{"except", TokenKind::KwExcept},
    Keyword{"finally", TokenKind::KwFinally},   Keyword{"for", TokenKind::KwFor},
    Keyword{"from", TokenKind::KwFrom},         Keyword{"global", TokenKind::KwGlobal},
    Keyword{"if", TokenKind::KwIf},             Keyword{"import", TokenKind::KwImport},
    Keyword{"in", TokenKind::KwIn},             Keyword{"is", TokenKind::KwIs},
    Keyword{"lambda", TokenKind::KwLambda},     Keyword{"nonlocal", TokenKind::KwNonlocal},
    Keyword{"not", TokenKind::KwNot},           Keyword{"or", TokenKind::KwOr},
    Keyword{"pass", TokenKind::KwPass},         Keyword{"raise", TokenKind::KwRaise},
    Keyword{"return", TokenKind::KwReturn},     Keyword{"try", TokenKind::KwTry},
    Keyword{"while", TokenKind::KwWhile},       Keyword{"with", TokenKind::KwWith},
    Keyword{"yield", TokenKind::KwYield},
};

constexpr std::array<std::string_view, static_cast<size_t>(TokenKind::Unknown) + 1> kSpellings{
    "", "", "", "", "", "", "",
    "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/",
    "|", "&", "<", ">", "=", ".", "%", "==", "!=", "<=",
    ">=", "~", "^", "<<", ">>", "**", "+=", "-=",
    "*=", "/=", "%=", "&=", "|=", "^=",
    "<<=", ">>=", "**=", "//", "//=", "@",
    "@=", "->", "...", ":=",
    "",
};

} // namespace

TokenKind keyword_kind(std::string_view text) {
    if (text.size() < 2 || text.size() > 8) return TokenKind::Name;
    char first = text[0];
    if (!((first >= 'a' && first <= 'y') || first == 'F' || first == 'N' || first == 'T')) return TokenKind::Name;
    for (const Keyword& k : kKeywords)
        if (k.text[0] == first && k.text == text) return k.kind;
    return TokenKind::Name;
}

std::string_view token_spelling(TokenKind k) {
    if (is_keyword(k)) return kKeywords[static_cast<size_t>(k) - static_cast<size_t>(TokenKind::KwFalse)].text;
    if (static_cast<size_t>(k) < kSpellings.size()) return kSpellings[static_cast<size_t>(k)];
    return "";
}

} // namespace hs::frontend
