// Classes made by `class` statements (heap types): creation, attribute access on the class, and
// the lifecycle of their instances (CPython's type_new, type_getattro, subtype_dealloc...).
//
// Instance layout: the C++ struct of the nearest builtin base, then InstanceExtras (inline
// attribute values or the __dict__, the weakref list), then one slot per __slots__ member.
#include "objects/descrobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/funcobject.h"
#include "objects/instance.h"
#include "objects/shared_keys.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/subclasses.h"
#include "objects/tupleobject.h"
#include "objects/weakrefobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/slots.h"
#include "runtime/types_registry.h"
#include "vm/frame.h"

#include <cstdio>
#include <cstring>
#include <new>
#include <vector>

namespace hs {

TypeObject MemberDescrType;

namespace {

// ---- __slots__ members -------------------------------------------------------------------

Object** member_slot(MemberDescrObject* m, Object* obj) {
    return &instance_slots(instance_extras(obj))[m->index];
}

bool member_check(MemberDescrObject* m, Object* obj) {
    if (type_is_subtype(type_of(obj), m->d_type)) return true;
    type_error("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", str_data(m->d_name),
               type_name(m->d_type), type_name_of(obj));
    return false;
}

Object* member_get(Object* descr, Object* obj, Object*) {
    auto* m = static_cast<MemberDescrObject*>(descr);
    if (!obj) return newref(descr);
    if (!member_check(m, obj)) return nullptr;
    Object* v = *member_slot(m, obj);
    if (!v) {
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(obj), str_data(m->d_name));
        return nullptr;
    }
    return newref(v);
}

int member_set(Object* descr, Object* obj, Object* value) {
    auto* m = static_cast<MemberDescrObject*>(descr);
    if (!member_check(m, obj)) return -1;
    Object** slot = member_slot(m, obj);
    if (!value && !*slot) {
        set_error_format(&AttributeErrorType, "'%s' object has no attribute '%s'", type_name_of(obj), str_data(m->d_name));
        return -1;
    }
    setref(*slot, xnewref(value));
    return 0;
}

Object* member_repr(Object* self) {
    auto* m = static_cast<MemberDescrObject*>(self);
    return str_from_utf8(std::string("<member '") + str_data(m->d_name) + "' of '" + type_name(m->d_type) + "' objects>");
}

void member_dealloc(Object* self) {
    auto* m = static_cast<MemberDescrObject*>(self);
    gc_untrack(self);
    xdecref(static_cast<Object*>(m->d_type));
    xdecref(m->d_name);
    gc_free(self);
}

int member_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<Object*>(static_cast<MemberDescrObject*>(self)->d_type));
    return 0;
}

Object* member_new(TypeObject* type, Object* name, int index) {
    auto* m = static_cast<MemberDescrObject*>(gc_alloc(&MemberDescrType, sizeof(MemberDescrObject)));
    if (!m) return nullptr;
    m->d_type = type;
    incref(static_cast<Object*>(type));
    m->d_name = newref(name);
    m->index = index;
    gc_track(m);
    return m;
}

// ---- Instances -------------------------------------------------------------------------------

TypeObject* builtin_base(TypeObject* type) {
    while (type_has_flag(type, TPFLAGS_HEAPTYPE)) type = type->tp_base;
    return type;
}

void clear_slots(Object* self) {
    InstanceExtras* x = instance_extras(self);
    Object** slots = instance_slots(x);
    for (int i = 0; i < type_of(self)->ht_nslots; i++) clear_ref(slots[i]);
}

void subtype_dealloc(Object* self) {
    TypeObject* type = type_of(self);
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    if (type->tp_finalize) {
        gc_track(self);
        if (call_finalizer_from_dealloc(self)) {
            trashcan_end();
            return;  // resurrected by __del__
        }
        gc_untrack(self);
    }
    // The builtin base releases its own part and the memory; then the class is released.
    TypeObject* base = builtin_base(type);
    // Weak references die before the slots and attributes are released, so their callbacks
    // run with ref() already None (a builtin base with a weakref list clears it itself).
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset && *weakref_list_ptr(self)) object_clear_weakrefs(self);
    clear_slots(self);
    instance_clear_attributes(self);
    incref(type);
    if (base == &ObjectType) {
        gc_free(self);
    } else {
        gc_track(self);  // base deallocs expect to untrack a tracked object
        base->tp_dealloc(self);
    }
    decref(type);  // the instance's reference (taken in gc_alloc)
    decref(type);  // ours
    trashcan_end();
}

