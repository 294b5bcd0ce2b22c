// weakref.ref and the weak reference lists of referents (CPython 3.11's Objects/weakrefobject.c).
// The proxy types are in objects/weakproxy.cpp.
#include "objects/weakrefobject.h"

#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/types_registry.h"

#include <cstdio>
#include <string>

namespace hs {

TypeObject WeakRefType;

void init_weakproxy_types();  // objects/weakproxy.cpp

// Shared with objects/weakproxy.cpp.
void weakref_dealloc(Object* self);
int weakref_traverse(Object* self, visitproc visit, void* arg);
int weakref_clear(Object* self);

namespace {

std::string address_of(const void* p) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", p);
    return buf;
}

void init_weakref(WeakRefObject* self, Object* ob, Object* callback) {
    self->hash = -1;
    self->wr_object = ob;
    self->wr_prev = nullptr;
    self->wr_next = nullptr;
    self->wr_callback = xnewref(callback);
}

// Unlinks self from its referent's list (it becomes dead) and drops its callback. The only
// code that removes a weakref from a list.
void clear_weakref(WeakRefObject* self) {
    Object* callback = self->wr_callback;
    if (self->wr_object != None()) {
        WeakRefObject** list = weakref_list_ptr(self->wr_object);
        if (*list == self) *list = self->wr_next;
        self->wr_object = None();
        if (self->wr_prev) self->wr_prev->wr_next = self->wr_next;
        if (self->wr_next) self->wr_next->wr_prev = self->wr_prev;
        self->wr_prev = nullptr;
        self->wr_next = nullptr;
    }
    if (callback) {
        self->wr_callback = nullptr;
        decref(callback);
    }
}

// The callback-less exact ref and proxy at the head of a list, which new requests share.
struct BasicRefs {
    WeakRefObject* ref = nullptr;
    WeakRefObject* proxy = nullptr;
};
BasicRefs get_basic_refs(WeakRefObject* head) {
    BasicRefs basic;
    if (head && !head->wr_callback) {
        // Subclasses of ref are never shared, so only the exact type counts.
        if (type_of(head) == &WeakRefType) {
            basic.ref = head;
            head = head->wr_next;
        }
        if (head && !head->wr_callback && weakref_check_proxy(head)) basic.proxy = head;
    }
    return basic;
}

void insert_after(WeakRefObject* newref, WeakRefObject* prev) {
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next) prev->wr_next->wr_prev = newref;
    prev->wr_next = newref;
}

void insert_head(WeakRefObject* newref, WeakRefObject** list) {
    WeakRefObject* next = *list;
    newref->wr_prev = nullptr;
    newref->wr_next = next;
    if (next) next->wr_prev = newref;
    *list = newref;
}

bool check_weakrefable(Object* ob) {
    if (type_supports_weakrefs(type_of(ob))) return true;
    type_error("cannot create weak reference to '%s' object", type_name_of(ob));
    return false;
}

// A ref or proxy of `type` (allocating may run a collection, which may change ob's list, so the
// caller reads the list again afterwards, as CPython does).
WeakRefObject* alloc_weakref(TypeObject* type, Object* ob, Object* callback) {
    auto* self = static_cast<WeakRefObject*>(type_generic_alloc(type, 0));
    if (self) init_weakref(self, ob, callback);
    return self;
}

// Calls callback(ref); an error is reported as raised in the callback.
void handle_callback(WeakRefObject* ref, Object* callback) {
    if (g_observer) g_observer->on_weakref_callback(ref);
    Object* arg = ref;
    Ref result(object_call(callback, &arg, 1, nullptr));
    if (!result) write_unraisable(callback);
}

// ---- weakref.ref's slots ------------------------------------------------------------------

Object* weakref_call(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("weakref", kwnames)) return nullptr;
    if (!check_nargs("weakref", nargs, 0, 0)) return nullptr;
    return newref(weakref_get_object(self));
}

int64_t weakref_hash(Object* self) {
    auto* wr = static_cast<WeakRefObject*>(self);
    if (wr->hash != -1) return wr->hash;
    Object* obj = wr->wr_object;
    if (obj == None()) {
        type_error("weak object has gone away");
        return -1;
    }
    Ref keep = Ref::borrowed(obj);
    wr->hash = object_hash(obj);
    return wr->hash;
}

// _PyObject_LookupSpecial(obj, "__name__"): looked up on the type, bound to obj.
Object* lookup_special_name(Object* obj) {
    Object* descr = type_lookup(type_of(obj), intern("__name__"));
    if (!descr) return nullptr;
    if (descrgetfunc get = type_of(descr)->tp_descr_get) return get(descr, obj, static_cast<Object*>(type_of(obj)));
    return newref(descr);
}

