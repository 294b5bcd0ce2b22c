// Python functions, cells, bound methods, classmethod, staticmethod and property.
#include "objects/funcobject.h"

#include "objects/container_util.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/call.h"

#include <cstddef>
#include <cstdio>

namespace hs {

TypeObject FunctionType;
TypeObject CellType;
TypeObject MethodType;
TypeObject ClassMethodType;
TypeObject StaticMethodType;
TypeObject PropertyType;

namespace {

std::string address_of(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

// ---- function ---------------------------------------------------------------------------------

void func_dealloc(Object* self) {
    auto* f = static_cast<FunctionObject*>(self);
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    if (f->func_weakreflist) object_clear_weakrefs(self);
    xdecref(f->func_code);
    xdecref(f->func_globals);
    xdecref(f->func_builtins);
    xdecref(f->func_module);
    xdecref(f->func_defaults);
    xdecref(f->func_kwdefaults);
    xdecref(f->func_doc);
    xdecref(f->func_dict);
    xdecref(f->func_closure);
    xdecref(f->func_name);
    xdecref(f->func_qualname);
    xdecref(f->func_annotations);
    gc_free(self);
    trashcan_end();
}

int func_traverse(Object* self, visitproc visit, void* arg) {
    auto* f = static_cast<FunctionObject*>(self);
    HS_VISIT(f->func_code);
    HS_VISIT(f->func_globals);
    HS_VISIT(f->func_builtins);
    HS_VISIT(f->func_module);
    HS_VISIT(f->func_defaults);
    HS_VISIT(f->func_kwdefaults);
    HS_VISIT(f->func_doc);
    HS_VISIT(f->func_name);
    HS_VISIT(f->func_dict);
    HS_VISIT(f->func_closure);
    HS_VISIT(f->func_annotations);
    HS_VISIT(f->func_qualname);
    return 0;
}

int func_clear(Object* self) {
    auto* f = static_cast<FunctionObject*>(self);
    clear_ref(f->func_globals);
    clear_ref(f->func_builtins);
    clear_ref(f->func_module);
    clear_ref(f->func_defaults);
    clear_ref(f->func_kwdefaults);
    clear_ref(f->func_doc);
    clear_ref(f->func_dict);
    clear_ref(f->func_closure);
    clear_ref(f->func_annotations);
    return 0;
}

Object* func_repr(Object* self) {
    auto* f = static_cast<FunctionObject*>(self);
    return str_from_utf8(std::string("<function ") + str_data(f->func_qualname) + " at " + address_of(f) + ">");
}

Object* func_descr_get(Object* func, Object* obj, Object*) {
    if (!obj || obj == None()) {
        if (!obj) return newref(func);
    }
    return method_new(func, obj);
}

#define FUNC_FIELD_GETTER(name, field)                                                              \
    Object* name(Object* self) {                                                                    \
        Object* v = static_cast<FunctionObject*>(self)->field;                                      \
        return v ? newref(v) : new_none();                                                          \
    }
FUNC_FIELD_GETTER(func_get_code, func_code)
FUNC_FIELD_GETTER(func_get_defaults, func_defaults)
FUNC_FIELD_GETTER(func_get_kwdefaults, func_kwdefaults)
FUNC_FIELD_GETTER(func_get_closure, func_closure)
FUNC_FIELD_GETTER(func_get_globals, func_globals)
FUNC_FIELD_GETTER(func_get_name, func_name)
FUNC_FIELD_GETTER(func_get_qualname, func_qualname)
FUNC_FIELD_GETTER(func_get_doc, func_doc)
FUNC_FIELD_GETTER(func_get_module, func_module)
FUNC_FIELD_GETTER(func_get_builtins, func_builtins)
#undef FUNC_FIELD_GETTER

int func_set_str_field(Object*& field, Object* value, const char* what) {
    if (!value || !str_check(value)) {
        type_error("%s must be set to a string object", what);
        return -1;
    }
    setref(field, newref(value));
    return 0;
}
int func_set_name(Object* self, Object* v) { return func_set_str_field(static_cast<FunctionObject*>(self)->func_name, v, "__name__"); }
int func_set_qualname(Object* self, Object* v) {
    return func_set_str_field(static_cast<FunctionObject*>(self)->func_qualname, v, "__qualname__");
}
int func_set_defaults(Object* self, Object* v) {
    if (v == None()) v = nullptr;
    if (v && !tuple_check(v)) {
        type_error("__defaults__ must be set to a tuple object");
        return -1;
    }
    setref(static_cast<FunctionObject*>(self)->func_defaults, xnewref(v));
    return 0;
}
int func_set_kwdefaults(Object* self, Object* v) {
    if (v == None()) v = nullptr;
    if (v && !dict_check(v)) {
        type_error("__kwdefaults__ must be set to a dict object");
        return -1;
    }
    setref(static_cast<FunctionObject*>(self)->func_kwdefaults, xnewref(v));
    return 0;
}
int func_set_doc(Object* self, Object* v) {
    setref(static_cast<FunctionObject*>(self)->func_doc, newref(v ? v : None()));
    return 0;
}
int func_set_module(Object* self, Object* v) {
    setref(static_cast<FunctionObject*>(self)->func_module, newref(v ? v : None()));
    return 0;
}
Object* func_get_dict(Object* self) {
    auto* f = static_cast<FunctionObject*>(self);
    if (!f->func_dict && !(f->func_dict = dict_new())) return nullptr;
    return newref(f->func_dict);
}
Object* func_get_annotations(Object* self) {
    auto* f = static_cast<FunctionObject*>(self);
    if (!f->func_annotations && !(f->func_annotations = dict_new())) return nullptr;
    return newref(f->func_annotations);
}

const GetSetDef func_getset[] = {
    {"__code__", func_get_code},
    {"__defaults__", func_get_defaults, func_set_defaults},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults},
    {"__closure__", func_get_closure},
    {"__globals__", func_get_globals},
    {"__builtins__", func_get_builtins},
    {"__name__", func_get_name, func_set_name},
    {"__qualname__", func_get_qualname, func_set_qualname},
    {"__doc__", func_get_doc, func_set_doc},
    {"__module__", func_get_module, func_set_module},
    {"__dict__", func_get_dict},
    {"__annotations__", func_get_annotations},
    {nullptr, nullptr},
};

// ---- cell -------------------------------------------------------------------------------------

void cell_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<CellObject*>(self)->ob_ref);
    gc_free(self);
}
int cell_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<CellObject*>(self)->ob_ref);
    return 0;
}
int cell_clear(Object* self) {
    clear_ref(static_cast<CellObject*>(self)->ob_ref);
    return 0;
}
Object* cell_repr(Object* self) {
    Object* ref = static_cast<CellObject*>(self)->ob_ref;
    if (!ref) return str_from_utf8("<cell at " + address_of(self) + ": empty>");
    return str_from_utf8("<cell at " + address_of(self) + ": " + type_name_of(ref) + " object at " + address_of(ref) + ">");
}
Object* cell_get_contents(Object* self) {
    Object* ref = static_cast<CellObject*>(self)->ob_ref;
    if (!ref) {
        set_error(&ValueErrorType, "Cell is empty");
        return nullptr;
    }
    return newref(ref);
}
int cell_set_contents(Object* self, Object* v) {
    setref(static_cast<CellObject*>(self)->ob_ref, xnewref(v));
    return 0;
}
Object* cell_richcompare(Object* a, Object* b, int op) {
    if (type_of(b) != &CellType) return newref(NotImplemented());
    Object* x = static_cast<CellObject*>(a)->ob_ref;
    Object* y = static_cast<CellObject*>(b)->ob_ref;
    if (x && y) return object_richcompare(x, y, op);
    // Empty cells sort before full ones.
    int cmp = (x != nullptr) - (y != nullptr);
    bool r = op == Py_LT ? cmp < 0 : op == Py_LE ? cmp <= 0 : op == Py_EQ ? cmp == 0 : op == Py_NE ? cmp != 0 : op == Py_GT ? cmp > 0 : cmp >= 0;
    return new_bool(r);
}
const GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};