int subtype_traverse(Object* self, visitproc visit, void* arg) {
    TypeObject* type = type_of(self);
    InstanceExtras* x = instance_extras(self);
    Object** slots = instance_slots(x);
    for (int i = 0; i < type->ht_nslots; i++) HS_VISIT(slots[i]);
    if (int r = instance_traverse_attributes(self, visit, arg)) return r;
    TypeObject* base = builtin_base(type);
    if (base->tp_traverse) {
        if (int r = base->tp_traverse(self, visit, arg)) return r;
    }
    HS_VISIT(type);
    return 0;
}

int subtype_clear(Object* self) {
    clear_slots(self);
    instance_clear_attributes(self);
    TypeObject* base = builtin_base(type_of(self));
    if (base->tp_clear) return base->tp_clear(self);
    return 0;
}

Object* subtype_get_dict(Object* self) { return instance_get_dict(self); }
int subtype_set_dict(Object* self, Object* value) {
    if (!value || !dict_check(value)) {
        type_error("__dict__ must be set to a dictionary, not a '%s'", value ? type_name_of(value) : "NoneType");
        return -1;
    }
    InstanceExtras* x = instance_extras(self);
    instance_clear_attributes(self);
    x->dict = newref(value);
    return 0;
}
// __weakref__: the head of the object's weakref list (the shared ref when there is one), or None.
Object* subtype_get_weakref(Object* self) {
    Object* head = *weakref_list_ptr(self);
    return newref(head ? head : None());
}

const GetSetDef subtype_getset_dict_weakref[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict},
    {"__weakref__", subtype_get_weakref},
    {nullptr, nullptr},
};

// ---- Creating a class ----------------------------------------------------------------------

bool is_identifier(std::string_view s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (unsigned char c : s)
        if (!(c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80))
            return false;
    return true;
}

// C3 linearization (CPython's mro_implementation).
Object* compute_mro(TypeObject* type, Object* bases) {
    std::vector<std::vector<Object*>> seqs;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        auto* b = static_cast<TypeObject*>(tuple_items(bases)[i]);
        std::vector<Object*> s(tuple_items(b->tp_mro), tuple_items(b->tp_mro) + tuple_size(b->tp_mro));
        seqs.push_back(std::move(s));
    }
    seqs.emplace_back(tuple_items(bases), tuple_items(bases) + tuple_size(bases));
    std::vector<Object*> result{type};
    std::vector<size_t> heads(seqs.size(), 0);
    for (;;) {
        bool empty = true;
        Object* candidate = nullptr;
        for (size_t i = 0; i < seqs.size() && !candidate; i++) {
            if (heads[i] >= seqs[i].size()) continue;
            empty = false;
            Object* c = seqs[i][heads[i]];
            bool in_tail = false;
            for (size_t j = 0; j < seqs.size() && !in_tail; j++)
                for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
                    if (seqs[j][k] == c) {
                        in_tail = true;
                        break;
                    }
            if (!in_tail) candidate = c;
        }
        if (empty) break;
        if (!candidate) {
            std::string names;
            for (ssize_t i = 0; i < tuple_size(bases); i++) {
                if (i) names += ", ";
                names += type_name(static_cast<TypeObject*>(tuple_items(bases)[i]));
            }
            type_error("Cannot create a consistent method resolution\norder (MRO) for bases %s", names.c_str());
            return nullptr;
        }
        result.push_back(candidate);
        for (size_t i = 0; i < seqs.size(); i++)
            if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
    }
    Object* mro = tuple_new(static_cast<ssize_t>(result.size()));
    if (!mro) return nullptr;
    for (size_t i = 0; i < result.size(); i++) tuple_items(mro)[i] = newref(result[i]);
    return mro;
}

