// Instance attribute storage for classes made by `class` statements (see objects/instance.h).
#include "objects/instance.h"
#include "objects/shared_keys.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "runtime/errors.h"
#include "runtime/gc.h"

#include <cstring>

namespace hs {

InstanceExtras* instance_extras(Object* o) {
    TypeObject* t = type_of(o);
    if (!t->ht_extras_offset) return nullptr;
    size_t offset = t->ht_extras_offset;
    if (t->ht_extras_after_items)
        offset += static_cast<size_t>(static_cast<VarObject*>(o)->ob_size) * static_cast<size_t>(t->tp_cxx_itemsize);
    return reinterpret_cast<InstanceExtras*>(reinterpret_cast<char*>(o) + offset);
}

Object** object_dict_slot(Object* o) {
    if (type_of(o) == &ModuleType || type_is_subtype(type_of(o), &ModuleType))
        return &static_cast<ModuleObject*>(o)->md_dict;
    if (InstanceExtras* x = instance_extras(o)) return type_of(o)->ht_has_dict ? &x->dict : nullptr;
    if (type_of(o)->tp_dictoffset > 1)
        return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + type_of(o)->tp_dictoffset);
    return nullptr;
}

namespace {

size_t values_bytes(uint32_t capacity) { return sizeof(InstanceValues) + capacity * sizeof(InstanceValues::Entry); }

// Names are compared by identity first: attribute names are interned, as in CPython.
InstanceValues::Entry* find_entry(InstanceValues* v, Object* name) {
    if (!v) return nullptr;
    InstanceValues::Entry* e = v->entries();
    for (uint32_t i = 0; i < v->size; i++)
        if (e[i].key == name) return &e[i];
    for (uint32_t i = 0; i < v->size; i++)
        if (str_equal(e[i].key, name)) return &e[i];
    return nullptr;
}

// make_dict_from_instance_attributes: the inline values move into a dict that the instance owns
// from now on; for managed-dict classes it is split over the class's shared keys, as in CPython.
Object* materialize_dict(Object* o, InstanceExtras* x) {
    TypeObject* type = type_of(o);
    Ref d(type_has_flag(type, TPFLAGS_MANAGED_DICT) ? dict_new_split(type->ht_cached_keys) : dict_new());
    if (!d) return nullptr;
    if (InstanceValues* v = x->values) {
        for (uint32_t i = 0; i < v->size; i++) {
            InstanceValues::Entry& e = v->entries()[i];
            if (e.value && dict_setitem(d.get(), e.key, e.value) < 0) return nullptr;
        }
        for (uint32_t i = 0; i < v->size; i++) clear_ref(v->entries()[i].value);
        mem_free(v, values_bytes(v->capacity));
        x->values = nullptr;
    }
    x->dict = d.release();
    return x->dict;
}

int values_set(Object* o, InstanceExtras* x, Object* name, Object* value) {
    InstanceValues::Entry* e = find_entry(x->values, name);
    if (!value) {
        if (!e || !e->value) {
            set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(o), str_data(name));
            return -1;
        }
        clear_ref(e->value);
        return 0;
    }
    if (e) {
        // A replaced attribute keeps its place in the insertion order (CPython 3.11).
        Object* old = e->value;
        e->value = newref(value);
        xdecref(old);
        return 0;
    }
    // The class keeps every attribute name its instances use, so entries can borrow the key.
    // When its shared keys are full (or the name is a str subclass), the instance gets a dict.
    Object* key = type_of(o)->ht_cached_keys->insert(name);
    if (!key) {
        Object* dict = materialize_dict(o, x);
        return dict ? dict_setitem(dict, name, value) : -1;
    }
    InstanceValues* v = x->values;
    if (!v || v->size == v->capacity) {
        uint32_t old_cap = v ? v->capacity : 0;
        uint32_t cap = old_cap ? old_cap * 2 : 4;
        auto* grown = static_cast<InstanceValues*>(mem_realloc(v, v ? values_bytes(old_cap) : 0, values_bytes(cap)));
        if (!grown) return -1;
        if (!v) grown->size = 0;
        grown->capacity = cap;
        x->values = v = grown;
    }
    v->entries()[v->size++] = {key, newref(value)};
    return 0;
}

} // namespace

Object* instance_attr_get(Object* o, Object* name, bool* has_dict) {
    Object** slot = object_dict_slot(o);
    InstanceExtras* x = instance_extras(o);
    if (x && !x->dict && type_of(o)->ht_has_dict) {
        *has_dict = true;
        InstanceValues::Entry* e = find_entry(x->values, name);
        return e ? e->value : nullptr;
    }
    if (!slot) {
        *has_dict = false;
        return nullptr;
    }
    *has_dict = true;
    if (!*slot) return nullptr;
    return dict_getitem_with_error(*slot, name);
}

int instance_attr_set(Object* o, Object* name, Object* value) {
    InstanceExtras* x = instance_extras(o);
    if (x && !x->dict && type_of(o)->ht_has_dict) return values_set(o, x, name, value);
    Object** slot = object_dict_slot(o);
    if (!slot) return 1;
    if (!*slot) {
        if (!value) {
            set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(o), str_data(name));
            return -1;
        }
        *slot = dict_new();
        if (!*slot) return -1;
    }
    if (value) return dict_setitem(*slot, name, value);
    if (dict_delitem(*slot, name) < 0) {
        if (!error_matches(&KeyErrorType)) return -1;
        clear_error();
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(o), str_data(name));
        return -1;
    }
    return 0;
}

Object* instance_get_dict(Object* o) {
    InstanceExtras* x = instance_extras(o);
    if (x && type_of(o)->ht_has_dict && !x->dict && !materialize_dict(o, x)) return nullptr;
    Object** slot = object_dict_slot(o);
    if (!slot) {
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '__dict__'", type_name_of(o));
        return nullptr;
    }
    if (!*slot) {
        *slot = dict_new();
        if (!*slot) return nullptr;
    }
    return newref(*slot);
}

// Releases the inline values in insertion order (CPython 3.11's order at dealloc) and the dict.
void instance_clear_attributes(Object* o) {
    InstanceExtras* x = instance_extras(o);
    if (!x) return;
    if (InstanceValues* v = x->values) {
        x->values = nullptr;
        for (uint32_t i = 0; i < v->size; i++) clear_ref(v->entries()[i].value);
        mem_free(v, values_bytes(v->capacity));
    }
    clear_ref(x->dict);
}

int instance_traverse_attributes(Object* o, visitproc visit, void* arg) {
    InstanceExtras* x = instance_extras(o);
    if (!x) return 0;
    if (InstanceValues* v = x->values) {
        for (uint32_t i = 0; i < v->size; i++) HS_VISIT(v->entries()[i].value);
    }
    HS_VISIT(x->dict);
    return 0;
}

} // namespace hs
