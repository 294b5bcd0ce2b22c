// Builtin functions and the descriptors that expose a builtin type's methods and attributes.
#include "objects/descrobject.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <cstddef>
#include <cstdio>

namespace hs {

TypeObject BuiltinFunctionType;
TypeObject MethodDescrType;
TypeObject ClassMethodDescrType;
TypeObject GetSetDescrType;

namespace {

std::string address_of(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

// ---- builtin_function_or_method ------------------------------------------------------------

void builtin_dealloc(Object* self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self);
    gc_untrack(self);
    if (f->m_weakreflist) object_clear_weakrefs(self);
    xdecref(f->self);
    xdecref(f->module);
    gc_free(self);
}

int builtin_traverse(Object* self, visitproc visit, void* arg) {
    auto* f = static_cast<BuiltinFunctionObject*>(self);
    HS_VISIT(f->self);
    HS_VISIT(f->module);
    return 0;
}

Object* builtin_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* f = static_cast<BuiltinFunctionObject*>(callable);
    if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
    Object* result = f->def->func(f->self, args, nargs, kwnames);
    leave_recursive_call();
    return result;
}

Object* builtin_repr(Object* self) {
    auto* f = static_cast<BuiltinFunctionObject*>(self);
    if (!f->self || type_of(f->self) == &ModuleType)
        return str_from_utf8(std::string("<built-in function ") + f->def->name + ">");
    return str_from_utf8(std::string("<built-in method ") + f->def->name + " of " + type_name_of(f->self) +
                         " object at " + address_of(f->self) + ">");
}

Object* builtin_get_name(Object* self) { return str_from_utf8(static_cast<BuiltinFunctionObject*>(self)->def->name); }
Object* builtin_get_self(Object* self) {
    Object* s = static_cast<BuiltinFunctionObject*>(self)->self;
    return s ? newref(s) : new_none();
}

Object* builtin_richcompare(Object* a, Object* b, int op) {
    if ((op != Py_EQ && op != Py_NE) || type_of(b) != &BuiltinFunctionType) return newref(NotImplemented());
    auto* x = static_cast<BuiltinFunctionObject*>(a);
    auto* y = static_cast<BuiltinFunctionObject*>(b);
    bool eq = x->def == y->def && x->self == y->self;
    return new_bool(op == Py_EQ ? eq : !eq);
}

const GetSetDef builtin_getset[] = {
    {"__name__", builtin_get_name},
    {"__qualname__", builtin_get_name},
    {"__self__", builtin_get_self},
    {nullptr, nullptr},
};

// ---- method_descriptor / classmethod_descriptor --------------------------------------------

void descr_dealloc(Object* self) {
    auto* d = static_cast<MethodDescrObject*>(self);
    gc_untrack(self);
    xdecref(static_cast<Object*>(d->d_type));
    xdecref(d->d_name);
    gc_free(self);
}

// A descriptor holds its class (d_type), as CPython's do: one reference per descriptor.
int descr_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<Object*>(static_cast<MethodDescrObject*>(self)->d_type));
    return 0;
}

bool descr_check_self(MethodDescrObject* d, Object* obj) {
    if (type_is_subtype(type_of(obj), d->d_type)) return true;
    type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
               type_name(d->d_type), type_name_of(obj));
    return false;
}

Object* method_descr_get(Object* descr, Object* obj, Object* type) {
    auto* d = static_cast<MethodDescrObject*>(descr);
    if (!obj) return newref(descr);
    if (!descr_check_self(d, obj)) return nullptr;
    return builtin_function_new(d->def, obj, nullptr);
}

Object* method_descr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* d = static_cast<MethodDescrObject*>(callable);
    if (nargs < 1) {
        return type_error("unbound method %s.%s() needs an argument", type_name(d->d_type), d->def->name);
    }
    if (!descr_check_self(d, args[0])) return nullptr;
    if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
    Object* result = d->def->func(args[0], args + 1, nargs - 1, kwnames);
    leave_recursive_call();
    return result;
}

Object* method_descr_repr(Object* self) {
    auto* d = static_cast<MethodDescrObject*>(self);
    return str_from_utf8(std::string("<method '") + d->def->name + "' of '" + type_name(d->d_type) + "' objects>");
}

Object* classmethod_descr_get(Object* descr, Object* obj, Object* type) {
    auto* d = static_cast<MethodDescrObject*>(descr);
    Object* cls = type ? type : static_cast<Object*>(type_of(obj));
    return builtin_function_new(d->def, cls, nullptr);
}

Object* classmethod_descr_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* d = static_cast<MethodDescrObject*>(callable);
    if (nargs < 1) return type_error("descriptor '%s' of '%s' object needs an argument", d->def->name, type_name(d->d_type));
    return d->def->func(args[0], args + 1, nargs - 1, kwnames);
}

Object* descr_get_name(Object* self) { return newref(static_cast<MethodDescrObject*>(self)->d_name); }
Object* descr_get_objclass(Object* self) { return newref(static_cast<Object*>(static_cast<MethodDescrObject*>(self)->d_type)); }

