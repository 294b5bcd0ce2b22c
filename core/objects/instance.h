// Where an object keeps its attributes. Classes made by `class` statements (heap types) keep
// instance attributes inline, as CPython 3.11's managed dict does: values in insertion order,
// keyed by names shared through the class (so an instance is ONE object for the collector), and a
// real dict is made only when someone asks for `obj.__dict__` / `vars(obj)`.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct InstanceValues {
    struct Entry {
        Object* key;    // interned str, owned by the class's ht_cached_keys
        Object* value;  // owned; nullptr after deletion (the slot keeps its order)
    };
    uint32_t size = 0;
    uint32_t capacity = 0;
    // followed by `capacity` entries
    Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
};

// Placed after the base type's C++ struct in every instance of a heap type.
struct InstanceExtras {
    InstanceValues* values = nullptr;  // inline attributes, until a dict is materialized
    Object* dict = nullptr;            // the materialized __dict__
    Object* weakreflist = nullptr;
    // followed by ht_nslots Object* (the __slots__ members)
};

// Nullptr when o's type has no instance extras (builtin types).
InstanceExtras* instance_extras(Object* o);
inline Object** instance_slots(InstanceExtras* x) { return reinterpret_cast<Object**>(x + 1); }

// Attribute storage access used by generic getattr/setattr. *found is false when there is no
// such attribute; returns a borrowed reference. Only sets an error on a failed __eq__ of a key.
Object* instance_attr_get(Object* o, Object* name, bool* has_dict);
// 0 stored/deleted, 1 (with nothing changed) when o has no attribute storage, -1 on error.
// Deleting a missing attribute sets AttributeError and returns -1.
int instance_attr_set(Object* o, Object* name, Object* value);
// The materialized __dict__ (new reference), creating it from the inline values if needed,
// or nullptr with AttributeError when o has none.
Object* instance_get_dict(Object* o);
// Releases the attributes (inline values in insertion order, or the dict) / visits them.
void instance_clear_attributes(Object* o);
int instance_traverse_attributes(Object* o, visitproc visit, void* arg);
// The dict slot of objects that own a dict field (modules, functions, exceptions...), or nullptr.
Object** object_dict_slot(Object* o);

} // namespace hs
