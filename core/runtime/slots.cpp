// Slots and dunder methods (CPython's slotdefs in typeobject.c).
//
// One table lists, for every dunder that maps to a slot, how to call the slot from Python (the
// "wrapper", used by add_slot_wrappers for builtin types) and which C++ function calls the
// dunder from a slot (the "slot function", installed by update_slots_from_dict for classes).
#include "runtime/slots.h"

#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/call.h"

#include <cstdio>
#include <cstring>

namespace hs {

TypeObject WrapperDescrType;  // wrapper_descriptor: `int.__add__`
TypeObject MethodWrapperType; // method-wrapper: `(1).__add__`

namespace {

// ---- Calling a dunder from a slot ---------------------------------------------------------

// Looks `name` up on the type and calls it with self first; *found is false when the type
// has no such attribute (CPython's vectorcall_maybe / lookup_maybe_method).
Object* call_dunder(Object* self, const char* name, std::initializer_list<Object*> args, bool* found = nullptr) {
    Object* descr = type_lookup(type_of(self), intern(name));
    if (found) *found = descr != nullptr;
    if (!descr) {
        if (found) return newref(NotImplemented());
        set_error_format(&AttributeErrorType, "%s", name);
        return nullptr;
    }
    Ref keep = Ref::borrowed(descr);
    if (type_has_flag(type_of(descr), TPFLAGS_METHOD_DESCRIPTOR) || type_of(descr) == &MethodDescrType) {
        return call_with_self(descr, self, args.begin(), args.size(), nullptr);
    }
    Ref bound;
    if (descrgetfunc get = type_of(descr)->tp_descr_get) {
        bound.reset(get(descr, self, static_cast<Object*>(type_of(self))));
        if (!bound) return nullptr;
    } else {
        bound = Ref::borrowed(descr);
    }
    return object_call(bound.get(), args.begin(), args.size(), nullptr);
}

Object* call_dunder_or_notimpl(Object* self, const char* name, std::initializer_list<Object*> args) {
    bool found = false;
    return call_dunder(self, name, args, &found);
}

// ---- Slot functions for classes ---------------------------------------------------------

Object* slot_tp_repr(Object* self) {
    bool found = false;
    Object* r = call_dunder(self, "__repr__", {}, &found);
    if (found) return r;
    decref(r);
    return ObjectType.tp_repr(self);
}

Object* slot_tp_str(Object* self) { return call_dunder(self, "__str__", {}); }

int64_t slot_tp_hash(Object* self) {
    Object* descr = type_lookup(type_of(self), intern("__hash__"));
    if (!descr || descr == None()) {
        type_error("unhashable type: '%s'", type_name_of(self));
        return -1;
    }
    Ref r(call_dunder(self, "__hash__", {}));
    if (!r) return -1;
    if (!int_check(r.get())) {
        type_error("__hash__ method should return an integer");
        return -1;
    }
    // Large results are reduced as CPython's hash(int) does.
    int64_t h;
    bool overflow = false;
    h = int_as_int64(r.get(), &overflow);
    if (overflow) h = object_hash(r.get());
    return h == -1 ? -2 : h;
}

Object* slot_tp_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* descr = type_lookup(type_of(self), intern("__call__"));
    if (!descr) return type_error("'%s' object is not callable", type_name_of(self));
    Ref keep = Ref::borrowed(descr);
    return call_with_self(descr, self, args, nargs, kwnames);
}

Object* slot_tp_getattr_hook(Object* self, Object* name) {
    TypeObject* type = type_of(self);
    Object* getattribute = type_lookup(type, intern("__getattribute__"));
    Ref r;
    if (!getattribute || (type_of(getattribute) == &WrapperDescrType && type_lookup(&ObjectType, intern("__getattribute__")) == getattribute)) {
        r.reset(generic_getattr(self, name));
    } else {
        Ref keep = Ref::borrowed(getattribute);
        r.reset(call_with_self(getattribute, self, &name, 1, nullptr));
    }
    if (r || !error_matches(&AttributeErrorType)) return r.release();
    Object* getattr = type_lookup(type, intern("__getattr__"));
    if (!getattr) return nullptr;
    clear_error();
    Ref keep = Ref::borrowed(getattr);
    return call_with_self(getattr, self, &name, 1, nullptr);
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
    Ref r(value ? call_dunder(self, "__setattr__", {name, value}) : call_dunder(self, "__delattr__", {name}));
    return r ? 0 : -1;
}

const char* const richcmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
    bool found = false;
    Object* r = call_dunder(self, richcmp_names[op], {other}, &found);
    return r;
}