// ---- bound method -----------------------------------------------------------------------------

void method_dealloc(Object* self) {
    auto* m = static_cast<MethodObject*>(self);
    gc_untrack(self);
    if (m->im_weakreflist) object_clear_weakrefs(self);
    xdecref(m->im_func);
    xdecref(m->im_self);
    gc_free(self);
}
// method(function, instance), e.g. types.MethodType or type(obj.m)(f, obj) in weakref.WeakMethod.
// The type has no vectorcall in 3.11: the call builds an argument tuple first.
Object* method_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    LegacyCallArgs legacy;
    if (!make_legacy_call_args(args, nargs, kwnames, &legacy)) return nullptr;
    if (!check_no_kwargs("method", kwnames) || !check_nargs("method", nargs, 2, 2)) return nullptr;
    if (!type_of(args[0])->tp_call) return type_error("first argument must be callable");
    if (args[1] == None()) return type_error("instance must not be None");
    return method_new(args[0], args[1]);
}

int method_traverse(Object* self, visitproc visit, void* arg) {
    auto* m = static_cast<MethodObject*>(self);
    HS_VISIT(m->im_func);
    HS_VISIT(m->im_self);
    return 0;
}
Object* method_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* m = static_cast<MethodObject*>(callable);
    return call_with_self(m->im_func, m->im_self, args, nargs, kwnames);
}
Object* method_repr(Object* self) {
    auto* m = static_cast<MethodObject*>(self);
    Ref name;
    if (object_lookup_attr(m->im_func, intern("__qualname__"), &name.reset_out()) < 0) return nullptr;
    Ref self_repr(object_repr(m->im_self));
    if (!self_repr) return nullptr;
    std::string fname = name && str_check(name.get()) ? std::string(str_view(name.get())) : "?";
    return str_from_utf8("<bound method " + fname + " of " + std::string(str_view(self_repr.get())) + ">");
}
Object* method_richcompare(Object* a, Object* b, int op) {
    if ((op != Py_EQ && op != Py_NE) || type_of(b) != &MethodType) return newref(NotImplemented());
    auto* x = static_cast<MethodObject*>(a);
    auto* y = static_cast<MethodObject*>(b);
    int eq = object_richcompare_bool(x->im_func, y->im_func, Py_EQ);
    if (eq < 0) return nullptr;
    bool r = eq && x->im_self == y->im_self;
    return new_bool(op == Py_EQ ? r : !r);
}
int64_t method_hash(Object* self) {
    auto* m = static_cast<MethodObject*>(self);
    int64_t a = object_hash(m->im_self);
    if (a == -1) return -1;
    int64_t b = object_hash(m->im_func);
    if (b == -1) return -1;
    int64_t h = a ^ b;
    return h == -1 ? -2 : h;
}
Object* method_getattro(Object* self, Object* name) {
    // Attributes not found on the method come from the function (m.__name__, m.__doc__...).
    Object* descr = type_lookup(type_of(self), name);
    if (descr) {
        if (descrgetfunc get = type_of(descr)->tp_descr_get) return get(descr, self, static_cast<Object*>(type_of(self)));
        return newref(descr);
    }
    return object_getattr(static_cast<MethodObject*>(self)->im_func, name);
}
Object* method_get_func(Object* self) { return newref(static_cast<MethodObject*>(self)->im_func); }
Object* method_get_self(Object* self) { return newref(static_cast<MethodObject*>(self)->im_self); }
const GetSetDef method_getset[] = {
    {"__func__", method_get_func},
    {"__self__", method_get_self},
    {nullptr, nullptr},
};