// The base whose layout instances extend (CPython's best_base/solid_base).
TypeObject* solid_base(TypeObject* t) {
    if (type_has_flag(t, TPFLAGS_HEAPTYPE)) {
        TypeObject* b = solid_base(t->tp_base);
        return t->ht_nslots > b->ht_nslots && type_has_flag(b, TPFLAGS_HEAPTYPE) ? t : (t->ht_nslots ? t : b);
    }
    if (t == &ObjectType || !t->tp_base) return t;
    if (t->tp_cxx_size != t->tp_base->tp_cxx_size) return t;
    return solid_base(t->tp_base);
}

TypeObject* best_base(Object* bases) {
    TypeObject* winner = nullptr;
    TypeObject* base = nullptr;
    for (ssize_t i = 0; i < tuple_size(bases); i++) {
        Object* b = tuple_items(bases)[i];
        if (!type_has_flag(type_of(b), TPFLAGS_TYPE_SUBCLASS)) {
            type_error("bases must be types");
            return nullptr;
        }
        auto* bt = static_cast<TypeObject*>(b);
        if (!type_has_flag(bt, TPFLAGS_BASETYPE)) {
            type_error("type '%s' is not an acceptable base type", type_name(bt));
            return nullptr;
        }
        TypeObject* candidate = solid_base(bt);
        if (!winner) {
            winner = candidate;
            base = bt;
        } else if (type_is_subtype(winner, candidate)) {
        } else if (type_is_subtype(candidate, winner)) {
            winner = candidate;
            base = bt;
        } else {
            type_error("multiple bases have instance lay-out conflict");
            return nullptr;
        }
    }
    return base;
}

int add_dict_entry(TypeObject* type, const char* name, Object* value) {
    return dict_setitem_str(type->tp_dict, name, value);
}

// __slots__: the member names (mangled for private names), or nullptr when absent.
bool parse_slots(Object* ns, Object* qualname_hint, std::vector<Object*>& names, bool& add_dict, bool& add_weak,
                 bool& has_slots) {
    Object* slots = dict_getitem_str(ns, "__slots__");
    has_slots = slots != nullptr;
    if (!slots) return true;
    Ref seq(str_check(slots) ? tuple_pack({slots}) : sequence_tuple(slots));
    if (!seq) return false;
    for (ssize_t i = 0; i < tuple_size(seq.get()); i++) {
        Object* n = tuple_items(seq.get())[i];
        if (!str_check(n)) {
            type_error("__slots__ items must be strings, not '%s'", type_name_of(n));
            return false;
        }
        std::string_view s = str_view(n);
        if (!is_identifier(s)) {
            type_error("__slots__ must be identifiers");
            return false;
        }
        if (s == "__dict__") {
            add_dict = true;
            continue;
        }
        if (s == "__weakref__") {
            add_weak = true;
            continue;
        }
        names.push_back(n);
    }
    (void)qualname_hint;
    return true;
}

Object* mangle(Object* class_name, Object* name) {
    std::string_view n = str_view(name);
    if (n.size() < 3 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) == "__") return newref(name);
    std::string_view c = str_view(class_name);
    size_t k = c.find_first_not_of('_');
    if (k == std::string_view::npos) return newref(name);
    Object* m = str_from_utf8(std::string("_") + std::string(c.substr(k)) + std::string(n));
    if (m) str_intern_in_place(&m);
    return m;
}

TypeObject* alloc_heap_type(TypeObject* metatype) {
    size_t size = type_cxx_size(metatype, 0);
    auto* mem = static_cast<TypeObject*>(gc_alloc(metatype, size));
    if (!mem) return nullptr;
    ssize_t refcnt = mem->ob_refcnt;
    TypeObject* mt = mem->ob_type;
    auto* t = new (mem) TypeObject();
    // A metaclass's instance extras (its classes' own attributes) follow the TypeObject.
    std::memset(reinterpret_cast<char*>(t) + sizeof(TypeObject), 0, size - sizeof(TypeObject));
    t->ob_refcnt = refcnt;
    t->ob_type = mt;
    t->ob_size = 0;
    return t;
}

