// dict views (dict_keys, dict_values, dict_items) with their set operations, and the dict
// iterators (forward and reversed) whose items iterator reuses its result tuple.
#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
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

TypeObject DictKeysType;
TypeObject DictValuesType;
TypeObject DictItemsType;

namespace {

TypeObject DictIterKeyType;
TypeObject DictIterValueType;
TypeObject DictIterItemType;
TypeObject DictRevIterKeyType;
TypeObject DictRevIterValueType;
TypeObject DictRevIterItemType;

struct DictViewObject : Object {
    Object* dv_dict = nullptr;
};

struct DictIterObject : Object {
    Object* di_dict = nullptr;   // nullptr once exhausted
    ssize_t di_used = 0;
    ssize_t di_pos = 0;
    Object* di_result = nullptr;  // reusable (key, value) tuple for items iterators
    ssize_t len = 0;
};

inline DictIterObject* as_iter(Object* o) { return static_cast<DictIterObject*>(o); }
inline DictViewObject* as_view(Object* o) { return static_cast<DictViewObject*>(o); }

// ---- Iterators --------------------------------------------------------------------------------

Object* dictiter_new(Object* dict, TypeObject* itertype) {
    auto* di = static_cast<DictIterObject*>(gc_alloc(itertype, sizeof(DictIterObject)));
    if (!di) return nullptr;
    DictObject* d = as_dict(dict);
    di->di_dict = newref(dict);
    di->di_used = d->ma_used;
    di->len = d->ma_used;
    bool reversed = itertype == &DictRevIterKeyType || itertype == &DictRevIterItemType ||
                    itertype == &DictRevIterValueType;
    di->di_pos = reversed ? d->ma_keys->dk_nentries - 1 : 0;
    di->di_result = nullptr;
    if (itertype == &DictIterItemType || itertype == &DictRevIterItemType) {
        di->di_result = tuple_pack({None(), None()});
        if (!di->di_result) {
            // Not tracked yet: release by hand.
            decref(di->di_dict);
            gc_free(di);
            return nullptr;
        }
    }
    gc_track(di);
    return di;
}

void dictiter_dealloc(Object* self) {
    DictIterObject* di = as_iter(self);
    gc_untrack(self);
    xdecref(di->di_dict);
    xdecref(di->di_result);
    gc_free(self);
}

int dictiter_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_iter(self)->di_dict);
    HS_VISIT(as_iter(self)->di_result);
    return 0;
}

Object* dictiter_len(Object* self, Object* const*, size_t, Object*) {
    DictIterObject* di = as_iter(self);
    ssize_t len = 0;
    if (di->di_dict && di->di_used == as_dict(di->di_dict)->ma_used) len = di->len;
    return int_from_int64(len);
}

// The entry the iterator is at: advances di_pos past it. nullptr when exhausted or on error.
DictEntry* dictiter_advance(DictIterObject* di) {
    Object* d = di->di_dict;
    if (!d) return nullptr;
    if (di->di_used != as_dict(d)->ma_used) {
        set_error(&RuntimeErrorType, "dictionary changed size during iteration");
        di->di_used = -1;  // sticky
        return nullptr;
    }
    DictKeys* k = as_dict(d)->ma_keys;
    ssize_t i = di->di_pos;
    ssize_t n = k->dk_nentries;
    DictEntry* entry_ptr = &k->entries()[i];
    while (i < n && !entry_ptr->me_value) {
        entry_ptr++;
        i++;
    }
    if (i >= n) goto fail;
    // An element we did not expect: keys changed but the size did not.
    if (di->len == 0) {
        set_error(&RuntimeErrorType, "dictionary keys changed during iteration");
        goto fail;
    }
    di->di_pos = i + 1;
    di->len--;
    return entry_ptr;
fail:
    di->di_dict = nullptr;
    decref(d);
    return nullptr;
}

// Reuses the iterator's result tuple when nobody else holds it (steals key and value).
Object* reuse_pair(Object* result, Object* key, Object* value) {
    if (result->ob_refcnt == 1) {
        Object** items = tuple_items(result);
        Object* oldkey = items[0];
        Object* oldvalue = items[1];
        items[0] = key;
        items[1] = value;
        incref(result);
        decref(oldkey);
        decref(oldvalue);
        // The collector may have untracked it: it is being recycled, so track it again.
        if (!gc_is_tracked(result)) gc_track(result);
        return result;
    }
    Object* r = tuple_new(2);
    if (!r) {
        decref(key);
        decref(value);
        return nullptr;
    }
    tuple_items(r)[0] = key;
    tuple_items(r)[1] = value;
    return r;
}

