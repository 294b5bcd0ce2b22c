// Internals shared by setobject.cpp (the table, construction, the type objects) and set_ops.cpp
// (the set algebra and the methods).
#pragma once

#include "objects/setobject.h"

namespace hs {

constexpr ssize_t PySet_MINSIZE = 8;
enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

// Deleted entries hold this key and hash -1 (CPython's dummy).
extern Object g_set_dummy;
inline bool set_entry_active(const SetEntry* e) { return e->key && e->key != &g_set_dummy; }
inline SetObject* as_set(Object* o) { return static_cast<SetObject*>(o); }

int set_add_entry(SetObject* so, Object* key, int64_t hash);  // borrowed key
int set_add_key(SetObject* so, Object* key);
int set_contains_entry(SetObject* so, Object* key, int64_t hash);
int set_contains_key(SetObject* so, Object* key);
int set_discard_entry(SetObject* so, Object* key, int64_t hash);
int set_discard_key(SetObject* so, Object* key);
int set_table_resize(SetObject* so, ssize_t minused);
int set_clear_internal(Object* so);
bool set_next_internal(SetObject* so, ssize_t* pos, SetEntry** entry);
int set_update_internal(SetObject* so, Object* other);
int set_merge(SetObject* so, Object* otherset);
// make_new_set: an instance of `type` (set, frozenset or a subclass) filled from iterable.
Object* make_new_set(TypeObject* type, Object* iterable);
// make_new_set_basetype: the same, but a subclass gives a plain set or frozenset.
Object* make_new_set_basetype(TypeObject* type, Object* iterable);
int64_t frozenset_hash(Object* self);

// The methods and number slots (set_ops.cpp).
extern const MethodDef set_methods[];
extern const MethodDef frozenset_methods[];
void set_fill_number_slots(TypeObject* t, bool mutable_set);
Object* set_richcompare(Object* v, Object* w, int op);
int set_sq_contains(Object* so, Object* key);

} // namespace hs
