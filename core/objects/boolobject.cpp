// bool: a subclass of int with exactly two instances, True and False (statically allocated and
// never freed). & | ^ of two bools give a bool; everything else is int arithmetic.
#include "objects/int_impl.h"

#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/types_registry.h"

namespace hs {

namespace {
}

TypeObject BoolType;
IntObject TrueObject{};
IntObject FalseObject{};

namespace {

void bool_dealloc(Object*) {
    // Unreachable: True and False are immortal.
}

Object* bool_repr(Object* self) { return newref(intern(self == True() ? "True" : "False")); }

Object* bool_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"bool", {"x"}, 0, 1};
    Object* x = nullptr;
    if (!parse_args(spec, args, nargs, kwnames, &x)) return nullptr;
    if (!x) return new_bool(false);
    int truth = object_is_true(x);
    if (truth < 0) return nullptr;
    return new_bool(truth);
}

Object* bool_and(Object* a, Object* b) {
    if (bool_check(a) && bool_check(b)) return new_bool(a == True() && b == True());
    return int_and(a, b);
}

Object* bool_or(Object* a, Object* b) {
    if (bool_check(a) && bool_check(b)) return new_bool(a == True() || b == True());
    return int_or(a, b);
}

Object* bool_xor(Object* a, Object* b) {
    if (bool_check(a) && bool_check(b)) return new_bool((a == True()) != (b == True()));
    return int_xor(a, b);
}

} // namespace

void init_bool_type() {
    BoolType.ob_refcnt = IMMORTAL_REFCNT;
    BoolType.ob_type = &TypeType;
    BoolType.tp_name = "bool";
    BoolType.tp_basicsize = 32;  // CPython's; sys.getsizeof(True) comes from int.__sizeof__ (28)
    BoolType.tp_itemsize = 4;
    BoolType.tp_cxx_size = sizeof(IntObject);
    BoolType.tp_flags = TPFLAGS_LONG_SUBCLASS;  // not BASETYPE: "type 'bool' is not an acceptable base type"
    BoolType.tp_base = &IntType;
    BoolType.tp_dealloc = bool_dealloc;
    BoolType.tp_repr = bool_repr;
    BoolType.tp_new = bool_new;
    BoolType.nb_binary[NB_AND] = bool_and;
    BoolType.nb_binary[NB_OR] = bool_or;
    BoolType.nb_binary[NB_XOR] = bool_xor;
    BoolType.tp_doc = "bool(x) -> bool";
    for (IntObject* o : {&TrueObject, &FalseObject}) {
        o->ob_refcnt = IMMORTAL_REFCNT;
        o->ob_type = &BoolType;
        o->value = o == &TrueObject ? 1 : 0;
        o->big = nullptr;
    }
    register_static_type(&BoolType);
}

} // namespace hs