// ---- classmethod / staticmethod -----------------------------------------------------------------

void wrapper_dealloc(Object* self) {
    auto* w = static_cast<WrapperDescrObject*>(self);
    gc_untrack(self);
    xdecref(w->callable);
    xdecref(w->dict);
    gc_free(self);
}
int wrapper_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<WrapperDescrObject*>(self)->callable);
    HS_VISIT(static_cast<WrapperDescrObject*>(self)->dict);
    return 0;
}
int wrapper_clear(Object* self) {
    clear_ref(static_cast<WrapperDescrObject*>(self)->callable);
    clear_ref(static_cast<WrapperDescrObject*>(self)->dict);
    return 0;
}
int wrapper_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    const char* name = type_of(self) == &StaticMethodType ? "staticmethod" : "classmethod";
    if (!check_no_kwargs(name, kwnames)) return -1;
    if (nargs != 1) {
        type_error("%s expected 1 argument, got %zu", name, nargs);
        return -1;
    }
    setref(static_cast<WrapperDescrObject*>(self)->callable, newref(args[0]));
    return 0;
}
Object* classmethod_get(Object* self, Object* obj, Object* type) {
    Object* cls = type ? type : static_cast<Object*>(type_of(obj));
    return method_new(static_cast<WrapperDescrObject*>(self)->callable, cls);
}
Object* staticmethod_get(Object* self, Object*, Object*) { return newref(static_cast<WrapperDescrObject*>(self)->callable); }
Object* staticmethod_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return object_call(static_cast<WrapperDescrObject*>(self)->callable, args, nargs, kwnames);
}
Object* wrapper_repr(Object* self) {
    Ref inner(object_repr(static_cast<WrapperDescrObject*>(self)->callable));
    if (!inner) return nullptr;
    return str_from_utf8(std::string("<") + type_name_of(self) + "(" + std::string(str_view(inner.get())) + ")>");
}
Object* wrapper_get_func(Object* self) { return newref(static_cast<WrapperDescrObject*>(self)->callable); }
const GetSetDef wrapper_getset[] = {
    {"__func__", wrapper_get_func},
    {"__wrapped__", wrapper_get_func},
    {nullptr, nullptr},
};

