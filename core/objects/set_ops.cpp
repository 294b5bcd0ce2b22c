// set and frozenset: the set algebra (union, intersection, difference, symmetric difference,
// subset tests, comparisons), the operators and the Python-visible methods, each following
// CPython 3.11's algorithm so the resulting tables -- and so iteration orders -- are the same.
#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/instance.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/set_impl.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstring>

namespace hs {

namespace {

Object* set_copy(Object* so) { return make_new_set_basetype(type_of(so), so); }

// set_swap_bodies: exchanges the contents of two sets (for in-place operations that compute
// their result in a new set).
void set_swap_bodies(SetObject* a, SetObject* b) {
    std::swap(a->fill, b->fill);
    std::swap(a->used, b->used);
    std::swap(a->mask, b->mask);
    SetEntry* u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        SetEntry tab[PySet_MINSIZE];
        std::memcpy(static_cast<void*>(tab), a->smalltable, sizeof(tab));
        std::memcpy(static_cast<void*>(a->smalltable), b->smalltable, sizeof(tab));
        std::memcpy(static_cast<void*>(b->smalltable), tab, sizeof(tab));
    }
    if (type_is_subtype(type_of(a), &FrozenSetType) && type_is_subtype(type_of(b), &FrozenSetType)) {
        std::swap(a->hash, b->hash);
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

Object* set_intersection(SetObject* so, Object* other) {
    if (so == other) return set_copy(so);
    Ref result(make_new_set_basetype(type_of(so), nullptr));
    if (!result) return nullptr;
    SetObject* res = as_set(result.get());
    if (anyset_check(other)) {
        // Iterate over the smaller set.
        Object* big = so;
        Object* small = other;
        if (set_size(small) > set_size(big)) std::swap(big, small);
        ssize_t pos = 0;
        SetEntry* entry;
        while (set_next_internal(as_set(small), &pos, &entry)) {
            Ref key = Ref::borrowed(entry->key);
            int64_t hash = entry->hash;
            int rv = set_contains_entry(as_set(big), key.get(), hash);
            if (rv < 0) return nullptr;
            if (rv && set_add_entry(res, key.get(), hash)) return nullptr;
        }
        return result.release();
    }
    Ref it(object_get_iter(other));
    if (!it) return nullptr;
    for (;;) {
        Ref key(iter_next(it.get()));
        if (!key) break;
        int64_t hash = object_hash(key.get());
        if (hash == -1) return nullptr;
        int rv = set_contains_entry(so, key.get(), hash);
        if (rv < 0) return nullptr;
        if (rv && set_add_entry(res, key.get(), hash)) return nullptr;
    }
    if (error_occurred()) return nullptr;
    return result.release();
}

int set_intersection_update(SetObject* so, Object* other) {
    Object* tmp = set_intersection(so, other);
    if (!tmp) return -1;
    set_swap_bodies(so, as_set(tmp));
    decref(tmp);
    return 0;
}

int set_difference_update_internal(SetObject* so, Object* other) {
    if (so == other) return set_clear_internal(so);
    if (anyset_check(other)) {
        // When other is more than 8 times larger, use its intersection with so instead.
        Ref o;
        if ((set_size(other) >> 3) > set_size(so)) {
            o.reset(set_intersection(so, other));
            if (!o) return -1;
        } else {
            o = Ref::borrowed(other);
        }
        ssize_t pos = 0;
        SetEntry* entry;
        while (set_next_internal(as_set(o.get()), &pos, &entry)) {
            Ref key = Ref::borrowed(entry->key);
            if (set_discard_entry(so, key.get(), entry->hash) < 0) return -1;
        }
    } else {
        Ref it(object_get_iter(other));
        if (!it) return -1;
        for (;;) {
            Ref key(iter_next(it.get()));
            if (!key) break;
            if (set_discard_key(so, key.get()) < 0) return -1;
        }
        if (error_occurred()) return -1;
    }
    // If more than 1/4th are dummies, resize them away.
    if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* set_copy_and_difference(SetObject* so, Object* other) {
    Ref result(set_copy(so));
    if (!result) return nullptr;
    if (set_difference_update_internal(as_set(result.get()), other) < 0) return nullptr;
    return result.release();
}

Object* set_difference(SetObject* so, Object* other) {
    ssize_t other_size;
    if (anyset_check(other)) other_size = set_size(other);
    else if (dict_check_exact(other)) other_size = dict_size(other);
    else return set_copy_and_difference(so, other);
    // When so is much bigger than other, copying so and removing is cheaper.
    if ((set_size(so) >> 2) > other_size) return set_copy_and_difference(so, other);
    Ref result(make_new_set_basetype(type_of(so), nullptr));
    if (!result) return nullptr;
    SetObject* res = as_set(result.get());
    bool is_dict = dict_check_exact(other);
    ssize_t pos = 0;
    SetEntry* entry;
    while (set_next_internal(so, &pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        int64_t hash = entry->hash;
        int rv = is_dict ? dict_contains_known_hash(other, key.get(), hash)
                         : set_contains_entry(as_set(other), key.get(), hash);
        if (rv < 0) return nullptr;
        if (!rv && set_add_entry(res, key.get(), hash)) return nullptr;
    }
    return result.release();
}

int set_symmetric_difference_update(SetObject* so, Object* other) {
    if (so == other) return set_clear_internal(so);
    if (dict_check_exact(other)) {
        ssize_t pos = 0;
        Object* k;
        int64_t hash;
        while (dict_next_hash(other, &pos, &k, nullptr, &hash)) {
            Ref key = Ref::borrowed(k);
            int rv = set_discard_entry(so, key.get(), hash);
            if (rv < 0) return -1;
            if (rv == DISCARD_NOTFOUND && set_add_entry(so, key.get(), hash)) return -1;
        }
        return 0;
    }
    Ref otherset;
    if (anyset_check(other)) otherset = Ref::borrowed(other);
    else otherset.reset(make_new_set_basetype(type_of(so), other));
    if (!otherset) return -1;
    ssize_t pos = 0;
    SetEntry* entry;
    while (set_next_internal(as_set(otherset.get()), &pos, &entry)) {
        Ref key = Ref::borrowed(entry->key);
        int64_t hash = entry->hash;
        int rv = set_discard_entry(so, key.get(), hash);
        if (rv < 0) return -1;
        if (rv == DISCARD_NOTFOUND && set_add_entry(so, key.get(), hash)) return -1;
    }
    return 0;
}

Object* set_symmetric_difference(SetObject* so, Object* other) {
    Ref otherset(make_new_set_basetype(type_of(so), other));
    if (!otherset) return nullptr;
    if (set_symmetric_difference_update(as_set(otherset.get()), so) < 0) return nullptr;
    return otherset.release();
}

// 1/0, -1 on error.
int set_issubset(SetObject* so, Object* other) {
    if (!anyset_check(other)) {
        Ref tmp(make_new_set(&SetType, other));
        if (!tmp) return -1;
        return set_issubset(so, tmp.get());
    }
    if (set_size(so) > set_size(other)) return 0;
    ssize_t pos = 0;
    SetEntry* entry;
    while (set_next_internal(so, &pos, &entry)) {
        int rv = set_contains_entry(as_set(other), entry->key, entry->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

int set_issuperset(SetObject* so, Object* other) {
    if (!anyset_check(other)) {
        Ref tmp(make_new_set(&SetType, other));
        if (!tmp) return -1;
        return set_issuperset(so, tmp.get());
    }
    return set_issubset(as_set(other), so);
}

int set_isdisjoint(SetObject* so, Object* other) {
    if (so == other) return set_size(so) == 0;
    if (set_check_exact(other) || frozenset_check_exact(other)) {
        Object* big = so;
        Object* small = other;
        if (set_size(small) > set_size(big)) std::swap(big, small);
        ssize_t pos = 0;
        SetEntry* entry;
        while (set_next_internal(as_set(small), &pos, &entry)) {
            Ref key = Ref::borrowed(entry->key);
            int rv = set_contains_entry(as_set(big), key.get(), entry->hash);
            if (rv < 0) return -1;
            if (rv) return 0;
        }
        return 1;
    }
    Ref it(object_get_iter(other));
    if (!it) return -1;
    for (;;) {
        Ref key(iter_next(it.get()));
        if (!key) break;
        int64_t hash = object_hash(key.get());
        if (hash == -1) return -1;
        int rv = set_contains_entry(so, key.get(), hash);
        if (rv < 0) return -1;
        if (rv) return 0;
    }
    return error_occurred() ? -1 : 1;
}

Object* bool_result(int r) { return r < 0 ? nullptr : new_bool(r); }

// `key in s` for an unhashable set key: look for the equivalent frozenset instead.
template <typename F> int with_frozenset_key(Object* key, F f) {
    if (!set_check(key) || !error_matches(&TypeErrorType)) return -1;
    clear_error();
    Ref tmpkey(make_new_set(&FrozenSetType, key));
    if (!tmpkey) return -1;
    return f(tmpkey.get());
}

// ---- Operators --------------------------------------------------------------------------------

Object* set_or(Object* so, Object* other) {
    if (!anyset_check(so) || !anyset_check(other)) return newref(NotImplemented());
    Ref result(set_copy(so));
    if (!result) return nullptr;
    if (so == other) return result.release();
    if (set_update_internal(as_set(result.get()), other)) return nullptr;
    return result.release();
}

Object* set_ior(Object* so, Object* other) {
    if (!anyset_check(other)) return newref(NotImplemented());
    if (set_update_internal(as_set(so), other)) return nullptr;
    return newref(so);
}

Object* set_and(Object* so, Object* other) {
    if (!anyset_check(so) || !anyset_check(other)) return newref(NotImplemented());
    return set_intersection(as_set(so), other);
}

Object* set_iand(Object* so, Object* other) {
    if (!anyset_check(other)) return newref(NotImplemented());
    if (set_intersection_update(as_set(so), other) < 0) return nullptr;
    return newref(so);
}

Object* set_sub(Object* so, Object* other) {
    if (!anyset_check(so) || !anyset_check(other)) return newref(NotImplemented());
    return set_difference(as_set(so), other);
}

Object* set_isub(Object* so, Object* other) {
    if (!anyset_check(other)) return newref(NotImplemented());
    if (set_difference_update_internal(as_set(so), other) < 0) return nullptr;
    return newref(so);
}

Object* set_xor(Object* so, Object* other) {
    if (!anyset_check(so) || !anyset_check(other)) return newref(NotImplemented());
    return set_symmetric_difference(as_set(so), other);
}

Object* set_ixor(Object* so, Object* other) {
    if (!anyset_check(other)) return newref(NotImplemented());
    if (set_symmetric_difference_update(as_set(so), other) < 0) return nullptr;
    return newref(so);
}

// ---- Methods ----------------------------------------------------------------------------------

// The qualified method name for messages: "set.add" or "frozenset.union".
const char* qualname(Object* self, const char* set_name, const char* frozenset_name) {
    return type_is_subtype(type_of(self), &SetType) ? set_name : frozenset_name;
}

Object* m_add(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set.add", nargs, kwnames)) return nullptr;
    if (set_add_key(as_set(self), args[0])) return nullptr;
    return new_none();
}

Object* m_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("set.clear", nargs, kwnames)) return nullptr;
    set_clear_internal(self);
    return new_none();
}

Object* m_contains(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "set.__contains__", "frozenset.__contains__"), nargs, kwnames)) return nullptr;
    return bool_result(set_sq_contains(self, args[0]));
}

Object* m_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "set.copy", "frozenset.copy"), nargs, kwnames)) return nullptr;
    if (frozenset_check_exact(self)) return newref(self);
    return set_copy(self);
}