int call_set_name(TypeObject* type) {
    // Snapshot: __set_name__ may change the dict.
    Ref items(dict_copy(type->tp_dict));
    if (!items) return -1;
    ssize_t pos = 0;
    Object *k, *v;
    while (dict_next(items.get(), &pos, &k, &v)) {
        Object* set_name = type_lookup(type_of(v), intern("__set_name__"));
        if (!set_name) continue;
        Ref r(call_special(v, "__set_name__", {static_cast<Object*>(type), k}));
        if (!r) return -1;
    }
    return 0;
}

int call_init_subclass(TypeObject* type, Object* const* kwargs, Object* kwnames) {
    Ref super_obj(super_new_for(type->tp_base ? static_cast<Object*>(type) : nullptr, type));
    if (!super_obj) return -1;
    Ref func(object_getattr(super_obj.get(), intern("__init_subclass__")));
    if (!func) return -1;
    Ref r(object_call(func.get(), kwargs, 0, kwnames));
    return r ? 0 : -1;
}

} // namespace

Object* type_new(TypeObject* metatype, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 1 && nargs != 3) return type_error("type() takes 1 or 3 arguments");
    if (nargs == 1) return newref(static_cast<Object*>(type_of(args[0])));
    Object* name = args[0];
    Object* bases = args[1];
    Object* ns = args[2];
    if (!str_check(name)) return type_error("type.__new__() argument 1 must be str, not %s", type_name_of(name));
    if (!tuple_check(bases)) return type_error("type.__new__() argument 2 must be tuple, not %s", type_name_of(bases));
    if (!dict_check(ns)) return type_error("type.__new__() argument 3 must be dict, not %s", type_name_of(ns));

    Ref bases_ref;
    if (tuple_size(bases) == 0) {
        bases_ref.reset(tuple_pack({static_cast<Object*>(&ObjectType)}));
    } else {
        bases_ref = Ref::borrowed(bases);
        for (ssize_t i = 0; i < tuple_size(bases); i++)
            for (ssize_t j = i + 1; j < tuple_size(bases); j++)
                if (tuple_items(bases)[i] == tuple_items(bases)[j])
                    return type_error("duplicate base class %s", type_name(static_cast<TypeObject*>(tuple_items(bases)[i])));
    }
    TypeObject* base = best_base(bases_ref.get());
    if (!base) return nullptr;

    std::vector<Object*> slot_names;
    bool add_dict = false, add_weak = false, has_slots = false;
    if (!parse_slots(ns, name, slot_names, add_dict, add_weak, has_slots)) return nullptr;

    TypeObject* type = alloc_heap_type(metatype);
    if (!type) return nullptr;
    Ref holder(type);
    type->tp_flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
    gc_track(type);  // at allocation, as PyType_GenericAlloc (gc.get_objects() order)
    type->tp_base = static_cast<TypeObject*>(newref(static_cast<Object*>(base)));
    type->tp_bases = static_cast<TupleObject*>(bases_ref.release());
    type->ht_name = newref(name);
    type->tp_name = std::string(str_view(name));
    type->tp_dict = static_cast<DictObject*>(dict_copy(ns));
    if (!type->tp_dict) return nullptr;

    // __qualname__ and __module__ come from the class body's namespace.
    if (Object* q = dict_getitem_str(type->tp_dict, "__qualname__")) {
        if (!str_check(q)) return type_error("type __qualname__ must be a str, not %s", type_name_of(q));
        type->ht_qualname = newref(q);
        if (dict_delitem(type->tp_dict, intern("__qualname__")) < 0) return nullptr;
    } else {
        type->ht_qualname = newref(name);
    }
    if (!dict_getitem_str(type->tp_dict, "__module__")) {
        if (Frame* f = rt().current_frame) {
            if (Object* modname = dict_getitem_str(f->f_globals, "__name__"))
                if (add_dict_entry(type, "__module__", modname) < 0) return nullptr;
        }
    }

    // Layout: the builtin base's struct, the extras, then the slots of every class in the chain.
    TypeObject* root = builtin_base(base);
    // Var-sized bases (int, tuple, bytes) take no member slots, nor a weakref slot (CPython).
    bool var_sized = base->tp_itemsize != 0;
    if (var_sized && (!slot_names.empty() || add_dict || add_weak))
        return type_error("nonempty __slots__ not supported for subtype of '%s'", base->tp_name.c_str());
    bool base_has_dict = type_has_flag(base, TPFLAGS_HEAPTYPE) ? base->ht_has_dict : root->tp_dictoffset != 0;
    bool base_has_weak = base->tp_weaklistoffset != 0;
    size_t root_size = root->tp_cxx_size ? root->tp_cxx_size : sizeof(Object);
    type->ht_extras_offset = (root_size + 7) & ~size_t(7);
    int inherited_slots = type_has_flag(base, TPFLAGS_HEAPTYPE) ? base->ht_nslots : 0;
    type->ht_nslots = inherited_slots + static_cast<int>(slot_names.size());
    type->ht_has_dict = base_has_dict || !has_slots || add_dict;
    bool has_weak = base_has_weak || (!var_sized && (!has_slots || add_weak));
    type->tp_cxx_size = type->ht_extras_offset + sizeof(InstanceExtras) + sizeof(Object*) * type->ht_nslots;
    // A tuple's items sit right after its struct, so a subclass's extras go after them (where
    // CPython's negative tp_dictoffset points); str and bytes subclasses put their data after
    // the extras instead.
    type->ht_extras_after_items = root == &TupleType;
    type->tp_cxx_itemsize = root->tp_cxx_itemsize;
    // CPython's sizes: the base's basicsize, plus a weakref slot and one pointer per member.
    type->tp_basicsize = base->tp_basicsize + static_cast<ssize_t>(8 * slot_names.size());
    if (has_weak && !base_has_weak) {
        type->tp_basicsize += 8;
        type->tp_weaklistoffset = static_cast<ssize_t>(type->ht_extras_offset + offsetof(InstanceExtras, weakreflist));
    }
    type->tp_itemsize = base->tp_itemsize;
    // CPython 3.11 gives var-sized bases (int, tuple, bytes) a dict pointer, not a managed dict.
    if (type->ht_has_dict && !base_has_dict && root->tp_dictoffset == 0 && root->tp_itemsize == 0)
        type->tp_flags |= TPFLAGS_MANAGED_DICT;
    if (type->ht_has_dict && type_has_flag(base, TPFLAGS_MANAGED_DICT)) type->tp_flags |= TPFLAGS_MANAGED_DICT;
    if (type->ht_has_dict) {
        // Every class keeps its own shared attribute names; only managed-dict classes (CPython's
        // ht_cached_keys) limit them and give split dicts.
        type->ht_cached_keys = new SharedKeys();
        if (!type_has_flag(type, TPFLAGS_MANAGED_DICT)) type->ht_cached_keys->usable = INT32_MAX;
    }
    if (type->ht_has_dict && !base_has_dict) {
        type->tp_dictoffset = -1;
        // Without a managed dict, CPython's instances carry a dict pointer (after the items).
        if (!type_has_flag(type, TPFLAGS_MANAGED_DICT)) type->tp_basicsize += 8;
    }

    // __new__ is implicitly a staticmethod; __init_subclass__ and __class_getitem__ classmethods.
    if (Object* f = dict_getitem_str(type->tp_dict, "__new__"); f && function_check(f)) {
        Ref sm(call_args(static_cast<Object*>(&StaticMethodType), {f}));
        if (!sm || add_dict_entry(type, "__new__", sm.get()) < 0) return nullptr;
    }
    for (const char* cm_name : {"__init_subclass__", "__class_getitem__"}) {
        if (Object* f = dict_getitem_str(type->tp_dict, cm_name); f && function_check(f)) {
            Ref cm(call_args(static_cast<Object*>(&ClassMethodType), {f}));
            if (!cm || add_dict_entry(type, cm_name, cm.get()) < 0) return nullptr;
        }
    }

    // PyType_Ready: the MRO, then the descriptors, then inherited slots.
    Object* mro = compute_mro(type, reinterpret_cast<Object*>(type->tp_bases));
    if (!mro) return nullptr;
    type->tp_mro = static_cast<TupleObject*>(mro);

    // Member descriptors for the new __slots__, and the __dict__/__weakref__ getters.
    for (size_t i = 0; i < slot_names.size(); i++) {
        Ref mangled(mangle(name, slot_names[i]));
        if (!mangled) return nullptr;
        if (dict_getitem_with_error(type->tp_dict, mangled.get())) {
            return set_error_format(&ValueErrorType, "'%s' in __slots__ conflicts with class variable",
                                    str_data(slot_names[i])),
                   nullptr;
        }
        Ref m(member_new(type, mangled.get(), inherited_slots + static_cast<int>(i)));
        if (!m || dict_setitem(type->tp_dict, mangled.get(), m.get()) < 0) return nullptr;
    }
    if (type->ht_has_dict && !base_has_dict && !dict_getitem_str(type->tp_dict, "__dict__")) {
        Ref d(getset_descr_new(type, &subtype_getset_dict_weakref[0]));
        if (!d || add_dict_entry(type, "__dict__", d.get()) < 0) return nullptr;
    }
    if (has_weak && !base_has_weak && !dict_getitem_str(type->tp_dict, "__weakref__")) {
        Ref w(getset_descr_new(type, &subtype_getset_dict_weakref[1]));
        if (!w || add_dict_entry(type, "__weakref__", w.get()) < 0) return nullptr;
    }
    if (!dict_getitem_str(type->tp_dict, "__doc__") && add_dict_entry(type, "__doc__", None()) < 0) return nullptr;

    // Inherited slots, then the slots this class defines with dunder methods.
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    for (ssize_t i = 1; i < tuple_size(mro); i++) {
        auto* b = static_cast<TypeObject*>(tuple_items(mro)[i]);
        inherit_type_slots(type, b);
        b->ht_has_subclasses = true;
    }
    type->tp_flags |= TPFLAGS_READY;
    for (ssize_t i = 0; i < tuple_size(type->tp_bases); i++) {
        if (type_add_subclass(static_cast<TypeObject*>(tuple_items(type->tp_bases)[i]), type) < 0) return nullptr;
    }
    if (update_slots_from_dict(type) < 0) return nullptr;

    // __classcell__: the cell behind zero-argument super() and __class__.
    if (Object* cell = dict_getitem_str(type->tp_dict, "__classcell__")) {
        if (type_of(cell) != &CellType) {
            return type_error("__classcell__ must be a nonlocal cell, not %s", type_name_of(cell));
        }
        setref(static_cast<CellObject*>(cell)->ob_ref, newref(static_cast<Object*>(type)));
        if (dict_delitem(type->tp_dict, intern("__classcell__")) < 0) return nullptr;
    }
    type_modified(type);  // lookups made while the dict was still being filled are forgotten
    if (call_set_name(type) < 0) return nullptr;
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    if (call_init_subclass(type, args + nargs, nkw ? kwnames : nullptr) < 0) return nullptr;
    return holder.release();
}

