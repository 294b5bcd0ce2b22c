// `type` and `object`, and readying static types (CPython's typeobject.c, the parts that are
// not about classes made by `class` statements: those live in objects/heaptype.cpp).
#include "numeric/float_format.h"
#include "objects/container_util.h"
#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/shared_keys.h"
#include "objects/strobject.h"
#include "objects/subclasses.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/types_registry.h"

#include <cstdio>
#include <cstring>

namespace hs {

TypeObject TypeType;
TypeObject ObjectType;

namespace {
std::vector<TypeObject*> g_static_types;
} // namespace

void register_static_type(TypeObject* type) {
    type->ob_refcnt = IMMORTAL_REFCNT;
    if (!type->ob_type) type->ob_type = &TypeType;
    for (TypeObject* t : g_static_types)
        if (t == type) return;
    g_static_types.push_back(type);
}
const std::vector<TypeObject*>& static_types() { return g_static_types; }

// ---- Subtypes and lookup ------------------------------------------------------------------

bool type_is_subtype(TypeObject* a, TypeObject* b) {
    if (a == b) return true;
    if (TupleObject* mro = a->tp_mro) {
        Object** items = tuple_items(mro);
        for (ssize_t i = 0, n = tuple_size(mro); i < n; i++)
            if (items[i] == b) return true;
        return false;
    }
    // Not ready yet: walk the tp_base chain.
    for (TypeObject* t = a; t; t = t->tp_base)
        if (t == b) return true;
    return b == &ObjectType;
}

namespace {

// CPython's method cache: type_lookup's answers (misses included, the common case for instance
// attributes) by (type version, interned name). An entry is valid only in the epoch it was made
// in; a class's version changes when its dict does, and the epoch when a class that has
// subclasses changes (heapscope keeps no list of subclasses to visit).
struct LookupCacheEntry {
    uint64_t epoch = 0;
    unsigned int version = 0;
    Object* name = nullptr;   // owned, as in CPython: a dead name's address cannot match
    Object* value = nullptr;  // borrowed: the class's dict holds it while the entry is valid
};
constexpr size_t kLookupCacheSize = 4096;
LookupCacheEntry g_lookup_cache[kLookupCacheSize];
uint64_t g_lookup_epoch = 1;
unsigned int g_next_version_tag = 1;

size_t lookup_cache_index(unsigned int version, Object* name) {
    uintptr_t h = reinterpret_cast<uintptr_t>(name) >> 4;
    return (h ^ (size_t{version} * 2654435761u)) & (kLookupCacheSize - 1);
}

Object* type_lookup_uncached(TypeObject* type, Object* name) {
    TupleObject* mro = type->tp_mro;
    if (!mro) return nullptr;
    Object** items = tuple_items(mro);
    for (ssize_t i = 0, n = tuple_size(mro); i < n; i++) {
        auto* t = static_cast<TypeObject*>(items[i]);
        if (!t->tp_dict) continue;
        ErrorState saved = fetch_error();  // lookups never raise (CPython's _PyType_Lookup)
        Object* v = dict_getitem_with_error(t->tp_dict, name);
        if (error_occurred()) clear_error();
        restore_error(saved);
        if (v) return v;
    }
    return nullptr;
}

} // namespace

Object* type_lookup(TypeObject* type, Object* name) {
    if (!str_check_exact(name) || !type->tp_mro) return type_lookup_uncached(type, name);
    if (type->tp_version_tag == 0) {
        if (g_next_version_tag == 0) {  // wrapped around: start a new epoch
            g_lookup_epoch++;
            g_next_version_tag = 1;
        }
        type->tp_version_tag = g_next_version_tag++;
    }
    LookupCacheEntry& e = g_lookup_cache[lookup_cache_index(type->tp_version_tag, name)];
    if (e.epoch == g_lookup_epoch && e.version == type->tp_version_tag && e.name == name) return e.value;
    Object* value = type_lookup_uncached(type, name);
    Object* old_name = e.name;
    e = {g_lookup_epoch, type->tp_version_tag, newref(name), value};
    xdecref(old_name);  // an exact str: freeing it runs no code
    return value;
}

void type_lookup_cache_clear() {
    g_lookup_epoch++;
    for (LookupCacheEntry& e : g_lookup_cache) {
        Object* name = e.name;
        e = {};
        xdecref(name);
    }
}

void type_lookup_cache_visit(void (*visit)(Object* name, void* arg), void* arg) {
    for (LookupCacheEntry& e : g_lookup_cache) {
        if (e.name) visit(e.name, arg);
    }
}

void type_modified(TypeObject* type) {
    type->tp_version_tag = 0;
    if (type->ht_has_subclasses) g_lookup_epoch++;
}

// ---- Readying ---------------------------------------------------------------------------

namespace {

template <typename T> void inherit(T& slot, T base_slot) {
    if (!slot) slot = base_slot;
}

} // namespace

void inherit_type_slots(TypeObject* type, TypeObject* base) {
    constexpr uint64_t inherited_flags = TPFLAGS_LONG_SUBCLASS | TPFLAGS_LIST_SUBCLASS | TPFLAGS_TUPLE_SUBCLASS |
                                         TPFLAGS_BYTES_SUBCLASS | TPFLAGS_UNICODE_SUBCLASS | TPFLAGS_DICT_SUBCLASS |
                                         TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_TYPE_SUBCLASS | TPFLAGS_HAVE_GC;
    type->tp_flags |= base->tp_flags & inherited_flags;
    if (!type->tp_basicsize) type->tp_basicsize = base->tp_basicsize;
    if (!type->tp_itemsize) type->tp_itemsize = base->tp_itemsize;
    inherit(type->tp_dealloc, base->tp_dealloc);
    inherit(type->tp_repr, base->tp_repr);
    inherit(type->tp_str, base->tp_str);
    // Hashing and comparison are inherited together (CPython: a type that defines __eq__
    // without __hash__ is unhashable; that rule is applied to classes in heaptype.cpp).
    if (!type->tp_richcompare && !type->tp_hash) {
        type->tp_richcompare = base->tp_richcompare;
        type->tp_hash = base->tp_hash;
    }
    inherit(type->tp_call, base->tp_call);
    inherit(type->tp_getattro, base->tp_getattro);
    inherit(type->tp_setattro, base->tp_setattro);
    inherit(type->tp_iter, base->tp_iter);
    inherit(type->tp_iternext, base->tp_iternext);
    if (is_gc_type(type) && !type->tp_traverse && !type->tp_clear) {
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    inherit(type->tp_descr_get, base->tp_descr_get);
    inherit(type->tp_descr_set, base->tp_descr_set);
    inherit(type->tp_new, base->tp_new);
    inherit(type->tp_init, base->tp_init);
    inherit(type->tp_finalize, base->tp_finalize);
    for (int i = 0; i < NB_COUNT; i++) {
        inherit(type->nb_binary[i], base->nb_binary[i]);
        inherit(type->nb_inplace[i], base->nb_inplace[i]);
    }
    inherit(type->nb_power3, base->nb_power3);
    inherit(type->nb_negative, base->nb_negative);
    inherit(type->nb_positive, base->nb_positive);
    inherit(type->nb_invert, base->nb_invert);
    inherit(type->nb_absolute, base->nb_absolute);
    inherit(type->nb_bool, base->nb_bool);
    inherit(type->nb_int, base->nb_int);
    inherit(type->nb_float, base->nb_float);
    inherit(type->nb_index, base->nb_index);
    inherit(type->sq_length, base->sq_length);
    inherit(type->sq_concat, base->sq_concat);
    inherit(type->sq_repeat, base->sq_repeat);
    inherit(type->sq_inplace_concat, base->sq_inplace_concat);
    inherit(type->sq_inplace_repeat, base->sq_inplace_repeat);
    inherit(type->sq_contains, base->sq_contains);
    inherit(type->mp_length, base->mp_length);
    inherit(type->mp_subscript, base->mp_subscript);
    inherit(type->mp_ass_subscript, base->mp_ass_subscript);
    if (!type->tp_weaklistoffset) type->tp_weaklistoffset = base->tp_weaklistoffset;
    if (!type->tp_dictoffset) type->tp_dictoffset = base->tp_dictoffset;
}

namespace {

int add_methods(TypeObject* type) {
    if (type->tp_methods) {
        for (const MethodDef* def = type->tp_methods; def->name; def++) {
            Object* name = intern(def->name);
            if (dict_getitem_str(type->tp_dict, def->name)) continue;
            Ref descr(def->flags & METH_STATIC ? builtin_function_new(def, nullptr, nullptr)
                                               : method_descr_new(type, def));
            if (!descr || dict_setitem(type->tp_dict, name, descr.get()) < 0) return -1;
        }
    }
    if (type->tp_getset) {
        for (const GetSetDef* def = type->tp_getset; def->name; def++) {
            if (dict_getitem_str(type->tp_dict, def->name)) continue;
            Ref descr(getset_descr_new(type, def));
            if (!descr || dict_setitem(type->tp_dict, intern(def->name), descr.get()) < 0) return -1;
        }
    }
    return 0;
}

} // namespace

int type_ready(TypeObject* type) {
    if (type->tp_flags & TPFLAGS_READY) return 0;
    if (!type->ob_type) type->ob_type = &TypeType;
    if (!type->tp_base && type != &ObjectType) type->tp_base = &ObjectType;
    if (type->tp_base && type_ready(type->tp_base) < 0) return -1;
    type->tp_flags |= TPFLAGS_READY;

    if (!type->tp_bases) {
        type->tp_bases = static_cast<TupleObject*>(type->tp_base ? tuple_pack({type->tp_base}) : tuple_empty());
        if (!type->tp_bases) return -1;
    }
    if (!type->tp_mro) {
        // Static types have single inheritance: the MRO is the type followed by its base's MRO.
        ssize_t nbase = type->tp_base ? tuple_size(type->tp_base->tp_mro) : 0;
        Object* mro = tuple_new(nbase + 1);
        if (!mro) return -1;
        tuple_items(mro)[0] = newref(static_cast<Object*>(type));
        for (ssize_t i = 0; i < nbase; i++) tuple_items(mro)[i + 1] = newref(tuple_items(type->tp_base->tp_mro)[i]);
        type->tp_mro = static_cast<TupleObject*>(mro);
    }
    if (type->tp_base) inherit_type_slots(type, type->tp_base);
    if (!type->tp_dict) {
        type->tp_dict = static_cast<DictObject*>(dict_new());
        if (!type->tp_dict) return -1;
    }
    if (add_methods(type) < 0) return -1;
    if (add_slot_wrappers(type) < 0) return -1;
    if (type->tp_doc && !dict_getitem_str(type->tp_dict, "__doc__")) {
        Ref doc(str_from_utf8(type->tp_doc));
        if (!doc || dict_setitem_str(type->tp_dict, "__doc__", doc.get()) < 0) return -1;
    }
    type_modified(type);  // lookups made while its dict was being filled are forgotten
    return 0;
}

// ---- object ---------------------------------------------------------------------------------

Object* heap_type_module_name(TypeObject* type) {
    Object* module = type->tp_dict ? dict_getitem_str(type->tp_dict, "__module__") : nullptr;
    return module && str_check(module) && str_view(module) != "builtins" ? module : nullptr;
}

namespace {

Object* object_repr_default(Object* self) {
    TypeObject* t = type_of(self);
    char address[32];
    std::snprintf(address, sizeof address, "%p", static_cast<void*>(self));
    std::string text = "<";
    if (Object* module = type_has_flag(t, TPFLAGS_HEAPTYPE) ? heap_type_module_name(t) : nullptr) {
        text += str_view(module);
        text += '.';
        text += str_view(t->ht_qualname);
    } else {
        text += t->tp_name;
    }
    text += " object at ";
    text += address;
    text += '>';
    return str_from_utf8(text);
}

Object* object_str_default(Object* self) {
    unaryfunc repr = type_of(self)->tp_repr;
    return repr ? repr(self) : object_repr_default(self);
}

int64_t object_hash_default(Object* self) {
    // CPython's _Py_HashPointer, in 64 bits on every target (wasm32 addresses are 32-bit).
    return numeric::hash_pointer(reinterpret_cast<uintptr_t>(self));
}

Object* object_richcompare_default(Object* self, Object* other, int op) {
    switch (op) {
    case Py_EQ:
        return newref(self == other ? True() : NotImplemented());
    case Py_NE: {
        // By default, != delegates to == and inverts the result (unless NotImplemented).
        richcmpfunc eq = type_of(self)->tp_richcompare;
        if (!eq) return newref(NotImplemented());
        Object* r = eq(self, other, Py_EQ);
        if (!r || r == NotImplemented()) return r;
        int truth = object_is_true(r);
        decref(r);
        if (truth < 0) return nullptr;
        return new_bool(!truth);
    }
    default:
        return newref(NotImplemented());
    }
}

bool excess_args(size_t nargs, Object* kwnames) { return nargs > 0 || (kwnames && tuple_size(kwnames) > 0); }

int object_init(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    TypeObject* type = type_of(self);
    if (excess_args(nargs, kwnames)) {
        if (type->tp_init != object_init) {
            type_error("object.__init__() takes exactly one argument (the instance to initialize)");
            return -1;
        }
        if (type->tp_new == ObjectType.tp_new) {
            type_error("%s() takes no arguments", type_name(type));
            return -1;
        }
    }
    return 0;
}

Object* object_new(TypeObject* type, Object* const*, size_t nargs, Object* kwnames) {
    if (excess_args(nargs, kwnames)) {
        if (type->tp_new != object_new) return type_error("object.__new__() takes exactly one argument (the type to instantiate)");
        if (type->tp_init == object_init) return type_error("%s() takes no arguments", type_name(type));
    }
    if (type_has_flag(type, TPFLAGS_IS_ABSTRACT)) return type_error("Can't instantiate abstract class %s", type_name(type));
    Object* obj = type_generic_alloc(type, 0);
    // _PyObject_InitializeDict: a new instance of a managed-dict class reserves its values.
    if (obj && type_has_flag(type, TPFLAGS_MANAGED_DICT)) type->ht_cached_keys->on_new_instance();
    return obj;
}

void object_dealloc(Object* self) {
    TypeObject* type = type_of(self);
    if (is_gc_type(type)) gc_free(self);
    else object_free(self);
}

Object* object_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__sizeof__", nargs, kwnames)) return nullptr;
    TypeObject* t = type_of(self);
    ssize_t size = t->tp_basicsize;
    if (t->tp_itemsize) size += t->tp_itemsize * static_cast<VarObject*>(self)->ob_size;
    return int_from_int64(size);
}

Object* object_get_class(Object* self) { return newref(static_cast<Object*>(type_of(self))); }

Object* object_init_subclass(Object* cls, Object* const*, size_t nargs, Object* kwnames) {
    if ((kwnames && tuple_size(kwnames)) || nargs) {
        return type_error("%s.__init_subclass__() takes no keyword arguments", type_name(static_cast<TypeObject*>(cls)));
    }
    return new_none();
}

// `T.__new__(cls, ...)`: checks that cls can be made by T's tp_new, then calls it.
Object* tp_new_wrapper(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(self);
    // A METH_VARARGS | METH_KEYWORDS builtin in CPython: the call builds a tuple of every argument
    // (and a keyword dict), and tp_new_wrapper a second tuple without the class (the shared ()
    // when nothing follows it); both take part in gc.get_count() and the tuple free lists.
    LegacyCallArgs all;
    if (!make_legacy_call_args(args, nargs, kwnames, &all)) return nullptr;
    LegacyCallArgs rest;
    if (nargs >= 1 && !make_legacy_call_args(args + 1, nargs - 1, nullptr, &rest)) return nullptr;
    if (nargs < 1) return type_error("%s.__new__(): not enough arguments", type_name(type));
    Object* arg0 = args[0];
    if (!type_has_flag(type_of(arg0), TPFLAGS_TYPE_SUBCLASS)) {
        return type_error("%s.__new__(X): X is not a type object (%s)", type_name(type), type_name_of(arg0));
    }
    auto* subtype = static_cast<TypeObject*>(arg0);
    if (!type_is_subtype(subtype, type)) {
        return type_error("%s.__new__(%s): %s is not a subtype of %s", type_name(type), type_name(subtype),
                          type_name(subtype), type_name(type));
    }
    return type->tp_new(subtype, args + 1, nargs - 1, kwnames);
}

// object.__format__: format(x, '') is str(x); any other spec is an error for plain objects.
Object* object_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("__format__", kwnames) || !check_nargs("__format__", nargs, 1, 1)) return nullptr;
    if (!str_check(args[0])) return type_error("__format__() argument must be str, not %s", type_name_of(args[0]));
    if (static_cast<StrObject*>(args[0])->length > 0) {
        return type_error("unsupported format string passed to %s.__format__", type_name_of(self));
    }
    return object_str(self);
}