Object* weakref_repr(Object* self) {
    Object* obj = weakref_get_object(self);
    std::string text = "<weakref at " + address_of(self);
    if (obj == None()) return str_from_utf8(text + "; dead>");
    Ref keep = Ref::borrowed(obj);
    Ref name(lookup_special_name(obj));
    if (!name && error_occurred()) {
        // CPython only clears AttributeError here; anything else propagates.
        if (!error_matches(&AttributeErrorType)) return nullptr;
        clear_error();
    }
    text += "; to '" + std::string(type_name_of(obj)) + "' at " + address_of(obj);
    if (name && str_check(name.get())) text += " (" + std::string(str_view(name.get())) + ")";
    return str_from_utf8(text + ">");
}

// Weak references are equal when their referents are; a dead one only equals itself.
Object* weakref_richcompare(Object* self, Object* other, int op) {
    if ((op != Py_EQ && op != Py_NE) || !weakref_check_ref(self) || !weakref_check_ref(other))
        return newref(NotImplemented());
    Object* a = weakref_get_object(self);
    Object* b = weakref_get_object(other);
    if (a == None() || b == None()) {
        return new_bool((self == other) == (op == Py_EQ));
    }
    Ref keep_a = Ref::borrowed(a), keep_b = Ref::borrowed(b);
    return object_richcompare(a, b, op);
}

// __new__(type, ob, callback=None): keywords are ignored here and refused by __init__.
Object* weakref_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    // weakref.ref has no vectorcall in 3.11: calling it builds an argument tuple first. (Classes
    // derived from it get theirs from type_call, and ref.__new__ from tp_new_wrapper.)
    LegacyCallArgs legacy;
    if (type == &WeakRefType && !make_legacy_call_args(args, nargs, kwnames, &legacy)) return nullptr;
    if (!check_nargs("__new__", nargs, 1, 2)) return nullptr;
    Object* ob = args[0];
    Object* callback = nargs > 1 ? args[1] : nullptr;
    if (!check_weakrefable(ob)) return nullptr;
    if (callback == None()) callback = nullptr;
    WeakRefObject** list = weakref_list_ptr(ob);
    BasicRefs basic = get_basic_refs(*list);
    if (!callback && type == &WeakRefType && basic.ref) return newref(basic.ref);
    WeakRefObject* self = alloc_weakref(type, ob, callback);
    if (!self) return nullptr;
    if (!callback && type == &WeakRefType) {
        insert_head(self, list);
    } else {
        basic = get_basic_refs(*list);
        WeakRefObject* prev = basic.proxy ? basic.proxy : basic.ref;
        if (prev) insert_after(self, prev);
        else insert_head(self, list);
    }
    return self;
}

int weakref_init(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("ref", kwnames)) return -1;
    return check_nargs("__init__", nargs, 1, 2) ? 0 : -1;
}

Object* weakref_get_callback(Object* self) {
    Object* cb = static_cast<WeakRefObject*>(self)->wr_callback;
    return newref(cb ? cb : None());
}

// A read-only member in CPython, whose message differs from a getset's without a setter.
int weakref_set_callback(Object*, Object*) {
    set_error(&AttributeErrorType, "readonly attribute");
    return -1;
}

const GetSetDef weakref_getset[] = {
    {"__callback__", weakref_get_callback, weakref_set_callback},
    {nullptr, nullptr},
};

} // namespace

void weakref_dealloc(Object* self) {
    gc_untrack(self);
    clear_weakref(static_cast<WeakRefObject*>(self));
    gc_free(self);
}

int weakref_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<WeakRefObject*>(self)->wr_callback);
    return 0;
}

int weakref_clear(Object* self) {
    clear_weakref(static_cast<WeakRefObject*>(self));
    return 0;
}

// ---- Creating weak references ---------------------------------------------------------------

Object* weakref_new_ref(Object* ob, Object* callback) {
    if (!check_weakrefable(ob)) return nullptr;
    if (callback == None()) callback = nullptr;
    WeakRefObject** list = weakref_list_ptr(ob);
    if (!callback) {
        if (WeakRefObject* shared = get_basic_refs(*list).ref) return newref(shared);
    }
    WeakRefObject* result = alloc_weakref(&WeakRefType, ob, callback);
    if (!result) return nullptr;
    BasicRefs basic = get_basic_refs(*list);
    if (!callback) {
        if (basic.ref) {
            // A collection during the allocation made one: share it, as CPython does.
            decref(result);
            return newref(basic.ref);
        }
        insert_head(result, list);
    } else {
        WeakRefObject* prev = basic.proxy ? basic.proxy : basic.ref;
        if (prev) insert_after(result, prev);
        else insert_head(result, list);
    }
    return result;
}

