// set and frozenset: CPython 3.11's open-addressing table (LINEAR_PROBES consecutive slots,
// then perturbed jumps), its resize rule, construction, deallocation, repr, hashing, the set
// iterator and the type objects. The set algebra and the methods are in set_ops.cpp.
#include "objects/setobject.h"

#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/set_impl.h"
#include "objects/strobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cstddef>
#include <cstring>
#include <string>

namespace hs {

TypeObject SetType;
TypeObject FrozenSetType;
Object g_set_dummy;

namespace {

TypeObject SetIterType;

// Probe arithmetic is done in 64 bits, as CPython's size_t on the 64-bit builds heapscope
// mirrors, so iteration orders are the same on wasm32.
using probe_t = uint64_t;
constexpr probe_t LINEAR_PROBES = 9;
constexpr int PERTURB_SHIFT = 5;

inline void free_table(SetObject* so, SetEntry* table, ssize_t mask) {
    if (table != so->smalltable) mem_free(table, static_cast<size_t>(mask + 1) * sizeof(SetEntry));
}

// Inserts a key known to be absent into a table without dummies (resizing, merging).
void set_insert_clean(SetEntry* table, probe_t mask, Object* key, int64_t hash) {
    probe_t perturb = static_cast<probe_t>(hash);
    probe_t i = static_cast<probe_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &table[i];
        if (!entry->key) goto found_null;
        if (i + LINEAR_PROBES <= mask) {
            for (probe_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (!entry->key) goto found_null;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found_null:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

SetEntry* set_lookkey(SetObject* so, Object* key, int64_t hash) {
    probe_t perturb = static_cast<probe_t>(hash);
    probe_t mask = static_cast<probe_t>(so->mask);
    probe_t i = static_cast<probe_t>(hash) & mask;
    for (;;) {
        SetEntry* entry = &so->table[i];
        probe_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key) return entry;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) return entry;
                if (str_check_exact(startkey) && str_check_exact(key) && str_equal(startkey, key)) return entry;
                SetEntry* table = so->table;
                incref(startkey);
                int cmp = object_richcompare_bool(startkey, key, Py_EQ);
                decref(startkey);
                if (cmp < 0) return nullptr;
                // __eq__ changed the set: start over.
                if (table != so->table || entry->key != startkey) return set_lookkey(so, key, hash);
                if (cmp > 0) return entry;
                mask = static_cast<probe_t>(so->mask);
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int64_t key_hash(Object* key) {
    if (str_check_exact(key)) {
        int64_t h = static_cast<StrObject*>(key)->hash;
        if (h != -1) return h;
        return str_hash(key);
    }
    return object_hash(key);
}

} // namespace

int set_table_resize(SetObject* so, ssize_t minused) {
    // The smallest table size > minused.
    size_t newsize = PySet_MINSIZE;
    while (newsize <= static_cast<size_t>(minused)) newsize <<= 1;

    SetEntry* oldtable = so->table;
    ssize_t oldmask = so->mask;
    bool is_oldtable_malloced = oldtable != so->smalltable;
    SetEntry small_copy[PySet_MINSIZE];
    SetEntry* newtable;
    if (newsize == PySet_MINSIZE) {
        // A large table is shrinking, or we can't get any smaller.
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;  // no dummies: nothing to do
            // Rebuild in place to purge dummies.
            std::memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    } else {
        newtable = static_cast<SetEntry*>(mem_alloc(newsize * sizeof(SetEntry)));
        if (!newtable) return -1;
    }
    std::memset(static_cast<void*>(newtable), 0, sizeof(SetEntry) * newsize);
    so->mask = static_cast<ssize_t>(newsize - 1);
    so->table = newtable;
    probe_t newmask = newsize - 1;
    // Copy the active entries (refcount-neutral); dummies are dropped.
    if (so->fill == so->used) {
        for (SetEntry* entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (entry->key) set_insert_clean(newtable, newmask, entry->key, entry->hash);
    } else {
        so->fill = so->used;
        for (SetEntry* entry = oldtable; entry <= oldtable + oldmask; entry++)
            if (set_entry_active(entry)) set_insert_clean(newtable, newmask, entry->key, entry->hash);
    }
    if (is_oldtable_malloced) mem_free(oldtable, static_cast<size_t>(oldmask + 1) * sizeof(SetEntry));
    return 0;
}

int set_add_entry(SetObject* so, Object* key, int64_t hash) {
    incref(key);
restart:
    probe_t mask = static_cast<probe_t>(so->mask);
    probe_t i = static_cast<probe_t>(hash) & mask;
    SetEntry* freeslot = nullptr;
    probe_t perturb = static_cast<probe_t>(hash);
    SetEntry* entry;
    for (;;) {
        entry = &so->table[i];
        probe_t probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && !entry->key) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Object* startkey = entry->key;
                if (startkey == key) goto found_active;
                if (str_check_exact(startkey) && str_check_exact(key) && str_equal(startkey, key)) goto found_active;
                SetEntry* table = so->table;
                incref(startkey);
                int cmp = object_richcompare_bool(startkey, key, Py_EQ);
                decref(startkey);
                if (cmp > 0) goto found_active;
                if (cmp < 0) goto comparison_error;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = static_cast<probe_t>(so->mask);
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (!freeslot) goto found_unused;
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
found_unused:
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (static_cast<probe_t>(so->fill) * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    decref(key);
    return 0;
comparison_error:
    decref(key);
    return -1;
}

int set_contains_entry(SetObject* so, Object* key, int64_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    return entry->key != nullptr;
}

int set_discard_entry(SetObject* so, Object* key, int64_t hash) {
    SetEntry* entry = set_lookkey(so, key, hash);
    if (!entry) return -1;
    if (!entry->key) return DISCARD_NOTFOUND;
    Object* old_key = entry->key;
    entry->key = &g_set_dummy;
    entry->hash = -1;
    so->used--;
    decref(old_key);
    return DISCARD_FOUND;
}

int set_add_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_add_entry(so, key, hash);
}

int set_contains_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_contains_entry(so, key, hash);
}

int set_discard_key(SetObject* so, Object* key) {
    int64_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_discard_entry(so, key, hash);
}

namespace {

void set_empty_to_minsize(SetObject* so) {
    std::memset(static_cast<void*>(so->smalltable), 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = PySet_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

} // namespace

int set_clear_internal(Object* self) {
    SetObject* so = as_set(self);
    SetEntry* table = so->table;
    ssize_t fill = so->fill;
    ssize_t used = so->used;
    ssize_t mask = so->mask;
    bool table_is_malloced = table != so->smalltable;
    SetEntry small_copy[PySet_MINSIZE];
    // Decrefs may change the set: empty it first, then release the saved entries.
    if (table_is_malloced) {
        set_empty_to_minsize(so);
    } else if (fill > 0) {
        std::memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    for (SetEntry* entry = table; used > 0; entry++) {
        if (set_entry_active(entry)) {
            used--;
            decref(entry->key);
        }
    }
    if (table_is_malloced) mem_free(table, static_cast<size_t>(mask + 1) * sizeof(SetEntry));
    return 0;
}

bool set_next_internal(SetObject* so, ssize_t* pos, SetEntry** entry_ptr) {
    ssize_t i = *pos;
    ssize_t mask = so->mask;
    SetEntry* entry = &so->table[i];
    while (i <= mask && !set_entry_active(entry)) {
        i++;
        entry++;
    }
    *pos = i + 1;
    if (i > mask) return false;
    *entry_ptr = entry;
    return true;
}

int set_merge(SetObject* so, Object* otherset) {
    SetObject* other = as_set(otherset);
    if (other == so || other->used == 0) return 0;  // a.update(a) or a.update(set())
    // One big resize at the start rather than several while inserting.
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    SetEntry* so_entry = so->table;
    SetEntry* other_entry = other->table;
    // Same size, empty target, no dummies in the source: copy slot by slot.
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            Object* key = other_entry->key;
            if (key) {
                so_entry->key = newref(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    // An empty target can use set_insert_clean.
    if (so->fill == 0) {
        SetEntry* newtable = so->table;
        probe_t newmask = static_cast<probe_t>(so->mask);
        so->fill = other->used;
        so->used = other->used;
        for (ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            if (set_entry_active(other_entry))
                set_insert_clean(newtable, newmask, newref(other_entry->key), other_entry->hash);
        }
        return 0;
    }
    // Duplicates are possible: normal insertions.
    for (ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        if (set_entry_active(other_entry)) {
            if (set_add_entry(so, other_entry->key, other_entry->hash)) return -1;
        }
    }
    return 0;
}

int set_update_internal(SetObject* so, Object* other) {
    if (anyset_check(other)) return set_merge(so, other);
    if (dict_check_exact(other)) {
        ssize_t dictsize = dict_size(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
        }
        ssize_t pos = 0;
        Object* key;
        int64_t hash;
        while (dict_next_hash(other, &pos, &key, nullptr, &hash))
            if (set_add_entry(so, key, hash)) return -1;
        return 0;
    }
    Ref it(object_get_iter(other));
    if (!it) return -1;
    for (;;) {
        Ref key(iter_next(it.get()));
        if (!key) break;
        if (set_add_key(so, key.get())) return -1;
    }
    return error_occurred() ? -1 : 0;
}

Object* make_new_set(TypeObject* type, Object* iterable) {
    Object* self = type_generic_alloc(type, 0);
    if (!self) return nullptr;
    SetObject* so = as_set(self);
    so->fill = 0;
    so->used = 0;
    so->mask = PySet_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = nullptr;
    if (iterable && set_update_internal(so, iterable)) {
        decref(self);
        return nullptr;
    }
    return self;
}

Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
    if (type != &SetType && type != &FrozenSetType) type = type_is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
    return make_new_set(type, iterable);
}

// ---- C++ API ----------------------------------------------------------------------------------

Object* set_new(Object* iterable) { return make_new_set(&SetType, iterable); }

Object* frozenset_new(Object* iterable) {
    if (iterable && frozenset_check_exact(iterable)) return newref(iterable);
    return make_new_set(&FrozenSetType, iterable);
}

int set_add(Object* set, Object* key) { return set_add_key(as_set(set), key); }
int set_contains(Object* set, Object* key) { return set_contains_key(as_set(set), key); }
int set_discard(Object* set, Object* key) { return set_discard_key(as_set(set), key); }
int set_update(Object* set, Object* iterable) { return set_update_internal(as_set(set), iterable); }

bool set_next_entry(Object* set, ssize_t* pos, Object** key, int64_t* hash) {
    SetEntry* entry;
    if (!set_next_internal(as_set(set), pos, &entry)) return false;
    *key = entry->key;
    if (hash) *hash = entry->hash;
    return true;
}

bool set_next(Object* set, ssize_t* pos, Object** key) { return set_next_entry(set, pos, key, nullptr); }

// ---- Slots ------------------------------------------------------------------------------------

namespace {

void set_dealloc(Object* self) {
    SetObject* so = as_set(self);
    ssize_t used = so->used;
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    if (so->weakreflist) object_clear_weakrefs(self);
    for (SetEntry* entry = so->table; used > 0; entry++) {
        if (set_entry_active(entry)) {
            used--;
            decref(entry->key);
        }
    }
    free_table(so, so->table, so->mask);
    gc_free(self);
    trashcan_end();
}

int set_traverse(Object* self, visitproc visit, void* arg) {
    ssize_t pos = 0;
    SetEntry* entry;
    while (set_next_internal(as_set(self), &pos, &entry)) HS_VISIT(entry->key);
    return 0;
}

int set_tp_clear(Object* self) { return set_clear_internal(self); }

ssize_t set_len(Object* self) { return as_set(self)->used; }

Object* set_repr(Object* self) {
    SetObject* so = as_set(self);
    int status = repr_enter(self);
    if (status != 0) {
        if (status < 0) return nullptr;
        return str_from_utf8(std::string(type_name_of(self)) + "(...)");
    }
    if (!so->used) {
        repr_leave(self);
        return str_from_utf8(std::string(type_name_of(self)) + "()");
    }
    Object* result = nullptr;
    Ref keys(sequence_list(self));
    if (keys) {
        Ref listrepr(object_repr(keys.get()));
        if (listrepr) {
            std::string_view inner = str_view(listrepr.get());
            inner = inner.substr(1, inner.size() - 2);  // repr(keys)[1:-1]
            std::string text;
            if (!set_check_exact(self)) {
                text = type_name_of(self);
                text += "({";
                text += inner;
                text += "})";
            } else {
                text = "{";
                text += inner;
                text += "}";
            }
            result = str_from_utf8(text);
        }
    }
    repr_leave(self);
    return result;
}

// ---- set_iterator -----------------------------------------------------------------------------

struct SetIterObject : Object {
    Object* si_set = nullptr;  // nullptr once exhausted
    ssize_t si_used = 0;
    ssize_t si_pos = 0;
    ssize_t len = 0;
};

Object* set_iter(Object* self) {
    auto* si = static_cast<SetIterObject*>(gc_alloc(&SetIterType, sizeof(SetIterObject)));
    if (!si) return nullptr;
    si->si_set = newref(self);
    si->si_used = as_set(self)->used;
    si->si_pos = 0;
    si->len = as_set(self)->used;
    gc_track(si);
    return si;
}

void setiter_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<SetIterObject*>(self)->si_set);
    gc_free(self);
}

int setiter_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<SetIterObject*>(self)->si_set);
    return 0;
}

Object* setiter_len(Object* self, Object* const*, size_t, Object*) {
    auto* si = static_cast<SetIterObject*>(self);
    ssize_t len = 0;
    if (si->si_set && si->si_used == as_set(si->si_set)->used) len = si->len;
    return int_from_int64(len);
}

Object* setiter_next(Object* self) {
    auto* si = static_cast<SetIterObject*>(self);
    Object* set = si->si_set;
    if (!set) return nullptr;
    SetObject* so = as_set(set);
    if (si->si_used != so->used) {
        set_error(&RuntimeErrorType, "Set changed size during iteration");
        si->si_used = -1;  // sticky
        return nullptr;
    }
    ssize_t i = si->si_pos;
    SetEntry* entry = so->table;
    ssize_t mask = so->mask;
    while (i <= mask && !set_entry_active(&entry[i])) i++;
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = nullptr;
        decref(set);
        return nullptr;
    }
    si->len--;
    return newref(entry[i].key);
}

const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

// ---- Construction -----------------------------------------------------------------------------

// set.__new__ ignores its arguments (set.__init__ fills the set).
Object* set_tp_new(TypeObject* type, Object* const*, size_t, Object* kwnames) {
    if (type == &SetType && !check_no_kwargs("set", kwnames)) return nullptr;
    return make_new_set(type, nullptr);
}

int set_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("set", kwnames) || !check_nargs(type_name_of(self), nargs, 0, 1)) return -1;
    SetObject* so = as_set(self);
    if (so->fill) set_clear_internal(self);
    so->hash = -1;
    if (nargs == 0) return 0;
    return set_update_internal(so, args[0]);
}

Object* frozenset_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if ((type == &FrozenSetType || type->tp_init == FrozenSetType.tp_init) && !check_no_kwargs("frozenset", kwnames))
        return nullptr;
    if (!check_nargs(type_name(type), nargs, 0, 1)) return nullptr;
    Object* iterable = nargs ? args[0] : nullptr;
    if (type != &FrozenSetType) return make_new_set(type, iterable);
    return frozenset_new(iterable);
}

void init_common(TypeObject& t, const char* name) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 200;
    t.tp_cxx_size = sizeof(SetObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = set_dealloc;
    t.tp_repr = set_repr;
    t.tp_richcompare = set_richcompare;
    t.tp_iter = set_iter;
    t.tp_traverse = set_traverse;
    t.tp_clear = set_tp_clear;
    t.sq_length = set_len;
    t.sq_contains = set_sq_contains;
    // offsetof(SetObject, weakreflist) without -Winvalid-offsetof (SetObject is not standard-layout).
    alignas(SetObject) static char probe[sizeof(SetObject)];
    t.tp_weaklistoffset = reinterpret_cast<char*>(&reinterpret_cast<SetObject*>(probe)->weakreflist) - probe;
}

} // namespace