// Adds every name in the dicts along type's MRO to `names` (CPython's merge_class_dict).
int merge_class_names(Object* names, TypeObject* type) {
    TupleObject* mro = type->tp_mro;
    if (!mro) return 0;
    for (ssize_t i = 0; i < tuple_size(mro); i++) {
        auto* t = static_cast<TypeObject*>(tuple_items(mro)[i]);
        if (t->tp_dict && dict_merge(names, t->tp_dict, true) < 0) return -1;
    }
    return 0;
}

// object.__dir__: the instance's attributes and everything its class provides.
Object* object_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__dir__", nargs, kwnames)) return nullptr;
    Ref names(dict_new());
    if (!names) return nullptr;
    Object* own = nullptr;
    if (object_lookup_attr(self, intern("__dict__"), &own) < 0) return nullptr;
    Ref own_ref(own);
    if (own && dict_check(own) && dict_merge(names.get(), own, true) < 0) return nullptr;
    if (merge_class_names(names.get(), type_of(self)) < 0) return nullptr;
    return dict_keys_list(names.get());
}

// type.__dir__: the names along the class's MRO.
Object* type_dir(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__dir__", nargs, kwnames)) return nullptr;
    Ref names(dict_new());
    if (!names || merge_class_names(names.get(), static_cast<TypeObject*>(self)) < 0) return nullptr;
    return dict_keys_list(names.get());
}

