// set and frozenset: CPython 3.11's open-addressing table (linear probes then perturbation), so
// iteration order and sizes match CPython's for the same hashes.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct SetEntry {
    Object* key = nullptr;
    int64_t hash = 0;
};

struct SetObject : Object {
    ssize_t fill = 0;
    ssize_t used = 0;
    ssize_t mask = 7;
    SetEntry* table = nullptr;  // smalltable until the set grows
    int64_t hash = -1;          // frozenset only
    ssize_t finger = 0;
    SetEntry smalltable[8];
    Object* weakreflist = nullptr;
};

extern TypeObject SetType;
extern TypeObject FrozenSetType;

inline bool anyset_check(const Object* o) {
    return o->ob_type == &SetType || o->ob_type == &FrozenSetType || type_is_subtype(o->ob_type, &SetType) ||
           type_is_subtype(o->ob_type, &FrozenSetType);
}
Object* set_new(Object* iterable);        // iterable may be nullptr
Object* frozenset_new(Object* iterable);  // iterable may be nullptr
int set_add(Object* set, Object* key);
int set_contains(Object* set, Object* key);  // 1/0, -1 on error
int set_discard(Object* set, Object* key);   // 1 found, 0 not, -1 error
int set_update(Object* set, Object* iterable);
bool set_next(Object* set, ssize_t* pos, Object** key);  // borrowed
// As set_next, with the stored hash (CPython's _PySet_NextEntry).
bool set_next_entry(Object* set, ssize_t* pos, Object** key, int64_t* hash);
inline bool set_check_exact(const Object* o) { return o->ob_type == &SetType; }
inline bool frozenset_check_exact(const Object* o) { return o->ob_type == &FrozenSetType; }
inline bool set_check(const Object* o) { return o->ob_type == &SetType || type_is_subtype(o->ob_type, &SetType); }
inline ssize_t set_size(const Object* s) { return static_cast<const SetObject*>(s)->used; }

void init_set_type();

} // namespace hs
