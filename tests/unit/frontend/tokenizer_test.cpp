// Tests of the tokenizer: token kinds, CPython's positions (1-based lines, byte columns),
// indentation, line joining, literals and the tokenizer's own errors.
#include <catch2/catch.hpp>

#include "frontend/tokenizer.h"

using namespace hs::frontend;

namespace {

TokenStream lex(std::string_view src) {
    static std::vector<std::unique_ptr<SourceText>> keep;  // tokens point into the text
    keep.push_back(std::make_unique<SourceText>(SourceText::from_source(src)));
    return tokenize(*keep.back());
}

std::vector<TokenKind> kinds(std::string_view src) {
    std::vector<TokenKind> out;
    for (const Token& t : lex(src).tokens) out.push_back(t.kind);
    return out;
}

using K = TokenKind;

} // namespace

TEST_CASE("tokenizer: a simple statement", "[frontend][tokenizer]") {
    TokenStream ts = lex("x = 1 + foo(2)\n");
    REQUIRE(ts.tokens.size() == 10);
    CHECK(kinds("x = 1 + foo(2)\n") == std::vector<K>{K::Name, K::Equal, K::Number, K::Plus, K::Name, K::LPar,
                                                       K::Number, K::RPar, K::Newline, K::EndMarker});
    const Token& foo = ts.tokens[4];
    CHECK(foo.lineno == 1);
    CHECK(foo.col == 8);
    CHECK(foo.end_col == 11);
    const Token& nl = ts.tokens[8];
    CHECK(nl.col == 14);  // NEWLINE is empty, at the '\n'
    CHECK(nl.end_col == 14);
    CHECK_FALSE(ts.error);
}

TEST_CASE("tokenizer: keywords, soft keywords and operators", "[frontend][tokenizer]") {
    CHECK(kinds("if not x is None: pass\n") ==
          std::vector<K>{K::KwIf, K::KwNot, K::Name, K::KwIs, K::KwNone, K::Colon, K::KwPass, K::Newline,
                         K::EndMarker});
    // match, case and _ are soft keywords: plain names to the tokenizer.
    CHECK(kinds("match case _\n")[0] == K::Name);
    CHECK(kinds("a **= b //= c >>= d <<= e\n") ==
          std::vector<K>{K::Name, K::DoubleStarEqual, K::Name, K::DoubleSlashEqual, K::Name, K::RightShiftEqual,
                         K::Name, K::LeftShiftEqual, K::Name, K::Newline, K::EndMarker});
    CHECK(kinds("def f() -> x: (y := ...)\n") ==
          std::vector<K>{K::KwDef, K::Name, K::LPar, K::RPar, K::RArrow, K::Name, K::Colon, K::LPar, K::Name,
                         K::ColonEqual, K::Ellipsis, K::RPar, K::Newline, K::EndMarker});
    // Characters that are no token at all reach the parser as Unknown.
    CHECK(kinds("a $ b\n")[1] == K::Unknown);
    CHECK(kinds("a <> b\n")[1] == K::Unknown);
}

TEST_CASE("tokenizer: indentation", "[frontend][tokenizer]") {
    CHECK(kinds("if x:\n    if y:\n        a\n    b\nc\n") ==
          std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent, K::KwIf, K::Name, K::Colon, K::Newline,
                         K::Indent, K::Name, K::Newline, K::Dedent, K::Name, K::Newline, K::Dedent, K::Name,
                         K::Newline, K::EndMarker});
    // Dedents at the end of the file; blank and comment lines change nothing.
    CHECK(kinds("if x:\n\n  # c\n    a\n") == std::vector<K>{K::KwIf, K::Name, K::Colon, K::Newline, K::Indent,
                                                             K::Name, K::Newline, K::Dedent, K::EndMarker});
    // A tab counts up to the next multiple of 8, and consistently with spaces.
    CHECK_FALSE(lex("if x:\n\ta\n\tb\n").error);
    CHECK_FALSE(lex("if x:\n        a\n        b\n").error);
}

TEST_CASE("tokenizer: line joining", "[frontend][tokenizer]") {
    // No NEWLINE or indentation inside brackets.
    CHECK(kinds("x = (1,\n     2)\n") == std::vector<K>{K::Name, K::Equal, K::LPar, K::Number, K::Comma,
                                                          K::Number, K::RPar, K::Newline, K::EndMarker});
    TokenStream ts = lex("x = 1 + \\\n    2\n");
    CHECK(ts.tokens[4].lineno == 2);
    CHECK(ts.tokens[4].col == 4);
    CHECK(ts.tokens[5].kind == K::Newline);
    // Comments run to the end of the line; the NEWLINE token starts at the comment.
    TokenStream c = lex("x  # note\n");
    CHECK(c.tokens[1].kind == K::Newline);
    CHECK(c.tokens[1].col == 3);
    CHECK(c.tokens[1].end_col == 9);
}