// type.__sizeof__: PyHeapTypeObject for classes, plus their shared-keys table when they have
// one (managed-dict classes); PyTypeObject for builtin types.
Object* type_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("__sizeof__", nargs, kwnames)) return nullptr;
    auto* type = static_cast<TypeObject*>(self);
    if (!type_has_flag(type, TPFLAGS_HEAPTYPE)) return int_from_int64(408);
    ssize_t size = 904;
    if (type_has_flag(type, TPFLAGS_MANAGED_DICT)) size += SharedKeys::kTableBytes;
    return int_from_int64(size);
}

// type.mro(): the method resolution order as a new list.
Object* type_mro_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs_and_args("mro", nargs, kwnames)) return nullptr;
    Object* mro = static_cast<TypeObject*>(self)->tp_mro;
    return mro ? sequence_list(mro) : list_new(0);
}

Object* type_subclasses_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("type.__subclasses__", nargs, kwnames)) return nullptr;
    return type_subclasses(static_cast<TypeObject*>(self));
}

const MethodDef type_methods[] = {
    {"__dir__", type_dir},
    {"__subclasses__", type_subclasses_method},
    {"mro", type_mro_method},
    {"__sizeof__", type_sizeof},
    {nullptr, nullptr},
};

const MethodDef object_methods[] = {
    {"__sizeof__", object_sizeof},
    {"__dir__", object_dir},
    {"__format__", object_format_method},
    {"__init_subclass__", object_init_subclass, METH_CLASS},
    {nullptr, nullptr},
};
const GetSetDef object_getset[] = {
    {"__class__", object_get_class},
    {nullptr, nullptr},
};

} // namespace

