// dict: the Python-visible methods, the mapping protocol, repr and comparison, construction
// (dict(), dict(mapping), dict(pairs), dict(**kw)) and the type object.
#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/setobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <string>

namespace hs {

namespace {

Object* dict_subscript(Object* self, Object* key) {
    DictObject* mp = as_dict(self);
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return nullptr;
    Object* value;
    ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY || !value) {
        if (!dict_check_exact(self)) {
            // A subclass may define __missing__.
            if (type_lookup(type_of(self), intern("__missing__"))) return call_special(self, "__missing__", {key});
            if (error_occurred()) return nullptr;
        }
        set_key_error(key);
        return nullptr;
    }
    return newref(value);
}

int dict_ass_sub(Object* self, Object* key, Object* value) {
    if (!value) return dict_delitem(self, key);
    return dict_setitem(self, key, value);
}

ssize_t dict_length(Object* self) { return as_dict(self)->ma_used; }

int dict_sq_contains(Object* self, Object* key) { return dict_contains(self, key); }

Object* dict_repr(Object* self) {
    int status = repr_enter(self);
    if (status != 0) return status > 0 ? str_from_ascii("{...}") : nullptr;
    if (as_dict(self)->ma_used == 0) {
        repr_leave(self);
        return str_from_ascii("{}");
    }
    std::string text = "{";
    ssize_t pos = 0;
    Object *key, *value;
    bool first = true;
    // repr may change the dict: keep the pair alive while formatting it.
    while (dict_next(self, &pos, &key, &value)) {
        Ref k = Ref::borrowed(key);
        Ref v = Ref::borrowed(value);
        if (!first) text += ", ";
        first = false;
        Ref ks(object_repr(k.get()));
        if (!ks) {
            repr_leave(self);
            return nullptr;
        }
        text += str_view(ks.get());
        text += ": ";
        Ref vs(object_repr(v.get()));
        if (!vs) {
            repr_leave(self);
            return nullptr;
        }
        text += str_view(vs.get());
    }
    text += '}';
    repr_leave(self);
    return str_from_utf8(text);
}

// 1 if a == b, 0 if not, -1 on error.
int dict_equal(DictObject* a, DictObject* b) {
    if (a->ma_used != b->ma_used) return 0;
    for (ssize_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        DictEntry* ep = &a->ma_keys->entries()[i];
        Object* aval = ep->me_value;
        if (!aval) continue;
        Object* key = ep->me_key;
        int64_t hash = ep->me_hash;
        Ref akeep = Ref::borrowed(aval);
        Ref kkeep = Ref::borrowed(key);
        Object* bval;
        dict_lookup(b, key, hash, &bval);
        if (!bval) return error_occurred() ? -1 : 0;
        Ref bkeep = Ref::borrowed(bval);
        int cmp = object_richcompare_bool(aval, bval, Py_EQ);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

Object* dict_richcompare(Object* v, Object* w, int op) {
    if (!dict_check(v) || !dict_check(w) || (op != Py_EQ && op != Py_NE)) return newref(NotImplemented());
    int cmp = dict_equal(as_dict(v), as_dict(w));
    if (cmp < 0) return nullptr;
    return new_bool((cmp == 1) == (op == Py_EQ));
}

Object* dict_or(Object* self, Object* other) {
    if (!dict_check(self) || !dict_check(other)) return newref(NotImplemented());
    Ref result(dict_copy(self));
    if (!result) return nullptr;
    if (dict_update_arg(result.get(), other) < 0) return nullptr;
    return result.release();
}

Object* dict_ior(Object* self, Object* other) {
    if (dict_update_arg(self, other) < 0) return nullptr;
    return newref(self);
}

// ---- Methods ----------------------------------------------------------------------------------

Object* dict_contains_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("dict.__contains__", nargs, kwnames)) return nullptr;
    int r = dict_contains(self, args[0]);
    if (r < 0) return nullptr;
    return new_bool(r);
}

Object* dict_getitem_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("dict.__getitem__", nargs, kwnames)) return nullptr;
    return dict_subscript(self, args[0]);
}

Object* dict_sizeof_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_int64(dict_sizeof(self));
}