Object* dictiter_nextkey(Object* self) {
    DictEntry* e = dictiter_advance(as_iter(self));
    return e ? newref(e->me_key) : nullptr;
}

Object* dictiter_nextvalue(Object* self) {
    DictEntry* e = dictiter_advance(as_iter(self));
    return e ? newref(e->me_value) : nullptr;
}

Object* dictiter_nextitem(Object* self) {
    DictEntry* e = dictiter_advance(as_iter(self));
    if (!e) return nullptr;
    return reuse_pair(as_iter(self)->di_result, newref(e->me_key), newref(e->me_value));
}

Object* dictreviter_next(Object* self) {
    DictIterObject* di = as_iter(self);
    Object* d = di->di_dict;
    if (!d) return nullptr;
    if (di->di_used != as_dict(d)->ma_used) {
        set_error(&RuntimeErrorType, "dictionary changed size during iteration");
        di->di_used = -1;
        return nullptr;
    }
    ssize_t i = di->di_pos;
    DictKeys* k = as_dict(d)->ma_keys;
    if (i >= 0) {
        DictEntry* entry_ptr = &k->entries()[i];
        while (!entry_ptr->me_value) {
            if (--i < 0) break;
            entry_ptr--;
        }
        if (i >= 0) {
            di->di_pos = i - 1;
            di->len--;
            TypeObject* t = type_of(self);
            if (t == &DictRevIterKeyType) return newref(entry_ptr->me_key);
            if (t == &DictRevIterValueType) return newref(entry_ptr->me_value);
            return reuse_pair(di->di_result, newref(entry_ptr->me_key), newref(entry_ptr->me_value));
        }
    }
    di->di_dict = nullptr;
    decref(d);
    return nullptr;
}

const MethodDef dictiter_methods[] = {
    {"__length_hint__", dictiter_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

void init_dictiter_type(TypeObject& t, const char* name, iternextfunc next) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 56;
    t.tp_cxx_size = sizeof(DictIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = dictiter_dealloc;
    t.tp_traverse = dictiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = dictiter_methods;
    register_static_type(&t);
}

// ---- Views ------------------------------------------------------------------------------------

bool is_set_view(const Object* o) { return type_of(o) == &DictKeysType || type_of(o) == &DictItemsType; }

void dictview_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(as_view(self)->dv_dict);
    gc_free(self);
}

int dictview_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_view(self)->dv_dict);
    return 0;
}

ssize_t dictview_len(Object* self) {
    Object* d = as_view(self)->dv_dict;
    return d ? as_dict(d)->ma_used : 0;
}

Object* dictview_iter(Object* self) {
    Object* d = as_view(self)->dv_dict;
    TypeObject* t = type_of(self);
    TypeObject* it = t == &DictKeysType ? &DictIterKeyType : t == &DictValuesType ? &DictIterValueType : &DictIterItemType;
    return dictiter_new(d, it);
}

Object* dictview_repr(Object* self) {
    int rc = repr_enter(self);
    if (rc != 0) return rc > 0 ? str_from_ascii("...") : nullptr;
    Ref seq(sequence_list(self));
    Object* result = nullptr;
    if (seq) {
        Ref r(object_repr(seq.get()));
        if (r) {
            std::string text = type_name_of(self);
            text += '(';
            text += str_view(r.get());
            text += ')';
            result = str_from_utf8(text);
        }
    }
    repr_leave(self);
    return result;
}

int dictkeys_contains(Object* self, Object* obj) {
    Object* d = as_view(self)->dv_dict;
    if (!d) return 0;
    return dict_contains(d, obj);
}

int dictitems_contains(Object* self, Object* obj) {
    Object* d = as_view(self)->dv_dict;
    if (!d) return 0;
    if (!tuple_check(obj) || tuple_size(obj) != 2) return 0;
    Object* key = tuple_items(obj)[0];
    Object* value = tuple_items(obj)[1];
    Object* found = dict_getitem_with_error(d, key);
    if (!found) return error_occurred() ? -1 : 0;
    Ref keep = Ref::borrowed(found);
    return object_richcompare_bool(found, value, Py_EQ);
}

// 1 if every item of self is in other.
int all_contained_in(Object* self, Object* other) {
    Ref iter(object_get_iter(self));
    if (!iter) return -1;
    for (;;) {
        Ref next(iter_next(iter.get()));
        if (!next) return error_occurred() ? -1 : 1;
        int ok = sequence_contains(other, next.get());
        if (ok <= 0) return ok;
    }
}

