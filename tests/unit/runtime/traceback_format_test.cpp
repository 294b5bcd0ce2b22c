// The traceback formatter (runtime/traceback_print.h) on hand-made entries. Every expected
// text is what CPython 3.11.7 printed for the same program (sys.excepthook), and each entry's
// position is the failing instruction's co_positions() there.
#include "runtime/traceback_print.h"
#include "unicode/chartype.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace hs;

namespace {

struct Case {
    const char* name;
    const char* source;
    std::vector<TracebackEntry> entries;
    const char* expected;  // the whole uncaught-exception text
};

const std::vector<Case> kCases = {
    {"binop_in_function", "def average(values):\n    return sum(values) / len(values)\n\nprint(average([]))\n", {
        {"/home/user/binop_in_function.py", "<module>", 4, 4, 4, 6, 17},
        {"/home/user/binop_in_function.py", "average", 2, 2, 2, 11, 36},
     }, "Traceback (most recent call last):\n  File \"/home/user/binop_in_function.py\", line 4, in <module>\n    print(average([]))\n          ^^^^^^^^^^^\n  File \"/home/user/binop_in_function.py\", line 2, in average\n    return sum(values) / len(values)\n           ~~~~~~~~~~~~^~~~~~~~~~~~~\nZeroDivisionError: division by zero\n"},
    {"subscript", "items = [1, 2]\nindex = 5\nprint(items[index] * 2)\n", {
        {"/home/user/subscript.py", "<module>", 3, 3, 3, 6, 18},
     }, "Traceback (most recent call last):\n  File \"/home/user/subscript.py\", line 3, in <module>\n    print(items[index] * 2)\n          ~~~~~^^^^^^^\nIndexError: list index out of range\n"},
    {"whole_line_call", "def f(x):\n    return 1 / x\nf(0)\n", {
        {"/home/user/whole_line_call.py", "<module>", 3, 3, 3, 0, 4},
        {"/home/user/whole_line_call.py", "f", 2, 2, 2, 11, 16},
     }, "Traceback (most recent call last):\n  File \"/home/user/whole_line_call.py\", line 3, in <module>\n    f(0)\n  File \"/home/user/whole_line_call.py\", line 2, in f\n    return 1 / x\n           ~~^~~\nZeroDivisionError: division by zero\n"},
    {"paren_left_operand", "x = 1; y = 0\nz = (x)/y\n", {
        {"/home/user/paren_left_operand.py", "<module>", 2, 2, 2, 4, 9},
     }, "Traceback (most recent call last):\n  File \"/home/user/paren_left_operand.py\", line 2, in <module>\n    z = (x)/y\n        ~~~^~\nZeroDivisionError: division by zero\n"},
    {"paren_floordiv", "x = 1; y = 0\nz = (x)//y\n", {
        {"/home/user/paren_floordiv.py", "<module>", 2, 2, 2, 4, 10},
     }, "Traceback (most recent call last):\n  File \"/home/user/paren_floordiv.py\", line 2, in <module>\n    z = (x)//y\n        ~~~^^~\nZeroDivisionError: integer division or modulo by zero\n"},
    {"paren_spaces", "x = 1; y = 0\nz = ((x) )/ (y)\n", {
        {"/home/user/paren_spaces.py", "<module>", 2, 2, 2, 4, 15},
     }, "Traceback (most recent call last):\n  File \"/home/user/paren_spaces.py\", line 2, in <module>\n    z = ((x) )/ (y)\n        ~~~~~~^~~~~\nZeroDivisionError: division by zero\n"},
    {"subscript_spaces", "a = [1]\nz = a [ 5 ] \n", {
        {"/home/user/subscript_spaces.py", "<module>", 2, 2, 2, 4, 11},
     }, "Traceback (most recent call last):\n  File \"/home/user/subscript_spaces.py\", line 2, in <module>\n    z = a [ 5 ] \n        ~~^^^^^\nIndexError: list index out of range\n"},
    {"subscript_paren_slice", "a = [1]\nz = a[(5)]\n", {
        {"/home/user/subscript_paren_slice.py", "<module>", 2, 2, 2, 4, 10},
     }, "Traceback (most recent call last):\n  File \"/home/user/subscript_paren_slice.py\", line 2, in <module>\n    z = a[(5)]\n        ~^^^^^\nIndexError: list index out of range\n"},
    {"subscript_paren_value", "a = [1]\nz = (a)[5]\n", {
        {"/home/user/subscript_paren_value.py", "<module>", 2, 2, 2, 4, 10},
     }, "Traceback (most recent call last):\n  File \"/home/user/subscript_paren_value.py\", line 2, in <module>\n    z = (a)[5]\n        ~~~^^^\nIndexError: list index out of range\n"},
    {"wide_chars", "d = {}\nx = ('中文', d['中'])\n", {
        {"/home/user/wide_chars.py", "<module>", 2, 2, 2, 15, 23},
     }, "Traceback (most recent call last):\n  File \"/home/user/wide_chars.py\", line 2, in <module>\n    x = ('中文', d['中'])\n                 ~^^^^^^\nKeyError: '中'\n"},
    {"latin1_chars", "s = 'é'\nz = s + 5\n", {
        {"/home/user/latin1_chars.py", "<module>", 2, 2, 2, 4, 9},
     }, "Traceback (most recent call last):\n  File \"/home/user/latin1_chars.py\", line 2, in <module>\n    z = s + 5\n        ~~^~~\nTypeError: can only concatenate str (not \"int\") to str\n"},
    {"multiline_call", "def combine(a, b, c):\n    return a + b + c\nresult = combine(\n    1, 2,\n    'x')\n", {
        {"/home/user/multiline_call.py", "<module>", 3, 3, 5, 9, 8},
        {"/home/user/multiline_call.py", "combine", 2, 2, 2, 11, 20},
     }, "Traceback (most recent call last):\n  File \"/home/user/multiline_call.py\", line 3, in <module>\n    result = combine(\n             ^^^^^^^^\n  File \"/home/user/multiline_call.py\", line 2, in combine\n    return a + b + c\n           ~~~~~~^~~\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\n"},
    {"trailing_comment", "x = 1; y = 0\nz = (x) / y   # comment\n", {
        {"/home/user/trailing_comment.py", "<module>", 2, 2, 2, 4, 11},
     }, "Traceback (most recent call last):\n  File \"/home/user/trailing_comment.py\", line 2, in <module>\n    z = (x) / y   # comment\n        ~~~~^~~\nZeroDivisionError: division by zero\n"},
    {"trailing_spaces", "x = 1; y = 0\nz = x/y   \n", {
        {"/home/user/trailing_spaces.py", "<module>", 2, 2, 2, 4, 7},
     }, "Traceback (most recent call last):\n  File \"/home/user/trailing_spaces.py\", line 2, in <module>\n    z = x/y   \n        ~^~\nZeroDivisionError: division by zero\n"},
    {"tab_indent", "def f():\n\treturn 1 / 0\nf()\n", {
        {"/home/user/tab_indent.py", "<module>", 3, 3, 3, 0, 3},
        {"/home/user/tab_indent.py", "f", 2, 2, 2, 8, 13},
     }, "Traceback (most recent call last):\n  File \"/home/user/tab_indent.py\", line 3, in <module>\n    f()\n  File \"/home/user/tab_indent.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"},
    {"nested_subscript", "data = {'rows': [[1], [2]]}\nprint(data['rows'][1][1] + 1)\n", {
        {"/home/user/nested_subscript.py", "<module>", 2, 2, 2, 6, 24},
     }, "Traceback (most recent call last):\n  File \"/home/user/nested_subscript.py\", line 2, in <module>\n    print(data['rows'][1][1] + 1)\n          ~~~~~~~~~~~~~~~^^^\nIndexError: list index out of range\n"},
    {"attribute", "class P: pass\np = P()\nprint(p.xx)\n", {
        {"/home/user/attribute.py", "<module>", 3, 3, 3, 6, 10},
     }, "Traceback (most recent call last):\n  File \"/home/user/attribute.py\", line 3, in <module>\n    print(p.xx)\n          ^^^^\nAttributeError: 'P' object has no attribute 'xx'\n"},
    {"two_char_op", "x = 2\ny = x ** 'a'\n", {
        {"/home/user/two_char_op.py", "<module>", 2, 2, 2, 4, 12},
     }, "Traceback (most recent call last):\n  File \"/home/user/two_char_op.py\", line 2, in <module>\n    y = x ** 'a'\n        ~~^^~~~~\nTypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'\n"},
    {"matmul", "x = 2\ny = x @ x\n", {
        {"/home/user/matmul.py", "<module>", 2, 2, 2, 4, 9},
     }, "Traceback (most recent call last):\n  File \"/home/user/matmul.py\", line 2, in <module>\n    y = x @ x\n        ~~^~~\nTypeError: unsupported operand type(s) for @: 'int' and 'int'\n"},
    {"dict_key", "prices = {}\nprint(prices[\"banana\"])\n", {
        {"/home/user/dict_key.py", "<module>", 2, 2, 2, 6, 22},
     }, "Traceback (most recent call last):\n  File \"/home/user/dict_key.py\", line 2, in <module>\n    print(prices[\"banana\"])\n          ~~~~~~^^^^^^^^^^\nKeyError: 'banana'\n"},
    {"call_in_expression", "def g():\n    raise ValueError('v')\nx = 1 + g()\n", {
        {"/home/user/call_in_expression.py", "<module>", 3, 3, 3, 8, 11},
        {"/home/user/call_in_expression.py", "g", 2, 2, 2, 4, 25},
     }, "Traceback (most recent call last):\n  File \"/home/user/call_in_expression.py\", line 3, in <module>\n    x = 1 + g()\n            ^^^\n  File \"/home/user/call_in_expression.py\", line 2, in g\n    raise ValueError('v')\nValueError: v\n"},
};

} // namespace

