// format_exception (runtime/traceback_print.h) on exceptions without tracebacks: chaining,
// notes, SyntaxError location blocks, empty messages. Expected texts are CPython 3.11.7's
// sys.excepthook(type(e), e, None) output for the same exceptions.
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/traceback_print.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <string_view>

using namespace hs;

namespace {

struct RuntimeFixture {
    Runtime* runtime;
    RuntimeFixture() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeFixture() { runtime_destroy(runtime); }
};

const std::map<std::string, std::string> kExpected = {
    {"context", "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: v\n"},
    {"cause", "TypeError\n\nThe above exception was the direct cause of the following exception:\n\nValueError: v\n"},
    {"suppressed", "ValueError: v\n"},
    {"cause_wins", "TypeError: t\n\nThe above exception was the direct cause of the following exception:\n\nValueError: v\n"},
    {"cycle", "TypeError: b\n\nDuring handling of the above exception, another exception occurred:\n\nValueError: a\n"},
    {"notes", "ValueError: v\nn1\ntwo\nlines\n"},
    {"notes_not_sequence", "ValueError: v\n5"},
    {"syntax", "  File \"/abs/p.py\", line 3\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
    {"indentation", "  File \"/abs/p.py\", line 3\n    print(i)\n    ^\nIndentationError: expected an indented block after 'for' statement on line 2\n"},
    {"empty_message", "Exception\n"},
    {"key_error", "KeyError: 'banana'\n"},
    {"three", "ZeroDivisionError: division by zero\n\nDuring handling of the above exception, another exception occurred:\n\nIndexError: list index out of range\n\nDuring handling of the above exception, another exception occurred:\n\nKeyError: 'k'\n"},
};

Ref S(std::string_view s) { return Ref(str_from_utf8(s)); }
Ref I(int64_t v) { return Ref(int_from_int64(v)); }

Ref make(TypeObject* type, std::initializer_list<Object*> args) { return Ref(call_args(type, args)); }
Ref make(TypeObject* type, std::string_view message) {
    Ref m = S(message);
    return make(type, {m.get()});
}

void set_context(Object* exc, Object* ctx) { exception_set_context(exc, newref(ctx)); }

} // namespace

TEST_CASE("chained exceptions print causes and contexts first", "[traceback]") {
    RuntimeFixture rt_;
    {
        Ref e = make(&ValueErrorType, "v");
        Ref k = make(&KeyErrorType, "k");
        set_context(e.get(), k.get());
        CHECK(format_exception(e.get()) == kExpected.at("context"));
        as_exception(e.get())->suppress_context = true;
        CHECK(format_exception(e.get()) == kExpected.at("suppressed"));
    }
    {
        Ref e = make(&ValueErrorType, "v");
        Ref t = make(&TypeErrorType, {});
        REQUIRE(object_setattr_str(e.get(), "__cause__", t.get()) == 0);
        CHECK(format_exception(e.get()) == kExpected.at("cause"));
    }
    {
        Ref e = make(&ValueErrorType, "v");
        Ref k = make(&KeyErrorType, "k");
        Ref t = make(&TypeErrorType, "t");
        set_context(e.get(), k.get());
        REQUIRE(object_setattr_str(e.get(), "__cause__", t.get()) == 0);
        CHECK(format_exception(e.get()) == kExpected.at("cause_wins"));
    }
    {
        // A context cycle prints each exception once.
        Ref a = make(&ValueErrorType, "a");
        Ref b = make(&TypeErrorType, "b");
        set_context(a.get(), b.get());
        set_context(b.get(), a.get());
        CHECK(format_exception(a.get()) == kExpected.at("cycle"));
        exception_set_context(b.get(), nullptr);  // break the cycle so both are freed
    }
    {
        Ref z = make(&ZeroDivisionErrorType, "division by zero");
        Ref i = make(&IndexErrorType, "list index out of range");
        Ref k = make(&KeyErrorType, "k");
        set_context(i.get(), z.get());
        set_context(k.get(), i.get());
        CHECK(format_exception(k.get()) == kExpected.at("three"));
    }
}

TEST_CASE("notes follow the message line", "[traceback]") {
    RuntimeFixture rt_;
    Ref e = make(&ValueErrorType, "v");
    Ref n1 = S("n1"), n2 = S("two\nlines");
    Ref r1(call_method(e.get(), "add_note", {n1.get()}));
    Ref r2(call_method(e.get(), "add_note", {n2.get()}));
    CHECK(format_exception(e.get()) == kExpected.at("notes"));
    Ref five = I(5);
    REQUIRE(object_setattr_str(e.get(), "__notes__", five.get()) == 0);
    CHECK(format_exception(e.get()) == kExpected.at("notes_not_sequence"));
}

TEST_CASE("SyntaxError prints its location block instead of a traceback", "[traceback]") {
    RuntimeFixture rt_;
    Ref file = S("/abs/p.py"), text = S("x = [1, 2\n"), three = I(3), five = I(5), six = I(6);
    Ref info(tuple_pack({file.get(), three.get(), five.get(), text.get(), three.get(), six.get()}));
    Ref msg = S("'[' was never closed");
    Ref e = make(&SyntaxErrorType, {msg.get(), info.get()});
    CHECK(format_exception(e.get()) == kExpected.at("syntax"));

    Ref text2 = S("print(i)\n"), one = I(1);
    Ref info2(tuple_pack({file.get(), three.get(), one.get(), text2.get(), three.get(), six.get()}));
    Ref msg2 = S("expected an indented block after 'for' statement on line 2");
    Ref e2 = make(&IndentationErrorType, {msg2.get(), info2.get()});
    CHECK(format_exception(e2.get()) == kExpected.at("indentation"));
}

TEST_CASE("the message line", "[traceback]") {
    RuntimeFixture rt_;
    CHECK(format_exception(make(&ExceptionType, {}).get()) == kExpected.at("empty_message"));
    CHECK(format_exception(make(&KeyErrorType, "banana").get()) == kExpected.at("key_error"));
    Ref five = I(5);
    CHECK(format_exception(five.get()) == "TypeError: print_exception(): Exception expected for value, int found\n");
    // A pending exception survives formatting.
    set_error(&ValueErrorType, "pending");
    CHECK(format_exception(make(&ExceptionType, {}).get()) == "Exception\n");
    CHECK(error_matches(&ValueErrorType));
    clear_error();
}