Object* dict_get_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.get", kwnames) || !check_nargs("get", nargs, 1, 2)) return nullptr;
    Object* key = args[0];
    Object* deflt = nargs > 1 ? args[1] : None();
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return nullptr;
    Object* value;
    if (dict_lookup(as_dict(self), key, hash, &value) == DKIX_ERROR) return nullptr;
    return newref(value ? value : deflt);
}

Object* dict_setdefault_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.setdefault", kwnames) || !check_nargs("setdefault", nargs, 1, 2)) return nullptr;
    Object* value = dict_setdefault(self, args[0], nargs > 1 ? args[1] : None());
    return xnewref(value);
}

Object* dict_pop_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.pop", kwnames) || !check_nargs("pop", nargs, 1, 2)) return nullptr;
    return dict_pop(self, args[0], nargs > 1 ? args[1] : nullptr);
}

Object* dict_popitem_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.popitem", nargs, kwnames)) return nullptr;
    DictObject* mp = as_dict(self);
    // The result tuple is allocated first (as CPython does), even when the dict is empty.
    Ref res(tuple_new(2));
    if (!res) return nullptr;
    if (mp->ma_used == 0) {
        set_error(&KeyErrorType, "popitem(): dictionary is empty");
        return nullptr;
    }
    // A split dict becomes combined first, at the size of its class's shared table (2**6).
    if (mp->ma_shared && dict_resize(mp, 6, true) < 0) return nullptr;
    DictKeys* k = mp->ma_keys;
    DictEntry* ep0 = k->entries();
    ssize_t i = k->dk_nentries - 1;
    while (i >= 0 && !ep0[i].me_value) i--;
    Object* key = ep0[i].me_key;
    Object* value = ep0[i].me_value;
    int64_t hash = ep0[i].me_hash;
    ep0[i].me_key = nullptr;
    ep0[i].me_value = nullptr;
    ep0[i].me_hash = 0;
    // Mark the index slot deleted (dk_usable is not given back: there is a dummy now).
    dict_mark_dummy(k, hash, i);
    tuple_items(res.get())[0] = key;
    tuple_items(res.get())[1] = value;
    k->dk_nentries = i;
    mp->ma_used--;
    mp->ma_version++;
    return res.release();
}

Object* dict_keys_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.keys", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &DictKeysType);
}

Object* dict_values_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.values", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &DictValuesType);
}

Object* dict_items_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.items", nargs, kwnames)) return nullptr;
    return dict_view_new(self, &DictItemsType);
}

// The **kwargs of a call, as the dict CPython builds for METH_KEYWORDS functions.
Object* kwargs_dict(Object* const* values, Object* kwnames) {
    ssize_t n = static_cast<ssize_t>(kwnames_count(kwnames));
    return dict_from_items(tuple_items(kwnames), 1, values, 1, n);
}

// dict_update_common: one optional positional argument, then the keywords.
int dict_update_common(Object* self, Object* const* args, size_t nargs, Object* kwnames, const char* methname) {
    if (!check_nargs(methname, nargs, 0, 1)) return -1;
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) return -1;
    if (kwnames_count(kwnames)) {
        Ref kwds(kwargs_dict(args + nargs, kwnames));
        if (!kwds) return -1;
        return dict_merge_ex(self, kwds.get(), 1);
    }
    return 0;
}

Object* dict_update_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (dict_update_common(self, args, nargs, kwnames, "update") < 0) return nullptr;
    return new_none();
}