bool check_no_kwargs_and_args(const char* name, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) {
        type_error("%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs) {
        type_error("%s() takes no arguments (%zu given)", name, nargs);
        return false;
    }
    return true;
}

Object* type_generic_alloc(TypeObject* type, ssize_t nitems) {
    size_t size = type_cxx_size(type, nitems);
    Object* o = is_gc_type(type) ? gc_alloc(type, size) : object_alloc(type, size);
    if (!o) return nullptr;
    std::memset(reinterpret_cast<char*>(o) + sizeof(Object), 0, size - sizeof(Object));
    if (type->tp_itemsize) static_cast<VarObject*>(o)->ob_size = nitems;
    if (is_gc_type(type)) gc_track(o);
    return o;
}

Object* generic_new(TypeObject* type, Object* const*, size_t, Object*) { return type_generic_alloc(type, 0); }

Object* type_new_wrapper(TypeObject* type) {
    static const MethodDef new_def = {"__new__", tp_new_wrapper};
    return builtin_function_new(&new_def, type, nullptr);
}

size_t type_cxx_size(TypeObject* type, ssize_t nitems) {
    // Static types declare their C++ size in tp_cxx_size; heap types add their instance extras.
    size_t size = type->tp_cxx_size ? type->tp_cxx_size : sizeof(Object);
    return size + static_cast<size_t>(nitems) * static_cast<size_t>(type->tp_cxx_itemsize);
}