TEST_CASE("traceback entries print as CPython 3.11 prints them", "[traceback]") {
    for (const Case& c : kCases) {
        INFO(c.name);
        std::string source = c.source;
        SourceLineFn lookup = [&](std::string_view, int lineno, std::string& line) {
            return source_line_of(source, lineno, line);
        };
        std::string got = "Traceback (most recent call last):\n" + format_traceback_entries(c.entries, lookup);
        std::string expected = c.expected;
        // The expected text ends with the "Type: message" line, which is not the entries' job.
        size_t last_line = expected.rfind('\n', expected.size() - 2);
        CHECK(got == expected.substr(0, last_line + 1));
    }
}

TEST_CASE("a source line that is not available prints only the File line", "[traceback]") {
    SourceLineFn none = [](std::string_view, int, std::string&) { return false; };
    TracebackEntry e{"<string>", "<module>", 1, 1, 1, 0, 5};
    CHECK(format_traceback_entry(e, none) == "  File \"<string>\", line 1, in <module>\n");
}

TEST_CASE("an entry without a position has no caret line", "[traceback]") {
    SourceLineFn src = [](std::string_view, int, std::string& line) {
        line = "    x = f(1) + 2";
        return true;
    };
    TracebackEntry e{"f.py", "g", 3, -1, -1, -1, -1};
    CHECK(format_traceback_entry(e, src) == "  File \"f.py\", line 3, in g\n    x = f(1) + 2\n");
}