Object* dict_fromkeys_meth(Object* cls, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("dict.fromkeys", kwnames) || !check_nargs("fromkeys", nargs, 1, 2)) return nullptr;
    Object* iterable = args[0];
    Object* value = nargs > 1 ? args[1] : None();
    Ref d(object_call(cls, nullptr, 0, nullptr));
    if (!d) return nullptr;
    if (dict_check_exact(d.get()) && as_dict(d.get())->ma_used == 0) {
        DictObject* mp = as_dict(d.get());
        if (dict_check_exact(iterable)) {
            bool unicode = dk_is_unicode(as_dict(iterable)->ma_keys);
            if (dict_resize(mp, estimate_log2_keysize(dict_size(iterable)), unicode) < 0) return nullptr;
            ssize_t pos = 0;
            Object* key;
            int64_t hash;
            while (dict_next_hash(iterable, &pos, &key, nullptr, &hash))
                if (dict_insert(mp, newref(key), hash, newref(value)) < 0) return nullptr;
            return d.release();
        }
        if (type_of(iterable) == &SetType || type_of(iterable) == &FrozenSetType) {
            if (dict_resize(mp, estimate_log2_keysize(set_size(iterable)), false) < 0) return nullptr;
            ssize_t pos = 0;
            Object* key;
            int64_t hash;
            while (set_next_entry(iterable, &pos, &key, &hash))
                if (dict_insert(mp, newref(key), hash, newref(value)) < 0) return nullptr;
            return d.release();
        }
    }
    Ref it(object_get_iter(iterable));
    if (!it) return nullptr;
    bool exact = dict_check_exact(d.get());
    for (;;) {
        Ref key(iter_next(it.get()));
        if (!key) break;
        int status = exact ? dict_setitem(d.get(), key.get(), value) : object_setitem(d.get(), key.get(), value);
        if (status < 0) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return d.release();
}

Object* dict_clear_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.clear", nargs, kwnames)) return nullptr;
    dict_clear(self);
    return new_none();
}

Object* dict_copy_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.copy", nargs, kwnames)) return nullptr;
    return dict_copy(self);
}

Object* dict_reversed_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict.__reversed__", nargs, kwnames)) return nullptr;
    return dict_reversed_iter(self, &DictKeysType);
}

const MethodDef dict_methods[] = {
    {"__contains__", dict_contains_meth},
    {"__getitem__", dict_getitem_meth},
    {"__sizeof__", dict_sizeof_meth},
    {"get", dict_get_meth},
    {"setdefault", dict_setdefault_meth},
    {"pop", dict_pop_meth},
    {"popitem", dict_popitem_meth},
    {"keys", dict_keys_meth},
    {"items", dict_items_meth},
    {"values", dict_values_meth},
    {"update", dict_update_meth},
    {"fromkeys", dict_fromkeys_meth, METH_CLASS},
    {"clear", dict_clear_meth},
    {"copy", dict_copy_meth},
    {"__reversed__", dict_reversed_meth},
    {nullptr, nullptr},
};

// dict.__new__: an empty dict, not tracked for the exact type (it becomes tracked when it
// stores a trackable object), tracked for subclasses. dict() does not use the free list.
Object* dict_tp_new(TypeObject* type, Object* const*, size_t, Object*) {
    Object* self = type_generic_alloc(type, 0);
    if (!self) return nullptr;
    DictObject* d = as_dict(self);
    d->ma_used = 0;
    d->ma_keys = Py_EMPTY_KEYS;
    d->ma_version = 0;
    if (type == &DictType) gc_untrack(self);
    return self;
}

int dict_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (type_of(self) != &DictType) return dict_update_common(self, args, nargs, kwnames, "dict");
    // dict(...) itself (CPython's dict_vectorcall): keywords are stored one by one.
    if (!check_nargs("dict", nargs, 0, 1)) return -1;
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) return -1;
    size_t nk = kwnames_count(kwnames);
    for (size_t i = 0; i < nk; i++)
        if (dict_setitem(self, tuple_items(kwnames)[i], args[nargs + i]) < 0) return -1;
    return 0;
}

} // namespace

void init_dict_type() {
    TypeObject& t = DictType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "dict";
    t.tp_basicsize = 48;
    t.tp_cxx_size = sizeof(DictObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_DICT_SUBCLASS;
    t.tp_dealloc = dict_dealloc;
    t.tp_repr = dict_repr;
    t.tp_richcompare = dict_richcompare;  // and no tp_hash: unhashable
    t.tp_iter = dict_iter;
    t.tp_traverse = dict_traverse;
    t.tp_clear = dict_tp_clear;
    t.tp_new = dict_tp_new;
    t.tp_init = dict_tp_init;
    t.nb_binary[NB_OR] = dict_or;
    t.nb_inplace[NB_OR] = dict_ior;
    t.sq_contains = dict_sq_contains;
    t.mp_length = dict_length;
    t.mp_subscript = dict_subscript;
    t.mp_ass_subscript = dict_ass_sub;
    t.tp_methods = dict_methods;
    t.tp_doc = "dict() -> new empty dictionary";
    register_static_type(&t);
    init_dict_view_types();
}

} // namespace hs