Object* type_getattro(Object* self, Object* name) {
    auto* type = static_cast<TypeObject*>(self);
    TypeObject* metatype = type_of(self);
    if (!str_check(name)) return type_error("attribute name must be string, not '%s'", type_name_of(name));
    Ref meta_attr = Ref::borrowed(type_lookup(metatype, name));
    descrgetfunc meta_get = nullptr;
    if (meta_attr) {
        meta_get = type_of(meta_attr.get())->tp_descr_get;
        if (meta_get && type_of(meta_attr.get())->tp_descr_set)
            return meta_get(meta_attr.get(), self, static_cast<Object*>(metatype));
    }
    Ref attr = Ref::borrowed(type_lookup(type, name));
    if (attr) {
        descrgetfunc local_get = type_of(attr.get())->tp_descr_get;
        if (local_get) return local_get(attr.get(), nullptr, self);
        return attr.release();
    }
    if (meta_get) return meta_get(meta_attr.get(), self, static_cast<Object*>(metatype));
    if (meta_attr) return meta_attr.release();
    set_error_format(&AttributeErrorType, "type object '%s' has no attribute '%s'", type_name(type), str_data(name));
    return nullptr;
}

int type_setattro(Object* self, Object* name, Object* value) {
    auto* type = static_cast<TypeObject*>(self);
    if (!str_check(name)) {
        type_error("attribute name must be string, not '%s'", type_name_of(name));
        return -1;
    }
    if (!type_has_flag(type, TPFLAGS_HEAPTYPE)) {
        type_error("cannot set '%s' attribute of immutable type '%s'", str_data(name), type_name(type));
        return -1;
    }
    Object* meta_attr = type_lookup(type_of(self), name);
    if (meta_attr) {
        if (descrsetfunc set = type_of(meta_attr)->tp_descr_set) return set(meta_attr, self, value);
    }
    Ref interned = Ref::borrowed(name);
    // Before (the old value's release may run code that looks things up) and after.
    type_modified(type);
    int err = value ? dict_setitem(type->tp_dict, name, value) : dict_delitem(type->tp_dict, name);
    type_modified(type);
    if (err < 0) {
        if (error_matches(&KeyErrorType)) {
            clear_error();
            set_error_format(&AttributeErrorType, "type object '%s' has no attribute '%s'", type_name(type), str_data(name));
        }
        return -1;
    }
    return update_slot_for_name(type, name);
}