TEST_CASE("three identical entries, then the repetition line", "[traceback]") {
    // From CPython: def countdown(n): return countdown(n - 1), called as countdown(10).
    std::string source = "def countdown(n):\n    return countdown(n - 1)\n\n\ncountdown(10)\n";
    SourceLineFn lookup = [&](std::string_view, int lineno, std::string& line) {
        return source_line_of(source, lineno, line);
    };
    std::vector<TracebackEntry> entries;
    entries.push_back({"r.py", "<module>", 5, 5, 5, 0, 13});
    for (int i = 0; i < 999; i++) entries.push_back({"r.py", "countdown", 2, 2, 2, 11, 27});
    std::string frame = "  File \"r.py\", line 2, in countdown\n    return countdown(n - 1)\n           ^^^^^^^^^^^^^^^^\n";
    CHECK(format_traceback_entries(entries, lookup) ==
          "  File \"r.py\", line 5, in <module>\n    countdown(10)\n" + frame + frame + frame +
              "  [Previous line repeated 996 more times]\n");

    // One more than the cutoff says "time"; over 1000 entries only the innermost 1000 print.
    std::vector<TracebackEntry> four(4, TracebackEntry{"r.py", "countdown", 2, 2, 2, 11, 27});
    CHECK(format_traceback_entries(four, lookup) == frame + frame + frame + "  [Previous line repeated 1 more time]\n");
    entries.push_back({"r.py", "countdown", 2, 2, 2, 11, 27});
    CHECK(format_traceback_entries(entries, lookup) == frame + frame + frame +
                                                           "  [Previous line repeated 997 more times]\n");
}

