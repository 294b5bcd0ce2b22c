// runtime/args: each calling convention's checks with CPython 3.11.7's messages, called
// directly with vectorcall arguments (positional values followed by keyword values).
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <vector>

using namespace hs;

namespace {

struct RuntimeScope {
    Runtime* runtime;
    RuntimeScope() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeScope() { runtime_destroy(runtime); }
};

std::string take_error() {
    if (!error_occurred()) return "";
    std::string name = type_name(rt().error.type);
    Ref exc(fetch_error_normalized());
    Ref msg(exc ? object_str(exc.get()) : nullptr);
    if (!msg) {
        clear_error();
        return name + ": ?";
    }
    return name + ": " + std::string(str_view(msg.get()));
}

// A call: `npos` positional values then one value per keyword name.
struct Call {
    std::vector<Object*> values;
    Ref kwnames;
    size_t nargs = 0;
    Call(size_t npos, std::initializer_list<const char*> keywords) : nargs(npos) {
        for (size_t i = 0; i < npos + keywords.size(); ++i) values.push_back(int_from_int64(static_cast<int64_t>(i) + 1));
        if (keywords.size()) {
            kwnames = Ref(tuple_new(static_cast<ssize_t>(keywords.size())));
            size_t k = 0;
            for (const char* name : keywords) tuple_items(kwnames.get())[k++] = newref(intern(name));
        }
    }
    ~Call() {
        for (Object* v : values) decref(v);
    }
};

std::string parse(const ArgSpec& spec, size_t npos, std::initializer_list<const char*> keywords, Object** out = nullptr) {
    Call call(npos, keywords);
    Object* buffer[8];
    bool ok = parse_args(spec, call.values.data(), call.nargs, call.kwnames.get(), out ? out : buffer);
    if (ok) return "ok";
    return take_error();
}

} // namespace

TEST_CASE("METH_O and METH_NOARGS checks", "[args]") {
    RuntimeScope scope;
    Call kw(0, {"x"});
    CHECK(!check_one_arg("len", 0, nullptr));
    CHECK(take_error() == "TypeError: len() takes exactly one argument (0 given)");
    CHECK(!check_one_arg("list.append", 2, nullptr));
    CHECK(take_error() == "TypeError: list.append() takes exactly one argument (2 given)");
    CHECK(!check_one_arg("len", 1, kw.kwnames.get()));
    CHECK(take_error() == "TypeError: len() takes no keyword arguments");
    CHECK(check_one_arg("len", 1, nullptr));
    CHECK(!check_no_args("list.copy", 1, nullptr));
    CHECK(take_error() == "TypeError: list.copy() takes no arguments (1 given)");
    CHECK(!check_no_args("dict.keys", 0, kw.kwnames.get()));
    CHECK(take_error() == "TypeError: dict.keys() takes no keyword arguments");
    Ref empty(tuple_empty());
    CHECK(check_no_args("list.copy", 0, empty.get()));
}

TEST_CASE("positional-only builtins: _PyArg_CheckPositional messages", "[args]") {
    RuntimeScope scope;
    CHECK(!check_nargs("isinstance", 1, 2, 2));
    CHECK(take_error() == "TypeError: isinstance expected 2 arguments, got 1");
    CHECK(!check_nargs("iter", 0, 1, 2));
    CHECK(take_error() == "TypeError: iter expected at least 1 argument, got 0");
    CHECK(!check_nargs("vars", 2, 0, 1));
    CHECK(take_error() == "TypeError: vars expected at most 1 argument, got 2");
    CHECK(!check_nargs("sorted", 2, 1, 1));
    CHECK(take_error() == "TypeError: sorted expected 1 argument, got 2");
    static const ArgSpec get{"get", {"key", "default"}, 1, 2, 0, "dict.get"};
    CHECK(parse(get, 0, {}) == "TypeError: get expected at least 1 argument, got 0");
    CHECK(parse(get, 3, {}) == "TypeError: get expected at most 2 arguments, got 3");
    CHECK(parse(get, 0, {"key"}) == "TypeError: dict.get() takes no keyword arguments");
    Object* out[2];
    CHECK(parse(get, 1, {}, out) == "ok");
    CHECK(out[1] == nullptr);
}