Object* dictview_richcompare(Object* self, Object* other, int op) {
    if (!anyset_check(other) && !is_set_view(other)) return newref(NotImplemented());
    ssize_t len_self = object_length(self);
    if (len_self < 0) return nullptr;
    ssize_t len_other = object_length(other);
    if (len_other < 0) return nullptr;
    int ok = 0;
    switch (op) {
    case Py_NE:
    case Py_EQ:
        if (len_self == len_other) ok = all_contained_in(self, other);
        if (op == Py_NE && ok >= 0) ok = !ok;
        break;
    case Py_LT:
        if (len_self < len_other) ok = all_contained_in(self, other);
        break;
    case Py_LE:
        if (len_self <= len_other) ok = all_contained_in(self, other);
        break;
    case Py_GT:
        if (len_self > len_other) ok = all_contained_in(other, self);
        break;
    case Py_GE:
        if (len_self >= len_other) ok = all_contained_in(other, self);
        break;
    }
    if (ok < 0) return nullptr;
    return new_bool(ok);
}

// set(view), but from the dict itself for keys views of exact dicts (one presized table).
Object* dictviews_to_set(Object* self) {
    Object* left = self;
    if (type_of(self) == &DictKeysType) {
        Object* d = as_view(self)->dv_dict;
        if (d && dict_check_exact(d)) left = d;
    }
    return set_new(left);
}

Object* dictviews_sub(Object* self, Object* other) {
    Ref result(dictviews_to_set(self));
    if (!result) return nullptr;
    Ref r(call_method(result.get(), "difference_update", {other}));
    if (!r) return nullptr;
    return result.release();
}

Object* dictviews_and(Object* self, Object* other) {
    // The interpreter swaps the operands when the view is on the right of &.
    if (!is_set_view(self)) std::swap(self, other);
    ssize_t len_self = dictview_len(self);
    // If other is a set and self is not bigger, reuse set intersection.
    if (type_of(other) == &SetType) {
        ssize_t len_other = object_length(other);
        if (len_other < 0) return nullptr;
        if (len_self <= len_other) return call_method(other, "intersection", {self});
    }
    // If other is a bigger view, swap them.
    if (is_set_view(other) && dictview_len(other) > len_self) std::swap(self, other);
    Ref result(set_new(nullptr));
    if (!result) return nullptr;
    Ref it(object_get_iter(other));
    if (!it) return nullptr;
    bool keys = type_of(self) == &DictKeysType;
    for (;;) {
        Ref key(iter_next(it.get()));
        if (!key) break;
        int rv = keys ? dictkeys_contains(self, key.get()) : dictitems_contains(self, key.get());
        if (rv < 0) return nullptr;
        if (rv && set_add(result.get(), key.get()) < 0) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return result.release();
}

Object* dictviews_or(Object* self, Object* other) {
    Ref result(dictviews_to_set(self));
    if (!result) return nullptr;
    if (set_update(result.get(), other) < 0) return nullptr;
    return result.release();
}

Object* dictitems_xor(Object* self, Object* other) {
    Object* d1 = as_view(self)->dv_dict;
    Object* d2 = as_view(other)->dv_dict;
    Ref temp_dict(dict_copy(d1));
    if (!temp_dict) return nullptr;
    Ref result_set(set_new(nullptr));
    if (!result_set) return nullptr;
    ssize_t pos = 0;
    Object *k, *v;
    int64_t hash;
    while (dict_next_hash(d2, &pos, &k, &v, &hash)) {
        Ref key = Ref::borrowed(k);
        Ref val2 = Ref::borrowed(v);
        Object* val1_borrowed;
        ssize_t ix = dict_lookup(as_dict(temp_dict.get()), key.get(), hash, &val1_borrowed);
        if (ix == DKIX_ERROR) return nullptr;
        int to_delete = 0;
        if (val1_borrowed) {
            Ref val1 = Ref::borrowed(val1_borrowed);
            to_delete = object_richcompare_bool(val1.get(), val2.get(), Py_EQ);
            if (to_delete < 0) return nullptr;
        }
        if (to_delete) {
            if (dict_delitem(temp_dict.get(), key.get()) < 0) return nullptr;
        } else {
            Ref pair(tuple_pack({key.get(), val2.get()}));
            if (!pair || set_add(result_set.get(), pair.get()) < 0) return nullptr;
        }
    }
    Ref remaining(call_method(temp_dict.get(), "items", {}));
    if (!remaining || set_update(result_set.get(), remaining.get()) < 0) return nullptr;
    return result_set.release();
}

Object* dictviews_xor(Object* self, Object* other) {
    if (type_of(self) == &DictItemsType && type_of(other) == &DictItemsType) return dictitems_xor(self, other);
    Ref result(dictviews_to_set(self));
    if (!result) return nullptr;
    Ref r(call_method(result.get(), "symmetric_difference_update", {other}));
    if (!r) return nullptr;
    return result.release();
}

Object* dictviews_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    const char* name = type_of(self) == &DictKeysType ? "dict_keys.isdisjoint" : "dict_items.isdisjoint";
    if (!check_one_arg(name, nargs, kwnames)) return nullptr;
    Object* other = args[0];
    if (self == other) return new_bool(dictview_len(self) == 0);
    // Iterate over the shorter object (only for sets and views: `in` may be slow otherwise).
    if (anyset_check(other) || is_set_view(other)) {
        ssize_t len_self = dictview_len(self);
        ssize_t len_other = object_length(other);
        if (len_other == -1) return nullptr;
        if (len_other > len_self) std::swap(self, other);
    }
    Ref it(object_get_iter(other));
    if (!it) return nullptr;
    for (;;) {
        Ref item(iter_next(it.get()));
        if (!item) break;
        int contains = sequence_contains(self, item.get());
        if (contains == -1) return nullptr;
        if (contains) return new_bool(false);
    }
    if (error_occurred()) return nullptr;
    return new_bool(true);
}