TEST_CASE("source lines split on universal newlines", "[traceback]") {
    std::string line;
    CHECK(source_line_of("a\r\nb\rc\nd", 2, line));
    CHECK(line == "b");
    CHECK(source_line_of("a\r\nb\rc\nd", 4, line));
    CHECK(line == "d");
    CHECK_FALSE(source_line_of("a\nb\n", 3, line));
    CHECK_FALSE(source_line_of("a\nb\n", 0, line));
}

TEST_CASE("display widths of East Asian characters", "[traceback]") {
    CHECK(unicode::display_width('a') == 1);
    CHECK(unicode::display_width(0xE9) == 1);      // é
    CHECK(unicode::display_width(0x4E2D) == 2);    // 中
    CHECK(unicode::display_width(0x1F600) == 2);   // 😀
    CHECK(unicode::display_width(0xFF21) == 2);    // fullwidth A
    CHECK(unicode::display_width(0x20AC) == 1);    // €
}

namespace {

struct SyntaxCase {
    const char* filename;
    ssize_t lineno, offset, end_lineno, end_offset;  // as print_exception_file_and_line reads them
    const char* text;                                  // nullptr: SyntaxError.text is None
    const char* expected;
};

// SyntaxError('msg', (filename, lineno, offset, text, end_lineno, end_offset)) shown by
// CPython's sys.excepthook (the location block, before "SyntaxError: msg").
const SyntaxCase kSyntaxCases[] = {
    {"p.py", 3, 5, 3, 6, "x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n        ^\n"},
    {"p.py", 3, 5, 3, 9, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n    ^^^^\n"},
    {"p.py", 3, 5, 3, 3, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n    ^\n"},
    {"p.py", 3, 5, 4, 3, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n    ^^^^^^^^^\n"},
    {"p.py", 3, 50, 3, 90, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n             ^\n"},
    {"p.py", 3, 0, 3, 0, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n"},
    {"p.py", 3, 2, 3, 4, "    x = [1, 2\n", "  File \"p.py\", line 3\n    x = [1, 2\n"},
    {"p.py", 3, 5, 3, 8, "x = [1, 2\ny = 3\n", "  File \"p.py\", line 3\n    x = [1, 2\ny = 3\n        ^^^\n"},
    {"p.py", 3, 14, 3, 16, "x = [1, 2\ny = 3\n", "  File \"p.py\", line 3\n    y = 3\n       ^^\n"},
    {"p.py", 3, -1, 3, -1, "x = [1, 2", "  File \"p.py\", line 3\n    x = [1, 2\n"},
    {"p.py", 3, 5, 3, -1, "x = [1, 2", "  File \"p.py\", line 3\n    x = [1, 2\n        ^\n"},
    {"p.py", 3, 5, 3, 7, nullptr, "  File \"p.py\", line 3\n"},
    {"p.py", 3, 5, 3, 7, "é = [1, 2", "  File \"p.py\", line 3\n    é = [1, 2\n        ^^\n"},
    {"p.py", 3, 3, 3, 7, "\tx = [1, 2", "  File \"p.py\", line 3\n    x = [1, 2\n     ^^^^\n"},
    {"p.py", 3, 5, 3, 7, "\fx = [1, 2", "  File \"p.py\", line 3\n    x = [1, 2\n       ^^\n"},
    {"p.py", 3, -2, 3, 7, "x = [1, 2", "  File \"p.py\", line 3\n    x = [1, 2\n"},
    {"p.py", 3, 5, 3, 7, "x = [1, 2   \n", "  File \"p.py\", line 3\n    x = [1, 2   \n        ^^\n"},
    {"/abs/dir/prog.py", 12, 1, 12, 14, "print \"hello\"\n", "  File \"/abs/dir/prog.py\", line 12\n    print \"hello\"\n    ^^^^^^^^^^^^^\n"},
    {"p.py", 1, 9, 1, 10, "x = (1, 2\n", "  File \"p.py\", line 1\n    x = (1, 2\n            ^\n"},
};

} // namespace

TEST_CASE("SyntaxError location blocks print as CPython 3.11 prints them", "[traceback]") {
    for (const SyntaxCase& c : kSyntaxCases) {
        INFO(c.expected);
        std::string text = c.text ? c.text : "";
        CHECK(format_syntax_error_location(c.filename, c.lineno, c.offset, c.end_lineno, c.end_offset,
                                           c.text ? &text : nullptr) == c.expected);
    }
}

namespace {

// "s0", "s1", ... and "spa", sorted as dir() sorts them.
std::vector<std::string> many_names(size_t n) {
    std::vector<std::string> names;
    for (size_t i = 0; i + 1 < n; i++) names.push_back("s" + std::to_string(i));
    names.push_back("spa");
    std::sort(names.begin(), names.end());
    return names;
}

struct SuggestionCase {
    std::string name;
    std::vector<std::string> candidates;
    std::string expected;  // "" when CPython offers nothing
};

} // namespace

TEST_CASE("suggestions pick what CPython 3.11 picks", "[traceback]") {
    // Expected values: AttributeError on an object whose __dir__ returns the candidates.
    const std::vector<SuggestionCase> cases = {
    {"countr", {"count", "counter", "country", "x"}, "count"},
    {"xx", {"x", "y"}, "x"},
    {"getrefcnt", {"argv", "exit", "get", "getrefcount", "getsizeof", "path"}, "getrefcount"},
    {"Foo", {"bar", "foo"}, "foo"},
    {"FOO", {"foo"}, "foo"},
    {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", {"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"}, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"},
    {"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", {"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"}, ""},
    {"ab", {"cd"}, ""},
    {"ab", {"ab", "abc"}, "abc"},
    {"blech", {"blach", "bluch"}, "blach"},
    {"apend", {"append", "extend", "pop"}, "append"},
    {"lenght", {"len", "length"}, "length"},
    {"vlaue", {"value", "values"}, "value"},
    {"a", {"b"}, ""},
    {"a", {"ab"}, "ab"},
    {"abc", {"ABC", "abd"}, "abd"},
    {"spam", many_names(750), ""},
    {"spam", many_names(749), "spa"},
    {"_", {"__", "___"}, "__"},
    {"print_", {"print", "sprint_"}, "print"},
    };
    for (const SuggestionCase& c : cases) {
        INFO(c.name);
        CHECK(compute_suggestion(c.name, c.candidates) == c.expected);
    }
}

TEST_CASE("suggestion distances use CPython's costs", "[traceback]") {
    CHECK(suggestion_distance("abc", "abc", 10) == 0);
    CHECK(suggestion_distance("abc", "ABC", 10) == 3);   // three case flips
    CHECK(suggestion_distance("abc", "abd", 10) == 2);   // one substitution
    CHECK(suggestion_distance("ab", "abcd", 10) == 4);   // two insertions
    CHECK(suggestion_distance("ab", "abcdef", 3) == 8);  // affixes trimmed: all moves, no limit
    CHECK(suggestion_distance("xa", "yabcd", 3) == 4);   // too far: max_cost + 1
}