TEST_CASE("keyword-capable builtins: _PyArg_UnpackKeywords messages", "[args]") {
    RuntimeScope scope;
    static const ArgSpec pow_spec{"pow", {"base", "exp", "mod"}, 2, 0};
    CHECK(parse(pow_spec, 1, {}) == "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(parse(pow_spec, 0, {"base"}) == "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(parse(pow_spec, 4, {}) == "TypeError: pow() takes at most 3 arguments (4 given)");
    CHECK(parse(pow_spec, 2, {"base"}) == "TypeError: argument for pow() given by name ('base') and position (1)");
    CHECK(parse(pow_spec, 1, {"exp", "base"}) == "TypeError: argument for pow() given by name ('base') and position (1)");
    Object* out[3];
    CHECK(parse(pow_spec, 0, {"exp", "base"}, out) == "ok");
    CHECK(int_as_ssize(out[0]) == 2);  // base: the second keyword value
    CHECK(int_as_ssize(out[1]) == 1);
    CHECK(out[2] == nullptr);

    static const ArgSpec round_spec{"round", {"number", "ndigits"}, 1, 0};
    CHECK(parse(round_spec, 0, {"number", "ndigits", "x"}) == "TypeError: round() takes at most 2 keyword arguments (3 given)");

    static const ArgSpec sum_spec{"sum", {"iterable", "start"}, 1, 1};
    CHECK(parse(sum_spec, 0, {}) == "TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK(parse(sum_spec, 1, {"iterable"}) == "TypeError: 'iterable' is an invalid keyword argument for sum()");
    CHECK(parse(sum_spec, 1, {"start", "x"}) == "TypeError: sum() takes at most 2 arguments (3 given)");

    static const ArgSpec int_spec{"int", {"x", "base"}, 0, 1};
    CHECK(parse(int_spec, 0, {"x"}) == "TypeError: 'x' is an invalid keyword argument for int()");
    CHECK(parse(int_spec, 3, {}) == "TypeError: int() takes at most 2 arguments (3 given)");

    static const ArgSpec to_bytes{"to_bytes", {"length", "byteorder", "signed"}, 0, 0, 1};
    CHECK(parse(to_bytes, 3, {}) == "TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
    CHECK(parse(to_bytes, 0, {"x"}) == "TypeError: 'x' is an invalid keyword argument for to_bytes()");

    static const ArgSpec sort_spec{"sort", {"key", "reverse"}, 0, 0, 2};
    CHECK(parse(sort_spec, 1, {}) == "TypeError: sort() takes no positional arguments");

    static const ArgSpec exact{"f", {"a", "b"}, 2, 0, 0};
    CHECK(parse(exact, 3, {}) == "TypeError: f() takes at most 2 arguments (3 given)");
    static const ArgSpec exact_pos{"f", {"a", "b", "c"}, 2, 2, 1};
    CHECK(parse(exact_pos, 3, {}) == "TypeError: f() takes exactly 2 positional arguments (3 given)");
    CHECK(parse(exact_pos, 1, {}) == "TypeError: f() takes exactly 2 positional arguments (1 given)");

    static const ArgSpec required_kw{"f", {"a", "key"}, 2, 0, 1};
    CHECK(parse(required_kw, 1, {}) == "TypeError: f() missing required argument 'key' (pos 2)");
}

TEST_CASE("parse_keywords: *args builtins with keyword-only parameters", "[args]") {
    RuntimeScope scope;
    static const ArgSpec print_spec{"print", {"sep", "end", "file", "flush"}};
    Call call(2, {"end", "x"});
    Object* out[4];
    CHECK(!parse_keywords(print_spec, call.values.data(), call.nargs, call.kwnames.get(), out));
    CHECK(take_error() == "TypeError: 'x' is an invalid keyword argument for print()");
    static const ArgSpec max_spec{"max", {"key", "default"}};
    Call three(1, {"key", "default", "x"});
    CHECK(!parse_keywords(max_spec, three.values.data(), three.nargs, three.kwnames.get(), out));
    CHECK(take_error() == "TypeError: max() takes at most 2 keyword arguments (3 given)");
    Call good(2, {"end", "sep"});
    REQUIRE(parse_keywords(print_spec, good.values.data(), good.nargs, good.kwnames.get(), out));
    CHECK(out[0] == good.values[3]);
    CHECK(out[1] == good.values[2]);
    CHECK(out[2] == nullptr);
}