Object* slot_tp_iter(Object* self) {
    Object* descr = type_lookup(type_of(self), intern("__iter__"));
    if (descr == None()) return type_error("'%s' object is not iterable", type_name_of(self));
    if (!descr) return seqiter_new(self);
    return call_dunder(self, "__iter__", {});
}

Object* slot_tp_iternext(Object* self) { return call_dunder(self, "__next__", {}); }

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
    Object* get = type_lookup(type_of(self), intern("__get__"));
    if (!get) return newref(self);
    Ref keep = Ref::borrowed(get);
    Object* args[2] = {obj ? obj : None(), type ? type : None()};
    return call_with_self(get, self, args, 2, nullptr);
}

int slot_tp_descr_set(Object* self, Object* target, Object* value) {
    Ref r(value ? call_dunder(self, "__set__", {target, value}) : call_dunder(self, "__delete__", {target}));
    return r ? 0 : -1;
}

int slot_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* init = type_lookup(type_of(self), intern("__init__"));
    if (!init) return 0;
    Ref keep = Ref::borrowed(init);
    Ref r(call_with_self(init, self, args, nargs, kwnames));
    if (!r) return -1;
    if (r.get() != None()) {
        type_error("__init__() should return None, not '%s'", type_name_of(r.get()));
        return -1;
    }
    return 0;
}

Object* slot_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* func = type_lookup(type, intern("__new__"));
    if (!func) return type_error("cannot create '%s' instances", type_name(type));
    Ref keep = Ref::borrowed(func);
    // __new__ is a staticmethod: call it with the class first.
    Ref callable;
    if (descrgetfunc get = type_of(func)->tp_descr_get) {
        callable.reset(get(func, nullptr, static_cast<Object*>(type)));
        if (!callable) return nullptr;
    } else {
        callable = Ref::borrowed(func);
    }
    return call_with_self(callable.get(), type, args, nargs, kwnames);
}

// An exception in __del__ is reported here, naming what was called as CPython does
// ("Exception ignored in: <function C.__del__ at 0x...>"), not the object being finalized.
void slot_tp_finalize(Object* self) {
    Object* descr = type_lookup(type_of(self), intern("__del__"));
    if (!descr) return;
    Ref del = Ref::borrowed(descr);
    // A function is called unbound with self (CPython's lookup_maybe_method); anything else is
    // bound through its __get__ first, if it has one.
    bool unbound = type_has_flag(type_of(descr), TPFLAGS_METHOD_DESCRIPTOR) || type_of(descr) == &MethodDescrType;
    if (!unbound) {
        if (descrgetfunc get = type_of(descr)->tp_descr_get) {
            del.reset(get(descr, self, static_cast<Object*>(type_of(self))));
            if (!del) {
                clear_error();  // CPython drops this error without a report
                return;
            }
        }
    }
    Ref result(unbound ? call_with_self(del.get(), self, nullptr, 0, nullptr) : object_call(del.get(), nullptr, 0, nullptr));
    if (!result) write_unraisable(del.get());
}

// Binary operators: CPython's SLOT1BINFULL, so that a.__add__(b) and b.__radd__(a) are tried in
// the same order and with the same subclass rule as CPython.
struct BinarySlotNames {
    const char* op;
    const char* rop;
};
const BinarySlotNames binary_names[NB_COUNT] = {
    {"__add__", "__radd__"},       {"__and__", "__rand__"},       {"__floordiv__", "__rfloordiv__"},
    {"__lshift__", "__rlshift__"}, {"__matmul__", "__rmatmul__"}, {"__mul__", "__rmul__"},
    {"__mod__", "__rmod__"},       {"__or__", "__ror__"},         {"__pow__", "__rpow__"},
    {"__rshift__", "__rrshift__"}, {"__sub__", "__rsub__"},       {"__truediv__", "__rtruediv__"},
    {"__xor__", "__rxor__"},
};
const char* const inplace_names[NB_COUNT] = {
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__",
    "__ior__",  "__ipow__", "__irshift__",   "__isub__",    "__itruediv__", "__ixor__",
};

bool method_is_overloaded(TypeObject* left, TypeObject* right, const char* name) {
    Object* a = type_lookup(right, intern(name));
    if (!a) return false;
    Object* b = type_lookup(left, intern(name));
    return !b || a != b;
}