// ---- property -------------------------------------------------------------------------------------

void property_dealloc(Object* self) {
    auto* p = static_cast<PropertyObject*>(self);
    gc_untrack(self);
    xdecref(p->prop_get);
    xdecref(p->prop_set);
    xdecref(p->prop_del);
    xdecref(p->prop_doc);
    xdecref(p->prop_name);
    gc_free(self);
}
int property_traverse(Object* self, visitproc visit, void* arg) {
    auto* p = static_cast<PropertyObject*>(self);
    HS_VISIT(p->prop_get);
    HS_VISIT(p->prop_set);
    HS_VISIT(p->prop_del);
    HS_VISIT(p->prop_doc);
    HS_VISIT(p->prop_name);
    return 0;
}
// As CPython's: only the doc is cleared; the collector breaks cycles through the other fields
// at the objects they point to.
int property_clear(Object* self) {
    clear_ref(static_cast<PropertyObject*>(self)->prop_doc);
    return 0;
}
Object* none_to_null(Object* o) { return o == None() ? nullptr : o; }

int property_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[4];
    if (!parse_args({"property", {"fget", "fset", "fdel", "doc"}}, args, nargs, kwnames, a)) return -1;
    auto* p = static_cast<PropertyObject*>(self);
    setref(p->prop_get, xnewref(none_to_null(a[0])));
    setref(p->prop_set, xnewref(none_to_null(a[1])));
    setref(p->prop_del, xnewref(none_to_null(a[2])));
    setref(p->prop_doc, xnewref(a[3]));
    clear_ref(p->prop_name);
    p->getter_doc = false;
    // No doc given: the getter's __doc__, even when that is None (CPython's property_init_impl).
    if ((!a[3] || a[3] == None()) && p->prop_get) {
        Ref get_doc;
        int found = object_lookup_attr(p->prop_get, intern("__doc__"), &get_doc.reset_out());
        if (found <= 0) return found;
        if (type_of(self) == &PropertyType) {
            setref(p->prop_doc, get_doc.release());
        } else if (object_setattr(self, intern("__doc__"), get_doc.get()) < 0) {
            // A subclass keeps it in the instance's __dict__, where its own __doc__ cannot shadow it.
            return -1;
        }
        p->getter_doc = true;
    }
    return 0;
}

std::string property_name(PropertyObject* p) {
    if (p->prop_name && str_check(p->prop_name)) return std::string(str_view(p->prop_name));
    return "";
}

Object* property_error(PropertyObject* p, Object* obj, const char* missing) {
    std::string name = property_name(p);
    if (name.empty()) {
        set_error_format(&AttributeErrorType, "property of '%s' object has no %s", type_name_of(obj), missing);
    } else {
        set_error_format(&AttributeErrorType, "property '%s' of '%s' object has no %s", name.c_str(),
                         type_name_of(obj), missing);
    }
    return nullptr;
}