Object* m_discard(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set.discard", nargs, kwnames)) return nullptr;
    Object* key = args[0];
    int rv = set_discard_key(as_set(self), key);
    if (rv < 0) rv = with_frozenset_key(key, [&](Object* k) { return set_discard_key(as_set(self), k); });
    if (rv < 0) return nullptr;
    return new_none();
}

Object* m_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set.remove", nargs, kwnames)) return nullptr;
    Object* key = args[0];
    int rv = set_discard_key(as_set(self), key);
    if (rv < 0) rv = with_frozenset_key(key, [&](Object* k) { return set_discard_key(as_set(self), k); });
    if (rv < 0) return nullptr;
    if (rv == DISCARD_NOTFOUND) {
        set_key_error(key);
        return nullptr;
    }
    return new_none();
}

Object* m_pop(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("set.pop", nargs, kwnames)) return nullptr;
    SetObject* so = as_set(self);
    if (so->used == 0) {
        set_error(&KeyErrorType, "pop from an empty set");
        return nullptr;
    }
    // Start at the search finger (kept in bounds) and wrap around.
    SetEntry* entry = so->table + (so->finger & so->mask);
    SetEntry* limit = so->table + so->mask;
    while (!set_entry_active(entry)) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Object* key = entry->key;
    entry->key = &g_set_dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

