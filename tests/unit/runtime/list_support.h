// Helpers for the container unit tests (list_*, tuple_*, dict_*, set_*, range_*, iter_*): a
// runtime per test, sys.getsizeof, gc.get_count()[0], repr, and a "probe" object type whose
// deallocation is recorded so tests can check the order in which containers release items.
#pragma once

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/setobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"

#include <catch2/catch.hpp>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace hs::test {

struct ContainerRuntime {
    Runtime* runtime;
    ContainerRuntime() : runtime(runtime_create(Limits{}, [](std::string_view) {}, [](std::string_view) {})) {}
    ~ContainerRuntime() {
        // Until runtime_destroy() does it: the slice cache outlives the objects otherwise.
        slice_clear_cache();
        runtime_destroy(runtime);
    }
};

inline Ref I(int64_t v) { return Ref(int_from_int64(v)); }
inline Ref S(std::string_view s) { return Ref(str_from_utf8(s)); }

// "TypeError: message" for the pending exception (cleared), "" when none.
inline std::string error_text() {
    if (!error_occurred()) return "";
    std::string name = type_name(rt().error.type);
    Ref exc(fetch_error_normalized());
    if (!exc) return name + ": <unnormalizable>";
    Ref msg(object_str(exc.get()));
    if (!msg) {
        clear_error();
        return name + ": <str failed>";
    }
    std::string m(str_view(msg.get()));
    return m.empty() ? name : name + ": " + m;
}

// repr(o) (o may be nullptr: then the pending error).
inline std::string repr(Object* o) {
    if (!o) return error_text();
    Ref r(object_repr(o));
    if (!r) return error_text();
    return std::string(str_view(r.get()));
}
// repr of a new reference (released).
inline std::string repr_new(Object* o) {
    Ref keep(o);
    return repr(o);
}

// sys.getsizeof(o): o.__sizeof__() plus the GC header for GC objects.
inline ssize_t getsizeof(Object* o) {
    Ref r(call_method(o, "__sizeof__", {}));
    REQUIRE(r);
    bool overflow = false;
    ssize_t n = int_as_int64(r.get(), &overflow);
    if (is_gc_type(type_of(o))) n += 16;
    return n;
}

inline int gc_count() { return rt().gc.generations[0].count; }

inline Ref list_of(std::initializer_list<int64_t> values) {
    Ref l(list_new(0));
    for (int64_t v : values) REQUIRE(list_append(l.get(), I(v).get()) == 0);
    return l;
}

// list(range(n)): exact capacity n.
inline Ref range_list(int64_t n) {
    Ref l(list_new(0));
    for (int64_t v = 0; v < n; v++) REQUIRE(list_append(l.get(), I(v).get()) == 0);
    return Ref(sequence_list(l.get()));
}

// Objects that record their deallocation (by id) in Probe::log.
struct Probe : Object {
    int id = 0;
    static inline std::vector<int> log;
    static TypeObject& type() {
        static TypeObject t = [] {
            TypeObject t;
            t.ob_refcnt = 1;
            t.ob_type = &TypeType;
            t.tp_name = "Probe";
            t.tp_basicsize = 24;
            t.tp_cxx_size = sizeof(Probe);
            t.tp_dealloc = [](Object* o) {
                log.push_back(static_cast<Probe*>(o)->id);
                object_free(o);
            };
            t.tp_hash = [](Object* o) -> int64_t { return static_cast<Probe*>(o)->id + 1000; };
            return t;
        }();
        return t;
    }
    static Ref make(int id) {
        auto* p = static_cast<Probe*>(object_alloc(&type(), sizeof(Probe)));
        p->id = id;
        return Ref(p);
    }
};

} // namespace hs::test