// CPython 3.11's frozenset hash: xor of shuffled entry hashes (unused and dummy slots included
// and then cancelled), mixed with the size.
namespace {
inline uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }
} // namespace

int64_t frozenset_hash(Object* self) {
    SetObject* so = as_set(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    for (SetEntry* entry = so->table; entry <= &so->table[so->mask]; entry++)
        hash ^= shuffle_bits(static_cast<uint64_t>(entry->hash));
    // Remove the effect of an odd number of NULL entries.
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    // Remove the effect of an odd number of dummy entries.
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits(static_cast<uint64_t>(-1));
    // Factor in the number of active entries.
    hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237UL;
    // Disperse patterns arising in nested frozensets.
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == static_cast<uint64_t>(-1)) hash = 590923713UL;
    so->hash = static_cast<int64_t>(hash);
    return so->hash;
}

void init_set_type() {
    init_common(SetType, "set");
    SetType.tp_new = set_tp_new;
    SetType.tp_init = set_tp_init;
    SetType.tp_methods = set_methods;
    set_fill_number_slots(&SetType, true);
    register_static_type(&SetType);

    init_common(FrozenSetType, "frozenset");
    FrozenSetType.tp_hash = frozenset_hash;
    FrozenSetType.tp_new = frozenset_tp_new;
    FrozenSetType.tp_methods = frozenset_methods;
    set_fill_number_slots(&FrozenSetType, false);
    register_static_type(&FrozenSetType);

    TypeObject& it = SetIterType;
    it.ob_refcnt = 1;
    it.ob_type = &TypeType;
    it.tp_name = "set_iterator";
    it.tp_basicsize = 48;
    it.tp_cxx_size = sizeof(SetIterObject);
    it.tp_flags = TPFLAGS_HAVE_GC;
    it.tp_dealloc = setiter_dealloc;
    it.tp_traverse = setiter_traverse;
    it.tp_iter = self_iter;
    it.tp_iternext = setiter_next;
    it.tp_methods = setiter_methods;
    register_static_type(&it);
}

} // namespace hs