Object* m_union(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "set.union", "frozenset.union"), kwnames)) return nullptr;
    Ref result(set_copy(self));
    if (!result) return nullptr;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(as_set(result.get()), args[i])) return nullptr;
    }
    return result.release();
}

Object* m_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.update", kwnames)) return nullptr;
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(as_set(self), args[i])) return nullptr;
    return new_none();
}

Object* intersection_multi(Object* self, Object* const* args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    Ref result = Ref::borrowed(self);
    for (size_t i = 0; i < nargs; i++) {
        Object* newresult = set_intersection(as_set(result.get()), args[i]);
        if (!newresult) return nullptr;
        result.reset(newresult);
    }
    return result.release();
}

Object* m_intersection(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "set.intersection", "frozenset.intersection"), kwnames)) return nullptr;
    return intersection_multi(self, args, nargs);
}

Object* m_intersection_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.intersection_update", kwnames)) return nullptr;
    Ref tmp(intersection_multi(self, args, nargs));
    if (!tmp) return nullptr;
    set_swap_bodies(as_set(self), as_set(tmp.get()));
    return new_none();
}

Object* m_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs(qualname(self, "set.difference", "frozenset.difference"), kwnames)) return nullptr;
    if (nargs == 0) return set_copy(self);
    Ref result(set_difference(as_set(self), args[0]));
    if (!result) return nullptr;
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update_internal(as_set(result.get()), args[i]) < 0) return nullptr;
    return result.release();
}

