// weakref.proxy: weakref.ProxyType and weakref.CallableProxyType (CPython 3.11's proxy types in
// Objects/weakrefobject.c). A proxy forwards every operation to its referent while it lives and
// raises ReferenceError afterwards. Proxies are unhashable; operands that are proxies are
// replaced by their referents before the operation.
#include "objects/weakrefobject.h"

#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/types_registry.h"

#include <cstdio>
#include <string>

namespace hs {

TypeObject WeakProxyType;
TypeObject WeakCallableProxyType;

// objects/weakrefobject.cpp
void weakref_dealloc(Object* self);
int weakref_traverse(Object* self, visitproc visit, void* arg);
int weakref_clear(Object* self);

namespace {

bool proxy_checkref(Object* proxy) {
    if (weakref_get_object(proxy) != None()) return true;
    set_error(&ReferenceErrorType, "weakly-referenced object no longer exists");
    return false;
}

// Replaces a proxy operand by its referent; false with ReferenceError when it is dead.
bool unwrap(Object*& o) {
    if (!weakref_check_proxy(o)) return true;
    if (!proxy_checkref(o)) return false;
    o = weakref_get_object(o);
    return true;
}

// The referent of a live proxy (a new reference), or nullptr with ReferenceError.
Object* live_referent(Object* proxy) {
    if (!proxy_checkref(proxy)) return nullptr;
    return newref(weakref_get_object(proxy));
}

template <int OP> Object* proxy_binary(Object* x, Object* y) {
    if (!unwrap(x) || !unwrap(y)) return nullptr;
    Ref kx = Ref::borrowed(x), ky = Ref::borrowed(y);
    return binary_op(x, y, OP);
}

template <int OP> Object* proxy_inplace(Object* x, Object* y) {
    if (!unwrap(x) || !unwrap(y)) return nullptr;
    Ref kx = Ref::borrowed(x), ky = Ref::borrowed(y);
    return inplace_op(x, y, OP);
}

Object* proxy_power3(Object* x, Object* y, Object* z) {
    if (!unwrap(x) || !unwrap(y) || !unwrap(z)) return nullptr;
    Ref kx = Ref::borrowed(x), ky = Ref::borrowed(y), kz = Ref::borrowed(z);
    return power_op(x, y, z);
}

template <Object* (*GENERIC)(Object*)> Object* proxy_unary(Object* proxy) {
    Ref obj(live_referent(proxy));
    return obj ? GENERIC(obj.get()) : nullptr;
}

Object* to_int(Object* o) { return call_args(&IntType, {o}); }
Object* to_float(Object* o) { return call_args(&FloatType, {o}); }

int proxy_bool(Object* proxy) {
    Ref obj(live_referent(proxy));
    return obj ? object_is_true(obj.get()) : -1;
}

Object* proxy_repr(Object* self) {
    Object* obj = weakref_get_object(self);
    char buf[128];
    std::snprintf(buf, sizeof buf, "<weakproxy at %p to %s at %p>", static_cast<void*>(self), type_name_of(obj),
                  static_cast<void*>(obj));
    return str_from_utf8(buf);
}

Object* proxy_getattr(Object* proxy, Object* name) {
    Ref obj(live_referent(proxy));
    return obj ? object_getattr(obj.get(), name) : nullptr;
}

int proxy_setattr(Object* proxy, Object* name, Object* value) {
    Ref obj(live_referent(proxy));
    return obj ? object_setattr(obj.get(), name, value) : -1;
}

Object* proxy_richcompare(Object* x, Object* y, int op) {
    if (!unwrap(x) || !unwrap(y)) return nullptr;
    return object_richcompare(x, y, op);
}

ssize_t proxy_length(Object* proxy) {
    Ref obj(live_referent(proxy));
    return obj ? object_length(obj.get()) : -1;
}

int proxy_contains(Object* proxy, Object* value) {
    Ref obj(live_referent(proxy));
    return obj ? sequence_contains(obj.get(), value) : -1;
}

Object* proxy_getitem(Object* proxy, Object* key) {
    Ref obj(live_referent(proxy));
    return obj ? object_getitem(obj.get(), key) : nullptr;
}

int proxy_setitem(Object* proxy, Object* key, Object* value) {
    Ref obj(live_referent(proxy));
    if (!obj) return -1;
    return value ? object_setitem(obj.get(), key, value) : object_delitem(obj.get(), key);
}

Object* proxy_iter(Object* proxy) {
    Ref obj(live_referent(proxy));
    return obj ? object_get_iter(obj.get()) : nullptr;
}

Object* proxy_iternext(Object* proxy) {
    if (!proxy_checkref(proxy)) return nullptr;
    Object* obj = weakref_get_object(proxy);
    if (!type_of(obj)->tp_iternext) {
        return type_error("Weakref proxy referenced a non-iterator '%.200s' object", type_name_of(obj));
    }
    Ref keep = Ref::borrowed(obj);
    return iter_next(obj);
}

Object* proxy_call(Object* proxy, Object* const* args, size_t nargs, Object* kwnames) {
    Ref obj(live_referent(proxy));
    return obj ? object_call(obj.get(), args, nargs, kwnames) : nullptr;
}

// __bytes__ and __reversed__ have no slot: the proxy type has methods that forward them.
template <const char* NAME> Object* proxy_forward_method(Object* proxy, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args(NAME, nargs, kwnames)) return nullptr;
    Ref obj(live_referent(proxy));
    return obj ? call_method(obj.get(), NAME, {}) : nullptr;
}
constexpr char kBytes[] = "__bytes__";
constexpr char kReversed[] = "__reversed__";

const MethodDef proxy_methods[] = {
    {"__bytes__", proxy_forward_method<kBytes>},
    {"__reversed__", proxy_forward_method<kReversed>},
    {nullptr, nullptr},
};

// Proxies are made only by weakref.proxy().
Object* proxy_new(TypeObject* type, Object* const*, size_t, Object*) {
    return type_error("cannot create '%s' instances", type_name(type));
}

void init_proxy_type(TypeObject& t, const char* name) {
    t.tp_name = name;
    t.tp_basicsize = 64;
    t.tp_cxx_size = sizeof(WeakRefObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = weakref_traverse;
    t.tp_clear = weakref_clear;
    t.tp_repr = proxy_repr;
    t.tp_str = proxy_unary<object_str>;
    t.tp_getattro = proxy_getattr;
    t.tp_setattro = proxy_setattr;
    t.tp_richcompare = proxy_richcompare;  // and no tp_hash: proxies are unhashable
    t.tp_iter = proxy_iter;
    t.tp_iternext = proxy_iternext;
    t.tp_methods = proxy_methods;
    t.tp_new = proxy_new;
    t.nb_binary[NB_ADD] = proxy_binary<NB_ADD>;
    t.nb_binary[NB_AND] = proxy_binary<NB_AND>;
    t.nb_binary[NB_FLOOR_DIVIDE] = proxy_binary<NB_FLOOR_DIVIDE>;
    t.nb_binary[NB_LSHIFT] = proxy_binary<NB_LSHIFT>;
    t.nb_binary[NB_MATRIX_MULTIPLY] = proxy_binary<NB_MATRIX_MULTIPLY>;
    t.nb_binary[NB_MULTIPLY] = proxy_binary<NB_MULTIPLY>;
    t.nb_binary[NB_REMAINDER] = proxy_binary<NB_REMAINDER>;
    t.nb_binary[NB_OR] = proxy_binary<NB_OR>;
    t.nb_binary[NB_POWER] = proxy_binary<NB_POWER>;
    t.nb_binary[NB_RSHIFT] = proxy_binary<NB_RSHIFT>;
    t.nb_binary[NB_SUBTRACT] = proxy_binary<NB_SUBTRACT>;
    t.nb_binary[NB_TRUE_DIVIDE] = proxy_binary<NB_TRUE_DIVIDE>;
    t.nb_binary[NB_XOR] = proxy_binary<NB_XOR>;
    t.nb_inplace[NB_ADD] = proxy_inplace<NB_ADD>;
    t.nb_inplace[NB_AND] = proxy_inplace<NB_AND>;
    t.nb_inplace[NB_FLOOR_DIVIDE] = proxy_inplace<NB_FLOOR_DIVIDE>;
    t.nb_inplace[NB_LSHIFT] = proxy_inplace<NB_LSHIFT>;
    t.nb_inplace[NB_MATRIX_MULTIPLY] = proxy_inplace<NB_MATRIX_MULTIPLY>;
    t.nb_inplace[NB_MULTIPLY] = proxy_inplace<NB_MULTIPLY>;
    t.nb_inplace[NB_REMAINDER] = proxy_inplace<NB_REMAINDER>;
    t.nb_inplace[NB_OR] = proxy_inplace<NB_OR>;
    t.nb_inplace[NB_POWER] = proxy_inplace<NB_POWER>;
    t.nb_inplace[NB_RSHIFT] = proxy_inplace<NB_RSHIFT>;
    t.nb_inplace[NB_SUBTRACT] = proxy_inplace<NB_SUBTRACT>;
    t.nb_inplace[NB_TRUE_DIVIDE] = proxy_inplace<NB_TRUE_DIVIDE>;
    t.nb_inplace[NB_XOR] = proxy_inplace<NB_XOR>;
    t.nb_power3 = proxy_power3;
    t.nb_negative = proxy_unary<number_negative>;
    t.nb_positive = proxy_unary<number_positive>;
    t.nb_absolute = proxy_unary<number_absolute>;
    t.nb_invert = proxy_unary<number_invert>;
    t.nb_int = proxy_unary<to_int>;
    t.nb_float = proxy_unary<to_float>;
    t.nb_index = proxy_unary<number_index>;
    t.nb_bool = proxy_bool;
    t.sq_length = proxy_length;
    t.sq_contains = proxy_contains;
    t.mp_length = proxy_length;
    t.mp_subscript = proxy_getitem;
    t.mp_ass_subscript = proxy_setitem;
    register_static_type(&t);
}

} // namespace

void init_weakproxy_types() {
    init_proxy_type(WeakProxyType, "weakref.ProxyType");
    init_proxy_type(WeakCallableProxyType, "weakref.CallableProxyType");
    WeakCallableProxyType.tp_call = proxy_call;
}

} // namespace hs