Object* weakref_new_proxy(Object* ob, Object* callback) {
    if (!check_weakrefable(ob)) return nullptr;
    if (callback == None()) callback = nullptr;
    WeakRefObject** list = weakref_list_ptr(ob);
    if (!callback) {
        if (WeakRefObject* shared = get_basic_refs(*list).proxy) return newref(shared);
    }
    TypeObject* type = type_of(ob)->tp_call ? &WeakCallableProxyType : &WeakProxyType;
    WeakRefObject* result = alloc_weakref(type, ob, callback);
    if (!result) return nullptr;
    BasicRefs basic = get_basic_refs(*list);
    WeakRefObject* prev;
    if (!callback) {
        if (basic.proxy) {
            decref(result);
            return newref(basic.proxy);
        }
        prev = basic.ref;
    } else {
        prev = basic.proxy ? basic.proxy : basic.ref;
    }
    if (prev) insert_after(result, prev);
    else insert_head(result, list);
    return result;
}

ssize_t weakref_count(Object* o) {
    if (!type_supports_weakrefs(type_of(o))) return 0;
    ssize_t n = 0;
    for (WeakRefObject* wr = *weakref_list_ptr(o); wr; wr = wr->wr_next) n++;
    return n;
}

// ---- Clearing the weak references of a dying object -------------------------------------------

void weakref_clear_ref(WeakRefObject* ref) {
    Object* callback = ref->wr_callback;
    ref->wr_callback = nullptr;
    clear_weakref(ref);
    ref->wr_callback = callback;
}

void object_clear_weakrefs_no_callbacks(Object* o) {
    WeakRefObject** list = weakref_list_ptr(o);
    while (*list) weakref_clear_ref(*list);
}

void object_clear_weakrefs(Object* o) {
    WeakRefObject** list = weakref_list_ptr(o);
    // The shared callback-less ref and proxy first: nothing to call for them.
    if (*list && !(*list)->wr_callback) {
        clear_weakref(*list);
        if (*list && !(*list)->wr_callback) clear_weakref(*list);
    }
    if (!*list) return;
    WeakRefObject* current = *list;
    ssize_t count = weakref_count(o);
    ErrorState saved = fetch_error();
    if (count == 1) {
        Object* callback = current->wr_callback;
        current->wr_callback = nullptr;
        clear_weakref(current);
        if (callback) {
            if (current->ob_refcnt > 0) handle_callback(current, callback);
            decref(callback);
        }
    } else {
        // Every weakref is cleared before any callback runs; a tuple keeps the live ones and their
        // callbacks meanwhile (CPython allocates the same tuple, which gc.get_count() sees).
        Ref pairs(tuple_new(count * 2));
        if (!pairs) {
            // Out of memory: the weakrefs stay linked to a dying object. Report and give up.
            write_unraisable(nullptr);
            restore_error(saved);
            return;
        }
        Object** items = tuple_items(pairs.get());
        for (ssize_t i = 0; i < count; i++) {
            WeakRefObject* next = current->wr_next;
            if (current->ob_refcnt > 0) {
                items[i * 2] = newref(current);
                items[i * 2 + 1] = current->wr_callback;  // the tuple takes the callback's reference
            } else {
                xdecref(current->wr_callback);
            }
            current->wr_callback = nullptr;
            clear_weakref(current);
            current = next;
        }
        for (ssize_t i = 0; i < count; i++) {
            if (Object* callback = items[i * 2 + 1])
                handle_callback(static_cast<WeakRefObject*>(items[i * 2]), callback);
        }
    }
    restore_error(saved);
}

// ---- The type -------------------------------------------------------------------------------

void init_weakref_types() {
    TypeObject& t = WeakRefType;
    t.tp_name = "weakref.ReferenceType";
    t.tp_basicsize = 64;  // header, referent, callback, hash, prev, next, vectorcall
    t.tp_cxx_size = sizeof(WeakRefObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = weakref_dealloc;
    t.tp_traverse = weakref_traverse;
    t.tp_clear = weakref_clear;
    t.tp_call = weakref_call;
    t.tp_repr = weakref_repr;
    t.tp_hash = weakref_hash;
    t.tp_richcompare = weakref_richcompare;
    t.tp_new = weakref_new;
    t.tp_init = weakref_init;
    t.tp_getset = weakref_getset;
    register_static_type(&t);
    init_weakproxy_types();
}

} // namespace hs