const GetSetDef descr_getset[] = {
    {"__name__", descr_get_name},
    {"__qualname__", descr_get_name},
    {"__objclass__", descr_get_objclass},
    {nullptr, nullptr},
};

// ---- getset_descriptor -------------------------------------------------------------------------

Object* getset_get(Object* descr, Object* obj, Object*) {
    auto* d = static_cast<GetSetDescrObject*>(descr);
    if (!obj) return newref(descr);
    if (!type_is_subtype(type_of(obj), d->d_type)) {
        return type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", d->def->name,
                          type_name(d->d_type), type_name_of(obj));
    }
    return d->def->get(obj);
}

int getset_set(Object* descr, Object* obj, Object* value) {
    auto* d = static_cast<GetSetDescrObject*>(descr);
    if (!d->def->set) {
        set_error_format(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d->def->name,
                         type_name(d->d_type));
        return -1;
    }
    return d->def->set(obj, value);
}

Object* getset_repr(Object* self) {
    auto* d = static_cast<GetSetDescrObject*>(self);
    return str_from_utf8(std::string("<attribute '") + d->def->name + "' of '" + type_name(d->d_type) + "' objects>");
}

template <typename T> T* new_descr(TypeObject* descr_type, TypeObject* type, const char* name) {
    auto* d = static_cast<T*>(gc_alloc(descr_type, sizeof(T)));
    if (!d) return nullptr;
    d->d_type = type;
    incref(static_cast<Object*>(type));
    d->d_name = newref(intern(name));
    gc_track(d);
    return d;
}

} // namespace

Object* builtin_function_new(const MethodDef* def, Object* self, Object* module) {
    auto* f = static_cast<BuiltinFunctionObject*>(gc_alloc(&BuiltinFunctionType, sizeof(BuiltinFunctionObject)));
    if (!f) return nullptr;
    f->def = def;
    f->self = xnewref(self);
    f->module = xnewref(module);
    f->m_weakreflist = nullptr;
    gc_track(f);
    return f;
}

Object* method_descr_new(TypeObject* type, const MethodDef* def) {
    TypeObject* descr_type = (def->flags & METH_CLASS) ? &ClassMethodDescrType : &MethodDescrType;
    auto* d = new_descr<MethodDescrObject>(descr_type, type, def->name);
    if (d) d->def = def;
    return d;
}

Object* getset_descr_new(TypeObject* type, const GetSetDef* def) {
    auto* d = new_descr<GetSetDescrObject>(&GetSetDescrType, type, def->name);
    if (d) d->def = def;
    return d;
}

void init_descr_types() {
    BuiltinFunctionType.tp_name = "builtin_function_or_method";
    BuiltinFunctionType.tp_basicsize = 56;
    BuiltinFunctionType.tp_cxx_size = sizeof(BuiltinFunctionObject);
    BuiltinFunctionType.tp_flags = TPFLAGS_HAVE_GC;
    BuiltinFunctionType.tp_dealloc = builtin_dealloc;
    BuiltinFunctionType.tp_traverse = builtin_traverse;
    BuiltinFunctionType.tp_call = builtin_call;
    BuiltinFunctionType.tp_repr = builtin_repr;
    BuiltinFunctionType.tp_richcompare = builtin_richcompare;
    BuiltinFunctionType.tp_getset = builtin_getset;
    BuiltinFunctionType.tp_weaklistoffset = offsetof(BuiltinFunctionObject, m_weakreflist);
    register_static_type(&BuiltinFunctionType);

    for (TypeObject* t : {&MethodDescrType, &ClassMethodDescrType}) {
        t->tp_basicsize = 48;
        t->tp_cxx_size = sizeof(MethodDescrObject);
        t->tp_flags = TPFLAGS_HAVE_GC;
        t->tp_dealloc = descr_dealloc;
        t->tp_traverse = descr_traverse;
        t->tp_repr = method_descr_repr;
        t->tp_getset = descr_getset;
    }
    MethodDescrType.tp_name = "method_descriptor";
    MethodDescrType.tp_descr_get = method_descr_get;
    MethodDescrType.tp_call = method_descr_call;
    ClassMethodDescrType.tp_name = "classmethod_descriptor";
    ClassMethodDescrType.tp_descr_get = classmethod_descr_get;
    ClassMethodDescrType.tp_call = classmethod_descr_call;
    register_static_type(&MethodDescrType);
    register_static_type(&ClassMethodDescrType);

    GetSetDescrType.tp_name = "getset_descriptor";
    GetSetDescrType.tp_basicsize = 48;
    GetSetDescrType.tp_cxx_size = sizeof(GetSetDescrObject);
    GetSetDescrType.tp_flags = TPFLAGS_HAVE_GC;
    GetSetDescrType.tp_dealloc = descr_dealloc;
    GetSetDescrType.tp_traverse = descr_traverse;
    GetSetDescrType.tp_repr = getset_repr;
    GetSetDescrType.tp_descr_get = getset_get;
    GetSetDescrType.tp_descr_set = getset_set;
    GetSetDescrType.tp_getset = descr_getset;
    register_static_type(&GetSetDescrType);
}

} // namespace hs