Object* dictkeys_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict_keys.__reversed__", nargs, kwnames)) return nullptr;
    Object* d = as_view(self)->dv_dict;
    return dictiter_new(d, &DictRevIterKeyType);
}
Object* dictvalues_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict_values.__reversed__", nargs, kwnames)) return nullptr;
    Object* d = as_view(self)->dv_dict;
    return dictiter_new(d, &DictRevIterValueType);
}
Object* dictitems_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("dict_items.__reversed__", nargs, kwnames)) return nullptr;
    Object* d = as_view(self)->dv_dict;
    return dictiter_new(d, &DictRevIterItemType);
}

const MethodDef dictkeys_methods[] = {
    {"isdisjoint", dictviews_isdisjoint},
    {"__reversed__", dictkeys_reversed},
    {nullptr, nullptr},
};
const MethodDef dictitems_methods[] = {
    {"isdisjoint", dictviews_isdisjoint},
    {"__reversed__", dictitems_reversed},
    {nullptr, nullptr},
};
const MethodDef dictvalues_methods[] = {
    {"__reversed__", dictvalues_reversed},
    {nullptr, nullptr},
};

void init_view_type(TypeObject& t, const char* name, objobjproc contains, const MethodDef* methods, bool set_like) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 24;
    t.tp_cxx_size = sizeof(DictViewObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = dictview_dealloc;
    t.tp_repr = dictview_repr;
    t.tp_traverse = dictview_traverse;
    t.tp_iter = dictview_iter;
    t.sq_length = dictview_len;
    t.sq_contains = contains;
    t.tp_methods = methods;
    if (set_like) {
        t.tp_richcompare = dictview_richcompare;  // and no tp_hash: unhashable
        t.nb_binary[NB_SUBTRACT] = dictviews_sub;
        t.nb_binary[NB_AND] = dictviews_and;
        t.nb_binary[NB_OR] = dictviews_or;
        t.nb_binary[NB_XOR] = dictviews_xor;
    }
    register_static_type(&t);
}

} // namespace

Object* dict_iter(Object* dict) { return dictiter_new(dict, &DictIterKeyType); }

Object* dict_view_new(Object* dict, TypeObject* type) {
    auto* dv = static_cast<DictViewObject*>(gc_alloc(type, sizeof(DictViewObject)));
    if (!dv) return nullptr;
    dv->dv_dict = newref(dict);
    gc_track(dv);
    return dv;
}

Object* dict_reversed_iter(Object* dict, TypeObject* view_type) {
    TypeObject* t = view_type == &DictKeysType     ? &DictRevIterKeyType
                    : view_type == &DictValuesType ? &DictRevIterValueType
                                                   : &DictRevIterItemType;
    return dictiter_new(dict, t);
}

void init_dict_view_types() {
    init_view_type(DictKeysType, "dict_keys", dictkeys_contains, dictkeys_methods, true);
    init_view_type(DictItemsType, "dict_items", dictitems_contains, dictitems_methods, true);
    init_view_type(DictValuesType, "dict_values", nullptr, dictvalues_methods, false);
    init_dictiter_type(DictIterKeyType, "dict_keyiterator", dictiter_nextkey);
    init_dictiter_type(DictIterValueType, "dict_valueiterator", dictiter_nextvalue);
    init_dictiter_type(DictIterItemType, "dict_itemiterator", dictiter_nextitem);
    init_dictiter_type(DictRevIterKeyType, "dict_reversekeyiterator", dictreviter_next);
    init_dictiter_type(DictRevIterValueType, "dict_reversevalueiterator", dictreviter_next);
    init_dictiter_type(DictRevIterItemType, "dict_reverseitemiterator", dictreviter_next);
}

} // namespace hs