// ---- type -----------------------------------------------------------------------------------

namespace {

Object* type_repr(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    std::string text = "<class '";
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) {
        if (Object* module = heap_type_module_name(t)) {
            text += str_view(module);
            text += '.';
        }
        text += str_view(t->ht_qualname);
    } else {
        text += t->tp_name;
    }
    text += "'>";
    return str_from_utf8(text);
}

// type(x) returns x's type; type(name, bases, dict) and calling a class create objects.
Object* type_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(callable);
    if (type == &TypeType && nargs == 1 && !kwnames) return newref(static_cast<Object*>(type_of(args[0])));
    if (!type->tp_new) return type_error("cannot create '%s' instances", type_name(type));
    // Classes have no vectorcall in 3.11, and type's own handles only type(x): the call builds
    // an argument tuple (and a keyword dict), which holds a reference to each argument and
    // counts in gc.get_count().
    LegacyCallArgs legacy;
    bool legacy_call = type_has_flag(type, TPFLAGS_HEAPTYPE) || type == &TypeType;
    if (legacy_call && !make_legacy_call_args(args, nargs, kwnames, &legacy)) return nullptr;
    Object* obj = type->tp_new(type, args, nargs, kwnames);
    if (!obj) return nullptr;
    // __init__ runs only when __new__ returned an instance of this type (CPython's rule).
    if (!type_is_subtype(type_of(obj), type)) return obj;
    TypeObject* objtype = type_of(obj);
    if (objtype->tp_init) {
        if (objtype->tp_init(obj, args, nargs, kwnames) < 0) {
            decref(obj);
            return nullptr;
        }
    }
    return obj;
}

