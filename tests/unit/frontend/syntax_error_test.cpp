// The syntax errors a learner meets most often, with CPython 3.11's exact SyntaxError fields
// (values taken from compile(src, 'f', 'exec')). The conformance corpus has many more.
#include <catch2/catch.hpp>

#include "frontend/parser.h"

using hs::frontend::parse_module;

namespace {

struct Expected {
    const char* source;
    const char* type;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
    const char* text;
};

const Expected kCommonErrors[] = {
    {"print('hello'\n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0, "print('hello'\n"},
    {"x = 1)\n", "SyntaxError", "unmatched ')'", 1, 6, 1, 6, "x = 1)"},
    {"x = (1]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7,
     "x = (1]"},
    {"x = 1 2\n", "SyntaxError", "invalid syntax", 1, 7, 1, 8, "x = 1 2\n"},
    {"f(a b)\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 3, 1, 6, "f(a b)\n"},
    {"if x\n    pass\n", "SyntaxError", "expected ':'", 1, 5, 1, 5, "if x\n"},
    {"  x = 1\n", "IndentationError", "unexpected indent", 1, 2, 1, -1, "  x = 1\n"},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5,
     "pass\n"},
    {"if x:\n    a\n  b\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, -1,
     "  b\n"},
    {"if x:\n\ta\n        b\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0,
     "        b\n"},
    {"x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'abc"},
    {"x = '''a\n\nb\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5, 1, 5,
     "x = '''a"},
    {"x = 1a\n", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1a"},
    {"x = 0777\n", "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6,
     "x = 0777"},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1,
     1, 4, "f() = 1\n"},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2,
     "1 = x\n"},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8, "del f()\n"},
    {"x = \xE2\x82\xAC\n", "SyntaxError", "invalid character '\xE2\x82\xAC' (U+20AC)", 1, 5, 1, 5,
     "x = \xE2\x82\xAC"},
    {"print 'hello'\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1,
     14, "print 'hello'\n"},
    {"f'{'\n", "SyntaxError", "f-string: expecting '}'", 1, 5, 1, 5, "f'{'\n"},
    {"f'{}'\n", "SyntaxError", "f-string: empty expression not allowed", 1, 6, 1, 6, "f'{}'\n"},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10, "f(a=1, b)\n"},
    {"def f(a=1, b): pass\n", "SyntaxError", "non-default argument follows default argument", 1, 12, 1, 13,
     "def f(a=1, b): pass\n"},
    {"x = (\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (\n"},
};

} // namespace

TEST_CASE("syntax errors: the common cases match CPython 3.11", "[frontend][errors]") {
    for (const Expected& e : kCommonErrors) {
        INFO("source: " << e.source);
        auto r = parse_module(e.source);
        REQUIRE(r.error.has_value());
        CHECK(r.module == nullptr);
        CHECK(r.error->type == e.type);
        CHECK(r.error->msg == e.msg);
        CHECK(r.error->lineno == e.lineno);
        CHECK(r.error->offset == e.offset);
        CHECK(r.error->end_lineno == e.end_lineno);
        CHECK(r.error->end_offset == e.end_offset);
        CHECK(r.error->text == e.text);
    }
}

TEST_CASE("syntax errors: a tokenizer error later in the file wins, as in CPython", "[frontend][errors]") {
    // CPython tokenizes the rest of the file after a parser error.
    auto r = parse_module("x = = 1\ny = 'abc\n");
    REQUIRE(r.error);
    CHECK(r.error->msg == "unterminated string literal (detected at line 2)");
    // An unclosed bracket wins over an error on a later line...
    r = parse_module("foo(1,\nx = 2\n");
    REQUIRE(r.error);
    CHECK(r.error->msg == "'(' was never closed");
    // ...but not over an error before it.
    r = parse_module("f(a=1, b)\nx = (\n");
    REQUIRE(r.error);
    CHECK(r.error->msg == "positional argument follows keyword argument");
}

TEST_CASE("syntax errors: \\N{...} escapes are rejected clearly", "[frontend][errors]") {
    auto r = parse_module("x = '\\N{EURO SIGN}'\n");
    REQUIRE(r.error);
    CHECK(r.error->msg.find("heapscope does not support \\N{...} escapes") != std::string::npos);
}