template <int OP> Object* slot_nb_binary(Object* self, Object* other) {
    TypeObject* ts = type_of(self);
    TypeObject* to = type_of(other);
    bool do_other = ts != to && to->nb_binary[OP] == &slot_nb_binary<OP>;
    if (ts->nb_binary[OP] == &slot_nb_binary<OP>) {
        if (do_other && type_is_subtype(to, ts) && method_is_overloaded(ts, to, binary_names[OP].rop)) {
            Object* r = call_dunder_or_notimpl(other, binary_names[OP].rop, {self});
            if (r != NotImplemented()) return r;
            decref(r);
            do_other = false;
        }
        Object* r = call_dunder_or_notimpl(self, binary_names[OP].op, {other});
        if (r != NotImplemented() || to == ts) return r;
        decref(r);
    }
    if (do_other) return call_dunder_or_notimpl(other, binary_names[OP].rop, {self});
    return newref(NotImplemented());
}

template <int OP> Object* slot_nb_inplace(Object* self, Object* other) {
    return call_dunder_or_notimpl(self, inplace_names[OP], {other});
}

Object* slot_nb_power3(Object* self, Object* exp, Object* mod) {
    return call_dunder_or_notimpl(self, "__pow__", {exp, mod});
}

Object* slot_nb_negative(Object* self) { return call_dunder(self, "__neg__", {}); }
Object* slot_nb_positive(Object* self) { return call_dunder(self, "__pos__", {}); }
Object* slot_nb_invert(Object* self) { return call_dunder(self, "__invert__", {}); }
Object* slot_nb_absolute(Object* self) { return call_dunder(self, "__abs__", {}); }
Object* slot_nb_int(Object* self) { return call_dunder(self, "__int__", {}); }
Object* slot_nb_float(Object* self) { return call_dunder(self, "__float__", {}); }
Object* slot_nb_index(Object* self) { return call_dunder(self, "__index__", {}); }

ssize_t slot_sq_length(Object* self);

int slot_nb_bool(Object* self) {
    bool found = false;
    Ref r(call_dunder(self, "__bool__", {}, &found));
    if (!found) {
        if (!type_lookup(type_of(self), intern("__len__"))) return 1;
        ssize_t n = slot_sq_length(self);
        return n < 0 ? -1 : n > 0;
    }
    if (!r) return -1;
    if (!bool_check(r.get())) {
        type_error("__bool__ should return bool, returned %s", type_name_of(r.get()));
        return -1;
    }
    return r.get() == True();
}