TEST_CASE("tokenizer: numbers", "[frontend][tokenizer]") {
    for (const char* n : {"0", "00", "0_0", "123", "1_000", "0x_1F", "0o17", "0b1010", "1.5", ".5", "5.", "1e10",
                          "1E-3", "1_0.0_1e1_0", "3j", "1.5J", "09.5", "09e1", "09j"}) {
        INFO(n);
        std::string src = std::string(n) + "\n";
        CHECK(kinds(src) == std::vector<K>{K::Number, K::Newline, K::EndMarker});
    }
    // A keyword may follow a number directly (CPython only warns).
    CHECK(kinds("1if x else 2\n") ==
          std::vector<K>{K::Number, K::KwIf, K::Name, K::KwElse, K::Number, K::Newline, K::EndMarker});
    CHECK(kinds("0x1for\n") == std::vector<K>{K::Number, K::KwOr, K::Newline, K::EndMarker});
}

TEST_CASE("tokenizer: strings", "[frontend][tokenizer]") {
    for (const char* s : {"'a'", "\"a\"", "r'a'", "b'a'", "rb'a'", "BR'a'", "u'a'", "f'{a}'", "Rf'a'", "fR'a'",
                          "'''a'''", "\"\"\"a\"\"\"", "''", "''''''", "'a\\'b'"}) {
        INFO(s);
        std::string src = std::string(s) + "\n";
        CHECK(kinds(src) == std::vector<K>{K::String, K::Newline, K::EndMarker});
    }
    // ub'' is a name followed by a string.
    CHECK(kinds("ub'a'\n")[0] == K::Name);
    // A multi-line string keeps its first line and column.
    TokenStream ts = lex("x = '''a\nbc'''\n");
    const Token& s = ts.tokens[2];
    CHECK(s.kind == K::String);
    CHECK(s.lineno == 1);
    CHECK(s.col == 4);
    CHECK(s.end_lineno == 2);
    CHECK(s.end_col == 5);
}

TEST_CASE("tokenizer: non-ASCII text uses byte columns", "[frontend][tokenizer]") {
    TokenStream ts = lex("café = 'é'\n");
    CHECK(ts.tokens[0].kind == K::Name);
    CHECK(ts.tokens[0].end_col == 5);  // "café" is 5 bytes
    CHECK(ts.tokens[2].col == 8);
    CHECK(ts.tokens[2].end_col == 12);
}

TEST_CASE("tokenizer: CRLF and a missing final newline", "[frontend][tokenizer]") {
    CHECK(kinds("x\r\ny\r\n") == kinds("x\ny\n"));
    CHECK(kinds("x") == std::vector<K>{K::Name, K::Newline, K::EndMarker});
}

TEST_CASE("tokenizer: errors", "[frontend][tokenizer]") {
    auto error = [](std::string_view src) {
        TokenStream ts = lex(src);
        REQUIRE(ts.error);
        CHECK(ts.tokens.back().kind == K::Error);
        return *ts.error;
    };
    TokenizerError e = error("x = 'abc\n");
    CHECK(e.kind == TokenizerErrorKind::Syntax);
    CHECK(e.info.msg == "unterminated string literal (detected at line 1)");
    CHECK(e.info.offset == 5);
    CHECK(e.info.text == "x = 'abc");

    e = error("x = '''abc\n\ny\n");
    CHECK(e.info.msg == "unterminated triple-quoted string literal (detected at line 3)");
    CHECK(e.info.lineno == 1);

    e = error("x = €\n");
    CHECK(e.info.msg == "invalid character '€' (U+20AC)");
    CHECK(e.info.offset == 5);

    e = error("x = 1_\n");
    CHECK(e.info.msg == "invalid decimal literal");
    e = error("x = 0777\n");
    CHECK(e.info.msg == "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                        "octal integers");
    CHECK(e.info.offset == 5);
    CHECK(e.info.end_offset == 6);
    e = error("x = 0b12\n");
    CHECK(e.info.msg == "invalid digit '2' in binary literal");

    e = error("x = )\n");
    CHECK(e.info.msg == "unmatched ')'");
    e = error("x = [\n1)\n");
    CHECK(e.info.msg == "closing parenthesis ')' does not match opening parenthesis '[' on line 1");

    e = error(std::string(201, '(') + "\n");
    CHECK(e.info.msg == "too many nested parentheses");
    CHECK(e.info.offset == 201);

    // Errors CPython reports only when the parser reaches them.
    CHECK(error("if x:\n    a\n  b\n").kind == TokenizerErrorKind::Dedent);
    CHECK(error("if x:\n\tif y:\n\t\ta\n        b\n").kind == TokenizerErrorKind::TabSpace);
    CHECK(error("x = 1 \\ 2\n").kind == TokenizerErrorKind::LineCont);
    e = error("f(1,\n  2\n");
    CHECK(e.kind == TokenizerErrorKind::Eof);
    CHECK(e.open_paren == '(');
    CHECK(e.open_paren_lineno == 1);
    CHECK(e.open_paren_col == 1);
}
