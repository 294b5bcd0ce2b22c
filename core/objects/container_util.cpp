// Helpers shared by the container types (see container_util.h).
#include "objects/container_util.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <cstdlib>
#include <cstring>

namespace hs {

bool object_may_be_tracked(Object* o) {
    if (!object_is_gc(o)) return false;
    if (tuple_check_exact(o)) return gc_is_tracked(o);
    return true;
}

namespace {

// The __length_hint__ of a builtin (static) type, found in its method tables without creating
// a bound method object.
MethodFunc find_builtin_length_hint(TypeObject* t) {
    for (; t; t = t->tp_base) {
        if (type_has_flag(t, TPFLAGS_HEAPTYPE)) return nullptr;
        if (const MethodDef* m = t->tp_methods) {
            for (; m->name; ++m)
                if (std::strcmp(m->name, "__length_hint__") == 0) return m->func;
        }
    }
    return nullptr;
}

} // namespace

ssize_t object_length_hint(Object* o, ssize_t defaultvalue) {
    TypeObject* t = type_of(o);
    if (t->sq_length || t->mp_length) {
        ssize_t res = object_length(o);
        if (res >= 0) return res;
        if (!error_matches(&TypeErrorType)) return -1;
        clear_error();
    }
    Ref result;
    if (!type_has_flag(t, TPFLAGS_HEAPTYPE)) {
        MethodFunc f = find_builtin_length_hint(t);
        if (!f) return defaultvalue;
        result.reset(f(o, nullptr, 0, nullptr));
    } else {
        if (!type_lookup(t, intern("__length_hint__"))) return defaultvalue;
        result.reset(call_special(o, "__length_hint__", {}));
    }
    if (!result) {
        if (error_matches(&TypeErrorType)) {
            clear_error();
            return defaultvalue;
        }
        return -1;
    }
    if (result.get() == NotImplemented()) return defaultvalue;
    if (!int_check(result.get())) {
        set_error_format(&TypeErrorType, "__length_hint__ must be an integer, not %s", type_name_of(result.get()));
        return -1;
    }
    ssize_t res = int_as_ssize(result.get());
    if (res < 0 && error_occurred()) return -1;
    if (res < 0) {
        set_error(&ValueErrorType, "__length_hint__() should return >= 0");
        return -1;
    }
    return res;
}

LegacyCallArgs::~LegacyCallArgs() {
    xdecref(args);
    xdecref(kwargs);
}

bool make_legacy_call_args(Object* const* args, size_t nargs, Object* kwnames, LegacyCallArgs* out) {
    Object* t = tuple_new(static_cast<ssize_t>(nargs));
    if (!t) return false;
    for (size_t i = 0; i < nargs; i++) tuple_items(t)[i] = newref(args[i]);
    out->args = t;
    size_t nk = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    if (nk) {
        out->kwargs = dict_from_items(tuple_items(kwnames), 1, args + nargs, 1, static_cast<ssize_t>(nk));
        if (!out->kwargs) return false;
    }
    return true;
}

void set_key_error(Object* key) {
    Ref tup(tuple_pack({key}));
    if (!tup) return;  // MemoryError is set
    set_error_object(&KeyErrorType, tup.get());
}

} // namespace hs