Object* property_get(Object* self, Object* obj, Object*) {
    auto* p = static_cast<PropertyObject*>(self);
    if (!obj || obj == None()) return newref(self);
    if (!p->prop_get) return property_error(p, obj, "getter");
    return call_args(p->prop_get, {obj});
}
int property_set(Object* self, Object* obj, Object* value) {
    auto* p = static_cast<PropertyObject*>(self);
    Object* f = value ? p->prop_set : p->prop_del;
    if (!f) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    Ref r(value ? call_args(f, {obj, value}) : call_args(f, {obj}));
    return r ? 0 : -1;
}

// property.getter/setter/deleter return a copy with one accessor replaced.
Object* property_copy(Object* self, Object* get, Object* set, Object* del) {
    auto* p = static_cast<PropertyObject*>(self);
    Object* none = None();
    if (!get) get = p->prop_get ? p->prop_get : none;
    if (!set) set = p->prop_set ? p->prop_set : none;
    if (!del) del = p->prop_del ? p->prop_del : none;
    // A doc taken from the old getter is taken again from the new one.
    Object* doc = p->getter_doc && get != none ? none : (p->prop_doc ? p->prop_doc : none);
    Ref copy(call_args(static_cast<Object*>(type_of(self)), {get, set, del, doc}));
    if (!copy) return nullptr;
    if (type_is_subtype(type_of(copy.get()), &PropertyType)) {
        setref(static_cast<PropertyObject*>(copy.get())->prop_name, xnewref(p->prop_name));
    }
    return copy.release();
}
Object* property_getter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("getter", kwnames) || !check_nargs("getter", nargs, 1, 1)) return nullptr;
    return property_copy(self, args[0], nullptr, nullptr);
}
Object* property_setter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("setter", kwnames) || !check_nargs("setter", nargs, 1, 1)) return nullptr;
    return property_copy(self, nullptr, args[0], nullptr);
}
Object* property_deleter(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("deleter", kwnames) || !check_nargs("deleter", nargs, 1, 1)) return nullptr;
    return property_copy(self, nullptr, nullptr, args[0]);
}
Object* property_set_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("__set_name__", kwnames) || !check_nargs("__set_name__", nargs, 2, 2)) return nullptr;
    setref(static_cast<PropertyObject*>(self)->prop_name, newref(args[1]));
    return new_none();
}
#define PROP_FIELD(name, field)                                                                     \
    Object* name(Object* self) {                                                                    \
        Object* v = static_cast<PropertyObject*>(self)->field;                                      \
        return v ? newref(v) : new_none();                                                          \
    }
PROP_FIELD(property_get_fget, prop_get)
PROP_FIELD(property_get_fset, prop_set)
PROP_FIELD(property_get_fdel, prop_del)
PROP_FIELD(property_get_doc, prop_doc)
#undef PROP_FIELD

const MethodDef property_methods[] = {
    {"getter", property_getter},
    {"setter", property_setter},
    {"deleter", property_deleter},
    {"__set_name__", property_set_name},
    {nullptr, nullptr},
};
const GetSetDef property_getset[] = {
    {"fget", property_get_fget}, {"fset", property_get_fset}, {"fdel", property_get_fdel},
    {"__doc__", property_get_doc}, {nullptr, nullptr},
};

void init_gc_type(TypeObject& t, const char* name, ssize_t basicsize, size_t cxx_size) {
    t.tp_name = name;
    t.tp_basicsize = basicsize;
    t.tp_cxx_size = cxx_size;
    t.tp_flags = TPFLAGS_HAVE_GC;
    register_static_type(&t);
}

} // namespace

Object* function_new(Object* code, Object* globals) {
    auto* co = static_cast<CodeObject*>(code);
    auto* f = static_cast<FunctionObject*>(gc_alloc(&FunctionType, sizeof(FunctionObject)));
    if (!f) return nullptr;
    f->func_globals = newref(globals);
    Object* builtins = dict_getitem_str(globals, "__builtins__");
    if (builtins && type_of(builtins) != &DictType) {
        Object** slot = object_dict_slot(builtins);
        builtins = slot ? *slot : nullptr;
    }
    f->func_builtins = newref(builtins ? builtins : static_cast<Object*>(rt().builtins));
    f->func_name = newref(co->co_name);
    f->func_qualname = newref(co->co_qualname);
    f->func_code = static_cast<CodeObject*>(newref(code));
    f->func_defaults = f->func_kwdefaults = f->func_closure = f->func_dict = nullptr;
    f->func_weakreflist = f->func_annotations = nullptr;
    // The docstring is co_consts[0] when the code has one (CPython 3.11's rule).
    Object* doc = None();
    if (tuple_size(co->co_consts) > 0 && str_check(tuple_items(co->co_consts)[0]) &&
        (co->co_flags & compiler::CO_OPTIMIZED))
        doc = tuple_items(co->co_consts)[0];
    f->func_doc = newref(doc);
    Object* module = dict_getitem_str(globals, "__name__");
    f->func_module = xnewref(module);
    gc_track(f);
    return f;
}