Object* type_get_name(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) return newref(t->ht_name);
    std::string_view name = t->tp_name;
    size_t dot = name.rfind('.');
    return str_from_utf8(dot == std::string_view::npos ? name : name.substr(dot + 1));
}
Object* type_get_qualname(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) return newref(t->ht_qualname);
    return type_get_name(self);
}
Object* type_get_module(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) {
        if (Object* m = dict_getitem_str(t->tp_dict, "__module__")) return newref(m);
    }
    // A static type's name carries its module: "weakref.ReferenceType", "sys.version_info".
    std::string_view name = t->tp_name;
    size_t dot = name.rfind('.');
    if (dot != std::string_view::npos) return str_from_utf8(name.substr(0, dot));
    return newref(intern("builtins"));
}
// type_set_module: only heap types can be changed, and __module__ cannot be deleted.
int type_set_module(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (!type_has_flag(t, TPFLAGS_HEAPTYPE) || !value) {
        set_error_format(&TypeErrorType, "cannot %s '__module__' attribute of immutable type '%s'",
                         value ? "set" : "delete", t->tp_name.c_str());
        return -1;
    }
    type_modified(t);
    return dict_setitem(t->tp_dict, intern("__module__"), value);
}
Object* type_get_mro(Object* self) { return xnewref(static_cast<Object*>(static_cast<TypeObject*>(self)->tp_mro)); }
Object* type_get_bases(Object* self) { return xnewref(static_cast<Object*>(static_cast<TypeObject*>(self)->tp_bases)); }
Object* type_get_base(Object* self) {
    TypeObject* b = static_cast<TypeObject*>(self)->tp_base;
    return b ? newref(static_cast<Object*>(b)) : new_none();
}
// CPython's sizes (what sys.getsizeof builds on), not heapscope's C++ ones.
Object* type_get_basicsize(Object* self) { return int_from_int64(static_cast<TypeObject*>(self)->tp_basicsize); }
Object* type_get_itemsize(Object* self) { return int_from_int64(static_cast<TypeObject*>(self)->tp_itemsize); }
Object* type_get_dict(Object* self) {
    // CPython returns a read-only mappingproxy; a copy keeps the class safe from mutation.
    return dict_copy(static_cast<TypeObject*>(self)->tp_dict);
}