ssize_t slot_sq_length(Object* self) {
    Ref r(call_dunder(self, "__len__", {}));
    if (!r) return -1;
    ssize_t n = index_as_ssize(r.get(), &OverflowErrorType);
    if (n == -1 && error_occurred()) return -1;
    if (n < 0) {
        set_error(&ValueErrorType, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

Object* slot_mp_subscript(Object* self, Object* key) { return call_dunder(self, "__getitem__", {key}); }

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
    Ref r(value ? call_dunder(self, "__setitem__", {key, value}) : call_dunder(self, "__delitem__", {key}));
    return r ? 0 : -1;
}

int slot_sq_contains(Object* self, Object* value) {
    Object* descr = type_lookup(type_of(self), intern("__contains__"));
    if (descr == None()) {
        type_error("'%s' object is not a container", type_name_of(self));
        return -1;
    }
    Ref r(call_dunder(self, "__contains__", {value}));
    if (!r) return -1;
    return object_is_true(r.get());
}

// ---- The table ------------------------------------------------------------------------------

// How a wrapper descriptor calls the slot of a builtin type.
enum class Wrap : uint8_t {
    Unary, Binary, BinaryR, Ternary, Inquiry, Len, Hash, Call, Init, Richcmp, GetAttr, SetAttr, DelAttr,
    GetItem, SetItem, DelItem, Contains, Next, DescrGet, DescrSet, DescrDelete, Repeat,
};

struct SlotDef {
    const char* name;
    Wrap wrap;
    int op;  // NbOp for numbers, CompareOp for comparisons
    // Reads the slot of a type as an untyped function pointer (nullptr when empty).
    void* (*get)(TypeObject*);
    // Installs the slot function for classes.
    void (*install)(TypeObject*);
    // Gives a class back the slot its base has (when no class in its MRO defines the name).
    void (*reset)(TypeObject*);
};

template <int OP> void install_binary(TypeObject* t) { t->nb_binary[OP] = &slot_nb_binary<OP>; }
template <int OP> void install_inplace(TypeObject* t) { t->nb_inplace[OP] = &slot_nb_inplace<OP>; }
template <int OP> void* get_binary(TypeObject* t) { return reinterpret_cast<void*>(t->nb_binary[OP]); }
template <int OP> void* get_inplace(TypeObject* t) { return reinterpret_cast<void*>(t->nb_inplace[OP]); }
template <int OP> void reset_binary(TypeObject* t) { t->nb_binary[OP] = t->tp_base ? t->tp_base->nb_binary[OP] : nullptr; }
template <int OP> void reset_inplace(TypeObject* t) { t->nb_inplace[OP] = t->tp_base ? t->tp_base->nb_inplace[OP] : nullptr; }

#define SLOT_GET(field) [](TypeObject* t) -> void* { return reinterpret_cast<void*>(t->field); }
#define SLOT_SET(field, fn) [](TypeObject* t) { t->field = fn; }
#define SLOT_RESET(field) [](TypeObject* t) { t->field = t->tp_base ? t->tp_base->field : nullptr; }

#define BINARY_SLOTS(OP, NAME, RNAME, INAME)                                                        \
    {NAME, Wrap::Binary, OP, get_binary<OP>, install_binary<OP>, reset_binary<OP>},                 \
    {RNAME, Wrap::BinaryR, OP, get_binary<OP>, install_binary<OP>, reset_binary<OP>},               \
    {INAME, Wrap::Binary, OP, get_inplace<OP>, install_inplace<OP>, reset_inplace<OP>}

const SlotDef slotdefs[] = {
    {"__repr__", Wrap::Unary, 0, SLOT_GET(tp_repr), SLOT_SET(tp_repr, slot_tp_repr), SLOT_RESET(tp_repr)},
    {"__str__", Wrap::Unary, 0, SLOT_GET(tp_str), SLOT_SET(tp_str, slot_tp_str), SLOT_RESET(tp_str)},
    {"__hash__", Wrap::Hash, 0, SLOT_GET(tp_hash), SLOT_SET(tp_hash, slot_tp_hash), SLOT_RESET(tp_hash)},
    {"__call__", Wrap::Call, 0, SLOT_GET(tp_call), SLOT_SET(tp_call, slot_tp_call), SLOT_RESET(tp_call)},
    {"__getattribute__", Wrap::GetAttr, 0, SLOT_GET(tp_getattro), SLOT_SET(tp_getattro, slot_tp_getattr_hook), SLOT_RESET(tp_getattro)},
    {"__getattr__", Wrap::GetAttr, -1, nullptr, SLOT_SET(tp_getattro, slot_tp_getattr_hook), SLOT_RESET(tp_getattro)},
    {"__setattr__", Wrap::SetAttr, 0, SLOT_GET(tp_setattro), SLOT_SET(tp_setattro, slot_tp_setattro), SLOT_RESET(tp_setattro)},
    {"__delattr__", Wrap::DelAttr, 0, SLOT_GET(tp_setattro), SLOT_SET(tp_setattro, slot_tp_setattro), SLOT_RESET(tp_setattro)},
    {"__lt__", Wrap::Richcmp, Py_LT, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__le__", Wrap::Richcmp, Py_LE, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__eq__", Wrap::Richcmp, Py_EQ, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__ne__", Wrap::Richcmp, Py_NE, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__gt__", Wrap::Richcmp, Py_GT, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__ge__", Wrap::Richcmp, Py_GE, SLOT_GET(tp_richcompare), SLOT_SET(tp_richcompare, slot_tp_richcompare), SLOT_RESET(tp_richcompare)},
    {"__iter__", Wrap::Unary, 0, SLOT_GET(tp_iter), SLOT_SET(tp_iter, slot_tp_iter), SLOT_RESET(tp_iter)},
    {"__next__", Wrap::Next, 0, SLOT_GET(tp_iternext), SLOT_SET(tp_iternext, slot_tp_iternext), SLOT_RESET(tp_iternext)},
    {"__get__", Wrap::DescrGet, 0, SLOT_GET(tp_descr_get), SLOT_SET(tp_descr_get, slot_tp_descr_get), SLOT_RESET(tp_descr_get)},
    {"__set__", Wrap::DescrSet, 0, SLOT_GET(tp_descr_set), SLOT_SET(tp_descr_set, slot_tp_descr_set), SLOT_RESET(tp_descr_set)},
    {"__delete__", Wrap::DescrDelete, 0, SLOT_GET(tp_descr_set), SLOT_SET(tp_descr_set, slot_tp_descr_set), SLOT_RESET(tp_descr_set)},
    {"__init__", Wrap::Init, 0, SLOT_GET(tp_init), SLOT_SET(tp_init, slot_tp_init), SLOT_RESET(tp_init)},
    {"__new__", Wrap::Call, -1, nullptr, SLOT_SET(tp_new, slot_tp_new), SLOT_RESET(tp_new)},
    {"__del__", Wrap::Unary, -1, nullptr, SLOT_SET(tp_finalize, slot_tp_finalize), SLOT_RESET(tp_finalize)},
    BINARY_SLOTS(NB_ADD, "__add__", "__radd__", "__iadd__"),
    BINARY_SLOTS(NB_SUBTRACT, "__sub__", "__rsub__", "__isub__"),
    BINARY_SLOTS(NB_MULTIPLY, "__mul__", "__rmul__", "__imul__"),
    BINARY_SLOTS(NB_REMAINDER, "__mod__", "__rmod__", "__imod__"),
    BINARY_SLOTS(NB_POWER, "__pow__", "__rpow__", "__ipow__"),
    BINARY_SLOTS(NB_LSHIFT, "__lshift__", "__rlshift__", "__ilshift__"),
    BINARY_SLOTS(NB_RSHIFT, "__rshift__", "__rrshift__", "__irshift__"),
    BINARY_SLOTS(NB_AND, "__and__", "__rand__", "__iand__"),
    BINARY_SLOTS(NB_XOR, "__xor__", "__rxor__", "__ixor__"),
    BINARY_SLOTS(NB_OR, "__or__", "__ror__", "__ior__"),
    BINARY_SLOTS(NB_FLOOR_DIVIDE, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    BINARY_SLOTS(NB_TRUE_DIVIDE, "__truediv__", "__rtruediv__", "__itruediv__"),
    BINARY_SLOTS(NB_MATRIX_MULTIPLY, "__matmul__", "__rmatmul__", "__imatmul__"),
    {"__neg__", Wrap::Unary, 0, SLOT_GET(nb_negative), SLOT_SET(nb_negative, slot_nb_negative), SLOT_RESET(nb_negative)},
    {"__pos__", Wrap::Unary, 0, SLOT_GET(nb_positive), SLOT_SET(nb_positive, slot_nb_positive), SLOT_RESET(nb_positive)},
    {"__abs__", Wrap::Unary, 0, SLOT_GET(nb_absolute), SLOT_SET(nb_absolute, slot_nb_absolute), SLOT_RESET(nb_absolute)},
    {"__invert__", Wrap::Unary, 0, SLOT_GET(nb_invert), SLOT_SET(nb_invert, slot_nb_invert), SLOT_RESET(nb_invert)},
    {"__bool__", Wrap::Inquiry, 0, SLOT_GET(nb_bool), SLOT_SET(nb_bool, slot_nb_bool), SLOT_RESET(nb_bool)},
    {"__int__", Wrap::Unary, 0, SLOT_GET(nb_int), SLOT_SET(nb_int, slot_nb_int), SLOT_RESET(nb_int)},
    {"__float__", Wrap::Unary, 0, SLOT_GET(nb_float), SLOT_SET(nb_float, slot_nb_float), SLOT_RESET(nb_float)},
    {"__index__", Wrap::Unary, 0, SLOT_GET(nb_index), SLOT_SET(nb_index, slot_nb_index), SLOT_RESET(nb_index)},
    {"__len__", Wrap::Len, 0, SLOT_GET(mp_length), SLOT_SET(mp_length, slot_sq_length), SLOT_RESET(mp_length)},
    {"__len__", Wrap::Len, -1, SLOT_GET(sq_length), SLOT_SET(sq_length, slot_sq_length), SLOT_RESET(sq_length)},
    {"__getitem__", Wrap::GetItem, 0, SLOT_GET(mp_subscript), SLOT_SET(mp_subscript, slot_mp_subscript), SLOT_RESET(mp_subscript)},
    {"__setitem__", Wrap::SetItem, 0, SLOT_GET(mp_ass_subscript), SLOT_SET(mp_ass_subscript, slot_mp_ass_subscript), SLOT_RESET(mp_ass_subscript)},
    {"__delitem__", Wrap::DelItem, 0, SLOT_GET(mp_ass_subscript), SLOT_SET(mp_ass_subscript, slot_mp_ass_subscript), SLOT_RESET(mp_ass_subscript)},
    {"__contains__", Wrap::Contains, 0, SLOT_GET(sq_contains), SLOT_SET(sq_contains, slot_sq_contains), SLOT_RESET(sq_contains)},
    // Sequence concatenation and repetition (str, list, tuple...): wrappers only. A class's
    // __add__/__mul__ go to the number slots above, as in CPython.
    {"__add__", Wrap::Binary, 0, SLOT_GET(sq_concat), nullptr},
    {"__mul__", Wrap::Repeat, 0, SLOT_GET(sq_repeat), nullptr},
    {"__rmul__", Wrap::Repeat, 0, SLOT_GET(sq_repeat), nullptr},
    {"__iadd__", Wrap::Binary, 0, SLOT_GET(sq_inplace_concat), nullptr},
    {"__imul__", Wrap::Repeat, 0, SLOT_GET(sq_inplace_repeat), nullptr},
};
#undef SLOT_GET
#undef SLOT_SET
#undef SLOT_RESET
#undef BINARY_SLOTS

// ---- Wrapper descriptors ---------------------------------------------------------------------

struct WrapperDescrObject : Object {
    const SlotDef* slot;
    TypeObject* d_type;
    void* wrapped;  // the slot function of d_type that this descriptor calls
};
struct MethodWrapperObject : Object {
    WrapperDescrObject* descr;
    Object* self;
};

bool expect_args(const SlotDef* s, size_t nargs, Object* kwnames, size_t n) {
    if (kwnames && tuple_size(kwnames)) {
        type_error("wrapper %s() takes no keyword arguments", s->name);
        return false;
    }
    if (nargs != n) {
        type_error("expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
        return false;
    }
    return true;
}

Object* call_wrapped(WrapperDescrObject* d, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    const SlotDef* s = d->slot;
    void* fn = d->wrapped;
    switch (s->wrap) {
    case Wrap::Unary:
        if (!expect_args(s, nargs, kwnames, 0)) return nullptr;
        return reinterpret_cast<unaryfunc>(fn)(self);
    case Wrap::Binary:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<binaryfunc>(fn)(self, args[0]);
    case Wrap::BinaryR:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<binaryfunc>(fn)(args[0], self);
    case Wrap::Inquiry: {
        if (!expect_args(s, nargs, kwnames, 0)) return nullptr;
        int r = reinterpret_cast<inquiry>(fn)(self);
        return r < 0 ? nullptr : new_bool(r);
    }
    case Wrap::Len: {
        if (!expect_args(s, nargs, kwnames, 0)) return nullptr;
        ssize_t n = reinterpret_cast<lenfunc>(fn)(self);
        return n < 0 ? nullptr : int_from_int64(n);
    }
    case Wrap::Hash: {
        if (!expect_args(s, nargs, kwnames, 0)) return nullptr;
        int64_t h = reinterpret_cast<hashfunc>(fn)(self);
        return h == -1 && error_occurred() ? nullptr : int_from_int64(h);
    }
    case Wrap::Call:
        return reinterpret_cast<vectorcallfunc>(fn)(self, args, nargs, kwnames);
    case Wrap::Init: {
        int r = reinterpret_cast<initproc>(fn)(self, args, nargs, kwnames);
        return r < 0 ? nullptr : new_none();
    }
    case Wrap::Richcmp:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<richcmpfunc>(fn)(self, args[0], s->op);
    case Wrap::GetAttr:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<getattrofunc>(fn)(self, args[0]);
    case Wrap::SetAttr:
        if (!expect_args(s, nargs, kwnames, 2)) return nullptr;
        return reinterpret_cast<setattrofunc>(fn)(self, args[0], args[1]) < 0 ? nullptr : new_none();
    case Wrap::DelAttr:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<setattrofunc>(fn)(self, args[0], nullptr) < 0 ? nullptr : new_none();
    case Wrap::GetItem:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<binaryfunc>(fn)(self, args[0]);
    case Wrap::SetItem:
        if (!expect_args(s, nargs, kwnames, 2)) return nullptr;
        return reinterpret_cast<objobjargproc>(fn)(self, args[0], args[1]) < 0 ? nullptr : new_none();
    case Wrap::DelItem:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<objobjargproc>(fn)(self, args[0], nullptr) < 0 ? nullptr : new_none();
    case Wrap::Contains: {
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        int r = reinterpret_cast<objobjproc>(fn)(self, args[0]);
        return r < 0 ? nullptr : new_bool(r);
    }
    case Wrap::Next: {
        if (!expect_args(s, nargs, kwnames, 0)) return nullptr;
        Object* r = reinterpret_cast<iternextfunc>(fn)(self);
        if (!r && !error_occurred()) set_error_none(&StopIterationType);
        return r;
    }
    case Wrap::DescrGet:
        if (nargs < 1 || nargs > 2) return type_error("expected 1 or 2 arguments, got %zu", nargs);
        return reinterpret_cast<descrgetfunc>(fn)(self, args[0] == None() ? nullptr : args[0],
                                                   nargs > 1 && args[1] != None() ? args[1] : nullptr);
    case Wrap::DescrSet:
        if (!expect_args(s, nargs, kwnames, 2)) return nullptr;
        return reinterpret_cast<descrsetfunc>(fn)(self, args[0], args[1]) < 0 ? nullptr : new_none();
    case Wrap::DescrDelete:
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        return reinterpret_cast<descrsetfunc>(fn)(self, args[0], nullptr) < 0 ? nullptr : new_none();
    case Wrap::Repeat: {
        if (!expect_args(s, nargs, kwnames, 1)) return nullptr;
        ssize_t n = index_as_ssize(args[0], &OverflowErrorType);
        if (n == -1 && error_occurred()) return nullptr;
        return reinterpret_cast<ssizeargfunc>(fn)(self, n);
    }
    case Wrap::Ternary:
        break;
    }
    return type_error("unsupported slot wrapper");
}

bool check_wrapper_self(WrapperDescrObject* d, Object* self) {
    if (type_is_subtype(type_of(self), d->d_type)) return true;
    type_error("descriptor '%s' requires a '%s' object but received a '%s'", d->slot->name, type_name(d->d_type),
               type_name_of(self));
    return false;
}

Object* wrapperdescr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* d = static_cast<WrapperDescrObject*>(callable);
    if (nargs < 1) return type_error("descriptor '%s' of '%s' object needs an argument", d->slot->name, type_name(d->d_type));
    if (!check_wrapper_self(d, args[0])) return nullptr;
    return call_wrapped(d, args[0], args + 1, nargs - 1, kwnames);
}

Object* wrapperdescr_get(Object* descr, Object* obj, Object*) {
    auto* d = static_cast<WrapperDescrObject*>(descr);
    if (!obj) return newref(descr);
    if (!check_wrapper_self(d, obj)) return nullptr;
    auto* w = static_cast<MethodWrapperObject*>(gc_alloc(&MethodWrapperType, sizeof(MethodWrapperObject)));
    if (!w) return nullptr;
    w->descr = static_cast<WrapperDescrObject*>(newref(descr));
    w->self = newref(obj);
    gc_track(w);
    return w;
}

Object* wrapperdescr_repr(Object* self) {
    auto* d = static_cast<WrapperDescrObject*>(self);
    return str_from_utf8(std::string("<slot wrapper '") + d->slot->name + "' of '" + type_name(d->d_type) + "' objects>");
}

void wrapperdescr_dealloc(Object* self) {
    gc_untrack(self);
    gc_free(self);
}

Object* methodwrapper_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* w = static_cast<MethodWrapperObject*>(callable);
    return call_wrapped(w->descr, w->self, args, nargs, kwnames);
}

Object* methodwrapper_repr(Object* self) {
    auto* w = static_cast<MethodWrapperObject*>(self);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(w->self));
    return str_from_utf8(std::string("<method-wrapper '") + w->descr->slot->name + "' of " + type_name_of(w->self) +
                         " object at " + buf + ">");
}

void methodwrapper_dealloc(Object* self) {
    auto* w = static_cast<MethodWrapperObject*>(self);
    gc_untrack(self);
    xdecref(w->descr);
    xdecref(w->self);
    gc_free(self);
}

int methodwrapper_traverse(Object* self, visitproc visit, void* arg) {
    auto* w = static_cast<MethodWrapperObject*>(self);
    HS_VISIT(w->descr);
    HS_VISIT(w->self);
    return 0;
}

int no_traverse(Object*, visitproc, void*) { return 0; }

// True when the slot of `type` is the same function as its base's (inherited, not defined).
bool slot_inherited(TypeObject* type, void* fn, const SlotDef& s) {
    return type->tp_base && s.get(type->tp_base) == fn;
}

} // namespace

int add_slot_wrappers(TypeObject* type) {
    for (const SlotDef& s : slotdefs) {
        if (!s.get || s.op == -1) continue;
        void* fn = s.get(type);
        if (!fn || slot_inherited(type, fn, s)) continue;
        // __hash__ of a type that only inherits object's identity hash stays object's.
        if (dict_getitem_str(type->tp_dict, s.name)) continue;
        if (s.wrap == Wrap::Richcmp && fn == reinterpret_cast<void*>(ObjectType.tp_richcompare) && type != &ObjectType)
            continue;
        auto* d = static_cast<WrapperDescrObject*>(gc_alloc(&WrapperDescrType, sizeof(WrapperDescrObject)));
        if (!d) return -1;
        d->slot = &s;
        d->d_type = type;
        d->wrapped = fn;
        gc_track(d);
        Ref holder(d);
        if (dict_setitem_str(type->tp_dict, s.name, d) < 0) return -1;
    }
    // __new__ is a static method bound to the type (CPython's tp_new_wrapper).
    if (type->tp_new && !dict_getitem_str(type->tp_dict, "__new__") &&
        (!type->tp_base || type->tp_new != type->tp_base->tp_new)) {
        Ref f(type_new_wrapper(type));
        if (!f || dict_setitem_str(type->tp_dict, "__new__", f.get()) < 0) return -1;
    }
    return 0;
}

int update_slots_from_dict(TypeObject* type) {
    for (const SlotDef& s : slotdefs) {
        Object* found = type_lookup(type, intern(s.name));
        if (!found) continue;
        // A slot wrapper of a builtin base means "inherit the builtin slot": nothing to install.
        if (type_of(found) == &WrapperDescrType) continue;
        if (s.name == std::string_view("__new__") && type_of(found) == &BuiltinFunctionType) continue;
        if (s.install) s.install(type);
    }
    // `__eq__` without `__hash__` makes instances unhashable (CPython's rule).
    if (dict_getitem_str(type->tp_dict, "__eq__") && !dict_getitem_str(type->tp_dict, "__hash__")) {
        if (dict_setitem_str(type->tp_dict, "__hash__", None()) < 0) return -1;
        type->tp_hash = slot_tp_hash;
    }
    return 0;
}

namespace {

// Slot definitions that fill the same slot: __add__/__radd__ (one number slot), and the pairs
// that share a setter-style slot.
bool same_slot(const SlotDef& a, const SlotDef& b) {
    if (a.get && a.get == b.get) return true;
    static const std::pair<std::string_view, std::string_view> pairs[] = {
        {"__setattr__", "__delattr__"}, {"__set__", "__delete__"},
        {"__setitem__", "__delitem__"}, {"__getattribute__", "__getattr__"},
    };
    for (const auto& [x, y] : pairs)
        if ((a.name == x && b.name == y) || (a.name == y && b.name == x)) return true;
    return false;
}

// True when some class of type's MRO still defines a name that fills s's slot.
bool slot_still_defined(TypeObject* type, const SlotDef& s) {
    for (const SlotDef& other : slotdefs)
        if (same_slot(s, other) && type_lookup(type, intern(other.name))) return true;
    return false;
}

} // namespace

// CPython's update_slot after `Class.__x__ = ...` or `del Class.__x__`: the slot calls the new
// method, or, when nothing defines it any more, is the base's again.
int update_slot_for_name(TypeObject* type, Object* name) {
    if (!str_check(name)) return 0;
    std::string_view n = str_view(name);
    if (n.size() < 5 || n.substr(0, 2) != "__") return 0;
    for (const SlotDef& s : slotdefs) {
        if (n != s.name || !s.install) continue;
        if (slot_still_defined(type, s)) s.install(type);
        else if (s.reset) s.reset(type);
    }
    return 0;
}

void init_slot_wrapper_types() {
    WrapperDescrType.tp_name = "wrapper_descriptor";
    WrapperDescrType.tp_basicsize = 56;
    WrapperDescrType.tp_cxx_size = sizeof(WrapperDescrObject);
    WrapperDescrType.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_METHOD_DESCRIPTOR;
    WrapperDescrType.tp_dealloc = wrapperdescr_dealloc;
    WrapperDescrType.tp_traverse = no_traverse;
    WrapperDescrType.tp_call = wrapperdescr_call;
    WrapperDescrType.tp_descr_get = wrapperdescr_get;
    WrapperDescrType.tp_repr = wrapperdescr_repr;
    register_static_type(&WrapperDescrType);

    MethodWrapperType.tp_name = "method-wrapper";
    MethodWrapperType.tp_basicsize = 32;
    MethodWrapperType.tp_cxx_size = sizeof(MethodWrapperObject);
    MethodWrapperType.tp_flags = TPFLAGS_HAVE_GC;
    MethodWrapperType.tp_dealloc = methodwrapper_dealloc;
    MethodWrapperType.tp_traverse = methodwrapper_traverse;
    MethodWrapperType.tp_call = methodwrapper_call;
    MethodWrapperType.tp_repr = methodwrapper_repr;
    register_static_type(&MethodWrapperType);
}

} // namespace hs
