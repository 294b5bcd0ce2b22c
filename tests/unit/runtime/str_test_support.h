// Helpers for the str/bytes unit tests: a runtime per test, object builders, and running a
// method call the way Python code would (attribute lookup, then a call with keywords), giving
// repr(result) or "ExceptionType: message" as CPython 3.11 prints them.
#pragma once

#include "objects/bytesobject.h"
#include "objects/dictobject.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/str_bytes.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <cmath>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hs::test {

struct RuntimeScope {
    Runtime* runtime;
    RuntimeScope() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~RuntimeScope() { runtime_destroy(runtime); }
};

inline Ref S(std::string_view utf8) { return Ref(str_from_utf8(utf8)); }
inline Ref B(std::string_view data) { return Ref(bytes_from(data)); }
inline Ref I(int64_t v) { return Ref(int_from_int64(v)); }
inline std::string text(Object* s) { return std::string(str_view(s)); }

// "TypeError: message" for the pending exception (cleared), or "" when none is set.
inline std::string take_error() {
    if (!error_occurred()) return "";
    TypeObject* type = rt().error.type;
    std::string name = type_name(type);
    Ref exc(fetch_error_normalized());
    if (!exc) return name + ": <unnormalizable>";
    Ref msg(object_str(exc.get()));
    if (!msg) {
        clear_error();
        return name + ": <str failed>";
    }
    return name + ": " + text(msg.get());
}

// repr(o), or the error text if o is null.
inline std::string repr_or_error(Object* o) {
    if (!o) return take_error();
    Ref r(object_repr(o));
    if (!r) return take_error();
    return text(r.get());
}

// A Python value described in a test table.
struct A {
    enum Kind { None, Bool, Int, Big, Real, Str, Bytes, ByteArray, Tuple, List, Dict } kind = None;
    int64_t i = 0;
    double d = 0;
    std::string s;
    // Tuple/list items; a dict's keys and values, alternating (a vector of pairs of the
    // still-incomplete A would not compile with clang's libstdc++ checks).
    std::vector<A> items;

    static A none() { return A{}; }
    static A boolean(bool v) { A a; a.kind = Bool; a.i = v; return a; }
    static A integer(int64_t v) { A a; a.kind = Int; a.i = v; return a; }
    static A bigint(const char* digits) { A a; a.kind = Big; a.s = digits; return a; }
    static A real(double v) { A a; a.kind = Real; a.d = v; return a; }
    static A str(const char* p, size_t n) { A a; a.kind = Str; a.s.assign(p, n); return a; }
    static A bytes(const char* p, size_t n) { A a; a.kind = Bytes; a.s.assign(p, n); return a; }
    static A bytearray(const char* p, size_t n) { A a; a.kind = ByteArray; a.s.assign(p, n); return a; }
    static A tuple(std::vector<A> v) { A a; a.kind = Tuple; a.items = std::move(v); return a; }
    static A list(std::vector<A> v) { A a; a.kind = List; a.items = std::move(v); return a; }
    static A dict(std::vector<std::pair<A, A>> v) {
        A a;
        a.kind = Dict;
        for (auto& [key, value] : v) {
            a.items.push_back(std::move(key));
            a.items.push_back(std::move(value));
        }
        return a;
    }

    Ref make() const {
        switch (kind) {
        case None: return Ref(new_none());
        case Bool: return Ref(new_bool(i != 0));
        case Int: return I(i);
        case Big: return Ref(int_from_bigint(*numeric::BigInt::from_string(s, 10)));
        case Real: return Ref(float_from_double(d));
        case Str: return S(s);
        case Bytes: return B(s);
        case ByteArray: return Ref(bytearray_from(s));
        case Tuple: {
            Ref t(tuple_new(static_cast<ssize_t>(items.size())));
            for (size_t k = 0; k < items.size(); ++k) tuple_items(t.get())[k] = items[k].make().release();
            return t;
        }
        case List: {
            Ref l(list_new(0));
            for (const A& item : items) list_append(l.get(), item.make().get());
            return l;
        }
        case Dict: {
            Ref d(dict_new());
            for (size_t k = 0; k + 1 < items.size(); k += 2) dict_setitem(d.get(), items[k].make().get(), items[k + 1].make().get());
            return d;
        }
        }
        return Ref();
    }
};

struct MethodCase {
    A self;
    const char* method;
    std::vector<A> args;
    std::vector<std::pair<const char*, A>> kwargs;
    const char* expected;  // repr(result) or "Type: message"
};

// Calls self.method(*args, **kwargs) and describes the outcome.
inline std::string run_call(Object* self, const char* method, const std::vector<Ref>& args,
                            const std::vector<std::pair<const char*, Ref>>& kwargs) {
    Ref bound(object_getattr_str(self, method));
    if (!bound) return take_error();
    std::vector<Object*> argv;
    for (const Ref& a : args) argv.push_back(a.get());
    Ref kwnames;
    if (!kwargs.empty()) {
        kwnames = Ref(tuple_new(static_cast<ssize_t>(kwargs.size())));
        for (size_t k = 0; k < kwargs.size(); ++k) {
            tuple_items(kwnames.get())[k] = str_from_utf8(kwargs[k].first);
            argv.push_back(kwargs[k].second.get());
        }
    }
    Ref result(object_call(bound.get(), argv.data(), args.size(), kwnames.get()));
    return repr_or_error(result.get());
}

inline std::string run_case(const MethodCase& c) {
    Ref self = c.self.make();
    std::vector<Ref> args;
    for (const A& a : c.args) args.push_back(a.make());
    std::vector<std::pair<const char*, Ref>> kwargs;
    for (const auto& [name, value] : c.kwargs) kwargs.emplace_back(name, value.make());
    return run_call(self.get(), c.method, args, kwargs);
}

} // namespace hs::test