Object* m_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set.difference_update", kwnames)) return nullptr;
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(as_set(self), args[i]) < 0) return nullptr;
    return new_none();
}

Object* m_symmetric_difference(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "set.symmetric_difference", "frozenset.symmetric_difference"), nargs, kwnames))
        return nullptr;
    return set_symmetric_difference(as_set(self), args[0]);
}

Object* m_symmetric_difference_update(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("set.symmetric_difference_update", nargs, kwnames)) return nullptr;
    if (set_symmetric_difference_update(as_set(self), args[0]) < 0) return nullptr;
    return new_none();
}

Object* m_issubset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "set.issubset", "frozenset.issubset"), nargs, kwnames)) return nullptr;
    return bool_result(set_issubset(as_set(self), args[0]));
}

Object* m_issuperset(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "set.issuperset", "frozenset.issuperset"), nargs, kwnames)) return nullptr;
    return bool_result(set_issuperset(as_set(self), args[0]));
}

Object* m_isdisjoint(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg(qualname(self, "set.isdisjoint", "frozenset.isdisjoint"), nargs, kwnames)) return nullptr;
    return bool_result(set_isdisjoint(as_set(self), args[0]));
}

Object* m_sizeof(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "set.__sizeof__", "frozenset.__sizeof__"), nargs, kwnames)) return nullptr;
    SetObject* so = as_set(self);
    ssize_t res = type_of(self)->tp_basicsize;
    if (so->table != so->smalltable) res += (so->mask + 1) * static_cast<ssize_t>(sizeof(SetEntry));
    return int_from_int64(res);
}

