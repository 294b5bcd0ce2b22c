// enumerate (whose (index, item) result tuple is reused while nobody else holds it, so the
// current item keeps +1 while the iterator lives) and reversed.
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/iterobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cstring>
#include <limits>

namespace hs {

TypeObject EnumerateType;
TypeObject ReversedType;

namespace {

constexpr ssize_t kSsizeMax = std::numeric_limits<ssize_t>::max();

inline EnumerateObject* as_enum(Object* o) { return static_cast<EnumerateObject*>(o); }

Object* enum_new_impl(TypeObject* type, Object* iterable, Object* start) {
    Ref en_ref(type_generic_alloc(type, 0));
    if (!en_ref) return nullptr;
    EnumerateObject* en = as_enum(en_ref.get());
    if (start) {
        Object* s = number_index(start);
        if (!s) return nullptr;
        en->en_index = int_as_ssize(s);
        if (en->en_index == -1 && error_occurred()) {
            clear_error();
            en->en_index = kSsizeMax;
            en->en_longindex = s;
        } else {
            en->en_longindex = nullptr;
            decref(s);
        }
    } else {
        en->en_index = 0;
        en->en_longindex = nullptr;
    }
    en->en_sit = object_get_iter(iterable);
    if (!en->en_sit) return nullptr;
    en->en_result = tuple_pack({None(), None()});
    if (!en->en_result) return nullptr;
    return en_ref.release();
}

bool keyword_is(Object* kwnames, size_t index, const char* name) {
    Object* kw = tuple_items(kwnames)[index];
    if (str_check(kw) && str_view(kw) == name) return true;
    Ref r(object_str(kw));
    set_error_format(&TypeErrorType, "'%s' is an invalid keyword argument for enumerate()", r ? str_data(r.get()) : "?");
    return false;
}

// enumerate(iterable, start=0), with the messages of CPython's enum_vectorcall.
Object* enum_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    size_t nkwargs = kwnames_count(kwnames);
    if (nargs + nkwargs == 2) {
        if (nkwargs == 1) {
            if (!keyword_is(kwnames, 0, "start")) return nullptr;
        } else if (nkwargs == 2) {
            Object* kw0 = tuple_items(kwnames)[0];
            if (str_check(kw0) && str_view(kw0) == "start") {
                if (!keyword_is(kwnames, 1, "iterable")) return nullptr;
                return enum_new_impl(type, args[1], args[0]);
            }
            if (!keyword_is(kwnames, 0, "iterable") || !keyword_is(kwnames, 1, "start")) return nullptr;
        }
        return enum_new_impl(type, args[0], args[1]);
    }
    if (nargs + nkwargs == 1) {
        if (nkwargs == 1 && !keyword_is(kwnames, 0, "iterable")) return nullptr;
        return enum_new_impl(type, args[0], nullptr);
    }
    if (nargs == 0) {
        set_error(&TypeErrorType, "enumerate() missing required argument 'iterable'");
        return nullptr;
    }
    set_error_format(&TypeErrorType, "enumerate() takes at most 2 arguments (%zu given)", nargs + nkwargs);
    return nullptr;
}

void enum_dealloc(Object* self) {
    EnumerateObject* en = as_enum(self);
    gc_untrack(self);
    xdecref(en->en_sit);
    xdecref(en->en_result);
    xdecref(en->en_longindex);
    gc_free(self);
}

int enum_traverse(Object* self, visitproc visit, void* arg) {
    EnumerateObject* en = as_enum(self);
    HS_VISIT(en->en_sit);
    HS_VISIT(en->en_result);
    HS_VISIT(en->en_longindex);
    return 0;
}

// Puts (index, item) into the reused result tuple, or a new one if someone still holds it.
// Steals index and item.
Object* enum_result(EnumerateObject* en, Object* next_index, Object* next_item) {
    Object* result = en->en_result;
    if (result->ob_refcnt == 1) {
        incref(result);
        Object** items = tuple_items(result);
        Object* old_index = items[0];
        Object* old_item = items[1];
        items[0] = next_index;
        items[1] = next_item;
        decref(old_index);
        decref(old_item);
        // The collector may have untracked it: it is being recycled, so track it again.
        if (!gc_is_tracked(result)) gc_track(result);
        return result;
    }
    result = tuple_new(2);
    if (!result) {
        decref(next_index);
        decref(next_item);
        return nullptr;
    }
    tuple_items(result)[0] = next_index;
    tuple_items(result)[1] = next_item;
    return result;
}

Object* enum_next_long(EnumerateObject* en, Object* next_item) {
    if (!en->en_longindex) {
        en->en_longindex = int_from_int64(kSsizeMax);
        if (!en->en_longindex) {
            decref(next_item);
            return nullptr;
        }
    }
    Object* next_index = en->en_longindex;
    Ref one(int_from_int64(1));
    Object* stepped_up = binary_op(next_index, one.get(), NB_ADD);
    if (!stepped_up) {
        decref(next_item);
        return nullptr;
    }
    en->en_longindex = stepped_up;
    return enum_result(en, next_index, next_item);
}

Object* enum_next(Object* self) {
    EnumerateObject* en = as_enum(self);
    Object* it = en->en_sit;
    Object* next_item = type_of(it)->tp_iternext(it);
    if (!next_item) return nullptr;
    if (en->en_index == kSsizeMax) return enum_next_long(en, next_item);
    Object* next_index = int_from_int64(en->en_index);
    if (!next_index) {
        decref(next_item);
        return nullptr;
    }
    en->en_index++;
    return enum_result(en, next_index, next_item);
}

// ---- reversed ---------------------------------------------------------------------------------

// A builtin type's own __reversed__ (called without making a bound method).
MethodFunc find_builtin_reversed(TypeObject* t) {
    for (; t; t = t->tp_base) {
        if (type_has_flag(t, TPFLAGS_HEAPTYPE)) return nullptr;
        if (const MethodDef* m = t->tp_methods) {
            for (; m->name; ++m)
                if (std::strcmp(m->name, "__reversed__") == 0) return m->func;
        }
    }
    return nullptr;
}

Object* not_reversible(Object* seq) {
    set_error_format(&TypeErrorType, "'%s' object is not reversible", type_name_of(seq));
    return nullptr;
}

Object* reversed_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &ReversedType && !check_no_kwargs("reversed", kwnames)) return nullptr;
    if (!check_nargs("reversed", nargs, 1, 1)) return nullptr;
    Object* seq = args[0];
    TypeObject* st = type_of(seq);
    // seq.__reversed__() when the type has one (None means "not reversible").
    if (!type_has_flag(st, TPFLAGS_HEAPTYPE)) {
        if (MethodFunc f = find_builtin_reversed(st)) return f(seq, nullptr, 0, nullptr);
    } else if (Object* meth = type_lookup(st, intern("__reversed__"))) {
        if (meth == None()) return not_reversible(seq);
        return call_special(seq, "__reversed__", {});
    }
    // Otherwise the sequence protocol: len() and seq[i] counting down.
    if (!st->mp_subscript || type_has_flag(st, TPFLAGS_DICT_SUBCLASS)) return not_reversible(seq);
    ssize_t n = object_length(seq);
    if (n == -1) return nullptr;
    auto* ro = static_cast<SeqIterObject*>(type_generic_alloc(type, 0));
    if (!ro) return nullptr;
    ro->it_index = n - 1;
    ro->it_seq = newref(seq);
    return ro;
}