const GetSetDef type_getset[] = {
    {"__name__", type_get_name},   {"__qualname__", type_get_qualname}, {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro},     {"__bases__", type_get_bases},       {"__base__", type_get_base},
    {"__dict__", type_get_dict},   {"__basicsize__", type_get_basicsize}, {"__itemsize__", type_get_itemsize},
    {nullptr, nullptr},
};

} // namespace

void init_object_and_type_types() {
    ObjectType.tp_name = "object";
    ObjectType.tp_basicsize = 16;
    ObjectType.tp_cxx_size = sizeof(Object);
    ObjectType.tp_flags = TPFLAGS_BASETYPE;
    ObjectType.tp_dealloc = object_dealloc;
    ObjectType.tp_repr = object_repr_default;
    ObjectType.tp_str = object_str_default;
    ObjectType.tp_hash = object_hash_default;
    ObjectType.tp_richcompare = object_richcompare_default;
    ObjectType.tp_getattro = generic_getattr;
    ObjectType.tp_setattro = generic_setattr;
    ObjectType.tp_init = object_init;
    ObjectType.tp_new = object_new;
    ObjectType.tp_methods = object_methods;
    ObjectType.tp_getset = object_getset;
    ObjectType.tp_doc = "The base class of the class hierarchy.";
    register_static_type(&ObjectType);

    TypeType.tp_name = "type";
    TypeType.tp_basicsize = 904;  // sizeof(PyHeapTypeObject) in 3.11
    TypeType.tp_itemsize = 40;    // a PyMemberDef per __slots__ name
    TypeType.tp_cxx_size = sizeof(TypeObject);
    TypeType.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_TYPE_SUBCLASS | TPFLAGS_HAVE_GC;
    TypeType.tp_repr = type_repr;
    TypeType.tp_call = type_call;
    TypeType.tp_getattro = type_getattro;
    TypeType.tp_setattro = type_setattro;
    TypeType.tp_new = type_new;
    TypeType.tp_dealloc = type_dealloc;
    TypeType.tp_traverse = type_traverse;
    TypeType.tp_clear = type_clear;
    TypeType.tp_getset = type_getset;
    TypeType.tp_methods = type_methods;
    // offsetof(TypeObject, tp_weaklist) without -Winvalid-offsetof (TypeObject is not standard-layout).
    alignas(TypeObject) static char probe[sizeof(TypeObject)];
    TypeType.tp_weaklistoffset = reinterpret_cast<char*>(&reinterpret_cast<TypeObject*>(probe)->tp_weaklist) - probe;
    register_static_type(&TypeType);
}

} // namespace hs