Object* m_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args(qualname(self, "set.__reduce__", "frozenset.__reduce__"), nargs, kwnames)) return nullptr;
    Ref keys(sequence_list(self));
    if (!keys) return nullptr;
    Ref args(tuple_pack({keys.get()}));
    if (!args) return nullptr;
    Object* state = None();
    if (Object** slot = object_dict_slot(self)) {
        if (*slot) state = *slot;
    }
    return tuple_pack({type_of(self), args.get(), state});
}

} // namespace

const MethodDef set_methods[] = {
    {"add", m_add},
    {"clear", m_clear},
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"discard", m_discard},
    {"difference", m_difference},
    {"difference_update", m_difference_update},
    {"intersection", m_intersection},
    {"intersection_update", m_intersection_update},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"pop", m_pop},
    {"__reduce__", m_reduce},
    {"remove", m_remove},
    {"__sizeof__", m_sizeof},
    {"symmetric_difference", m_symmetric_difference},
    {"symmetric_difference_update", m_symmetric_difference_update},
    {"union", m_union},
    {"update", m_update},
    {nullptr, nullptr},
};

const MethodDef frozenset_methods[] = {
    {"__contains__", m_contains},
    {"copy", m_copy},
    {"difference", m_difference},
    {"intersection", m_intersection},
    {"isdisjoint", m_isdisjoint},
    {"issubset", m_issubset},
    {"issuperset", m_issuperset},
    {"__reduce__", m_reduce},
    {"__sizeof__", m_sizeof},
    {"symmetric_difference", m_symmetric_difference},
    {"union", m_union},
    {nullptr, nullptr},
};

int set_sq_contains(Object* self, Object* key) {
    int rv = set_contains_key(as_set(self), key);
    if (rv < 0) rv = with_frozenset_key(key, [&](Object* k) { return set_contains_key(as_set(self), k); });
    return rv;
}

Object* set_richcompare(Object* self, Object* w, int op) {
    if (!anyset_check(w)) return newref(NotImplemented());
    SetObject* v = as_set(self);
    switch (op) {
    case Py_EQ:
        if (set_size(v) != set_size(w)) return new_bool(false);
        if (v->hash != -1 && as_set(w)->hash != -1 && v->hash != as_set(w)->hash) return new_bool(false);
        return bool_result(set_issubset(v, w));
    case Py_NE: {
        Ref r1(set_richcompare(v, w, Py_EQ));
        if (!r1) return nullptr;
        int r2 = object_is_true(r1.get());
        if (r2 < 0) return nullptr;
        return new_bool(!r2);
    }
    case Py_LE:
        return bool_result(set_issubset(v, w));
    case Py_GE:
        return bool_result(set_issuperset(v, w));
    case Py_LT:
        if (set_size(v) >= set_size(w)) return new_bool(false);
        return bool_result(set_issubset(v, w));
    case Py_GT:
        if (set_size(v) <= set_size(w)) return new_bool(false);
        return bool_result(set_issuperset(v, w));
    }
    return newref(NotImplemented());
}

void set_fill_number_slots(TypeObject* t, bool mutable_set) {
    t->nb_binary[NB_SUBTRACT] = set_sub;
    t->nb_binary[NB_AND] = set_and;
    t->nb_binary[NB_XOR] = set_xor;
    t->nb_binary[NB_OR] = set_or;
    if (mutable_set) {
        t->nb_inplace[NB_SUBTRACT] = set_isub;
        t->nb_inplace[NB_AND] = set_iand;
        t->nb_inplace[NB_XOR] = set_ixor;
        t->nb_inplace[NB_OR] = set_ior;
    }
}

} // namespace hs