void reversed_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<SeqIterObject*>(self)->it_seq);
    gc_free(self);
}

int reversed_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<SeqIterObject*>(self)->it_seq);
    return 0;
}

Object* reversed_next(Object* self) {
    auto* ro = static_cast<SeqIterObject*>(self);
    ssize_t index = ro->it_index;
    if (index >= 0 && ro->it_seq) {
        Object* item;
        if (tuple_check_exact(ro->it_seq)) {
            item = index < tuple_size(ro->it_seq) ? newref(tuple_items(ro->it_seq)[index]) : nullptr;
            if (!item) set_error(&IndexErrorType, "tuple index out of range");
        } else {
            Ref i(int_from_int64(index));
            item = i ? object_getitem(ro->it_seq, i.get()) : nullptr;
        }
        if (item) {
            ro->it_index--;
            return item;
        }
        if (error_matches(&IndexErrorType) || error_matches(&StopIterationType)) clear_error();
    }
    ro->it_index = -1;
    clear_ref(ro->it_seq);
    return nullptr;
}

Object* reversed_len(Object* self, Object* const*, size_t, Object*) {
    auto* ro = static_cast<SeqIterObject*>(self);
    if (!ro->it_seq) return int_from_int64(0);
    ssize_t seqsize = object_length(ro->it_seq);
    if (seqsize == -1) return nullptr;
    ssize_t position = ro->it_index + 1;
    return int_from_int64(seqsize < position ? 0 : position);
}

const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

} // namespace

void init_enumerate_types() {
    TypeObject& e = EnumerateType;
    e.ob_refcnt = 1;
    e.ob_type = &TypeType;
    e.tp_name = "enumerate";
    e.tp_basicsize = 56;
    e.tp_cxx_size = sizeof(EnumerateObject);
    e.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    e.tp_dealloc = enum_dealloc;
    e.tp_traverse = enum_traverse;
    e.tp_iter = self_iter;
    e.tp_iternext = enum_next;
    e.tp_new = enum_tp_new;
    register_static_type(&e);

    TypeObject& r = ReversedType;
    r.ob_refcnt = 1;
    r.ob_type = &TypeType;
    r.tp_name = "reversed";
    r.tp_basicsize = 32;
    r.tp_cxx_size = sizeof(SeqIterObject);
    r.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    r.tp_dealloc = reversed_dealloc;
    r.tp_traverse = reversed_traverse;
    r.tp_iter = self_iter;
    r.tp_iternext = reversed_next;
    r.tp_new = reversed_tp_new;
    r.tp_methods = reversed_methods;
    register_static_type(&r);
}

} // namespace hs