void type_dealloc(Object* self) {
    auto* type = static_cast<TypeObject*>(self);
    gc_untrack(self);
    if (type->tp_bases) {
        for (ssize_t i = 0; i < tuple_size(type->tp_bases); i++)
            type_remove_subclass(static_cast<TypeObject*>(tuple_items(type->tp_bases)[i]), type);
    }
    if (type->tp_weaklist) object_clear_weakrefs(self);
    clear_ref(type->tp_subclasses);
    clear_ref(type->tp_dict);
    clear_ref(type->tp_mro);
    clear_ref(type->tp_bases);
    clear_ref(type->tp_base);
    clear_ref(type->ht_name);
    clear_ref(type->ht_qualname);
    clear_ref(type->ht_slots);
    if (type->ht_cached_keys) shared_keys_decref(type->ht_cached_keys);
    type->ht_cached_keys = nullptr;
    // The metatype's reference is not ours to drop: a class made by `type` has the static type
    // as its type, and one made by a metaclass is freed through subtype_dealloc, which drops it
    // (as CPython's subtype_dealloc does; dropping it here too freed the metaclass early).
    type->~TypeObject();
    gc_free(self);
}

int type_traverse(Object* self, visitproc visit, void* arg) {
    auto* type = static_cast<TypeObject*>(self);
    if (!type_has_flag(type, TPFLAGS_HEAPTYPE)) return 0;
    HS_VISIT(type->tp_dict);
    HS_VISIT(type->tp_mro);
    HS_VISIT(type->tp_bases);
    HS_VISIT(type->tp_base);
    return 0;
}

int type_clear(Object* self) {
    auto* type = static_cast<TypeObject*>(self);
    if (type->tp_dict) dict_clear(type->tp_dict);
    clear_ref(type->tp_mro);
    return 0;
}

void init_member_descr_type() {
    MemberDescrType.tp_name = "member_descriptor";
    MemberDescrType.tp_basicsize = 48;
    MemberDescrType.tp_cxx_size = sizeof(MemberDescrObject);
    MemberDescrType.tp_flags = TPFLAGS_HAVE_GC;
    MemberDescrType.tp_dealloc = member_dealloc;
    MemberDescrType.tp_traverse = member_traverse;
    MemberDescrType.tp_descr_get = member_get;
    MemberDescrType.tp_descr_set = member_set;
    MemberDescrType.tp_repr = member_repr;
    register_static_type(&MemberDescrType);
}

} // namespace hs