Object* cell_new(Object* contents) {
    auto* c = static_cast<CellObject*>(gc_alloc(&CellType, sizeof(CellObject)));
    if (!c) return nullptr;
    c->ob_ref = xnewref(contents);
    gc_track(c);
    return c;
}

Object* method_new(Object* func, Object* self) {
    auto* m = static_cast<MethodObject*>(gc_alloc(&MethodType, sizeof(MethodObject)));
    if (!m) return nullptr;
    m->im_func = newref(func);
    m->im_self = newref(self);
    m->im_weakreflist = nullptr;
    gc_track(m);
    return m;
}

void init_function_types() {
    init_gc_type(FunctionType, "function", 136, sizeof(FunctionObject));
    FunctionType.tp_flags |= TPFLAGS_METHOD_DESCRIPTOR;
    FunctionType.tp_dealloc = func_dealloc;
    FunctionType.tp_traverse = func_traverse;
    FunctionType.tp_clear = func_clear;
    FunctionType.tp_repr = func_repr;
    FunctionType.tp_call = function_vectorcall;
    FunctionType.tp_descr_get = func_descr_get;
    FunctionType.tp_getset = func_getset;
    FunctionType.tp_weaklistoffset = offsetof(FunctionObject, func_weakreflist);
    FunctionType.tp_dictoffset = offsetof(FunctionObject, func_dict);

    init_gc_type(CellType, "cell", 24, sizeof(CellObject));
    CellType.tp_dealloc = cell_dealloc;
    CellType.tp_traverse = cell_traverse;
    CellType.tp_clear = cell_clear;
    CellType.tp_repr = cell_repr;
    CellType.tp_richcompare = cell_richcompare;
    CellType.tp_getset = cell_getset;

    init_gc_type(MethodType, "method", 48, sizeof(MethodObject));
    MethodType.tp_dealloc = method_dealloc;
    MethodType.tp_traverse = method_traverse;
    MethodType.tp_call = method_call;
    MethodType.tp_repr = method_repr;
    MethodType.tp_richcompare = method_richcompare;
    MethodType.tp_hash = method_hash;
    MethodType.tp_getattro = method_getattro;
    MethodType.tp_getset = method_getset;
    MethodType.tp_weaklistoffset = offsetof(MethodObject, im_weakreflist);
    MethodType.tp_new = method_tp_new;

    for (TypeObject* t : {&ClassMethodType, &StaticMethodType}) {
        init_gc_type(*t, t == &ClassMethodType ? "classmethod" : "staticmethod", 32, sizeof(WrapperDescrObject));
        t->tp_flags |= TPFLAGS_BASETYPE;
        t->tp_dealloc = wrapper_dealloc;
        t->tp_traverse = wrapper_traverse;
        t->tp_clear = wrapper_clear;
        t->tp_init = wrapper_init;
        t->tp_new = generic_new;
        t->tp_repr = wrapper_repr;
        t->tp_getset = wrapper_getset;
    }
    ClassMethodType.tp_descr_get = classmethod_get;
    StaticMethodType.tp_descr_get = staticmethod_get;
    StaticMethodType.tp_call = staticmethod_call;

    init_gc_type(PropertyType, "property", 64, sizeof(PropertyObject));
    PropertyType.tp_flags |= TPFLAGS_BASETYPE;
    PropertyType.tp_dealloc = property_dealloc;
    PropertyType.tp_traverse = property_traverse;
    PropertyType.tp_clear = property_clear;
    PropertyType.tp_init = property_init;
    PropertyType.tp_new = generic_new;
    PropertyType.tp_descr_get = property_get;
    PropertyType.tp_descr_set = property_set;
    PropertyType.tp_methods = property_methods;
    PropertyType.tp_getset = property_getset;
}

} // namespace hs
