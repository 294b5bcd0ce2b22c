// list: the Python-visible methods, construction (list() / list(iterable)), the list
// iterators, and the type objects.
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/iterobject.h"
#include "objects/list_impl.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <limits>

namespace hs {

TypeObject ListIterType;
TypeObject ListRevIterType;

namespace {

inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

// Argument Clinic's Py_ssize_t converter: __index__, then OverflowError when it does not fit.
bool arg_as_ssize(Object* o, ssize_t* out) {
    Ref i(number_index(o));
    if (!i) return false;
    ssize_t v = int_as_ssize(i.get());
    if (v == -1 && error_occurred()) return false;
    *out = v;
    return true;
}

Object* list_append_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("list.append", nargs, kwnames)) return nullptr;
    if (list_append(self, args[0]) < 0) return nullptr;
    return new_none();
}

Object* list_extend_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("list.extend", nargs, kwnames)) return nullptr;
    if (list_extend(self, args[0]) < 0) return nullptr;
    return new_none();
}

Object* list_insert_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.insert", kwnames) || !check_nargs("insert", nargs, 2, 2)) return nullptr;
    ssize_t index;
    if (!arg_as_ssize(args[0], &index)) return nullptr;
    if (list_insert_at(as_list(self), index, args[1]) < 0) return nullptr;
    return new_none();
}

Object* list_pop_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.pop", kwnames) || !check_nargs("pop", nargs, 0, 1)) return nullptr;
    ssize_t index = -1;
    if (nargs == 1 && !arg_as_ssize(args[0], &index)) return nullptr;
    ListObject* a = as_list(self);
    if (a->ob_size == 0) {
        set_error(&IndexErrorType, "pop from empty list");
        return nullptr;
    }
    if (index < 0) index += a->ob_size;
    if (static_cast<size_t>(index) >= static_cast<size_t>(a->ob_size)) {
        set_error(&IndexErrorType, "pop index out of range");
        return nullptr;
    }
    Object* v = a->ob_item[index];
    if (index == a->ob_size - 1) {
        // The list's reference moves to the caller.
        if (list_resize(a, a->ob_size - 1) < 0) return nullptr;
        return v;
    }
    incref(v);
    if (list_ass_slice(a, index, index + 1, nullptr) < 0) {
        decref(v);
        return nullptr;
    }
    return v;
}

Object* list_remove_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("list.remove", nargs, kwnames)) return nullptr;
    ListObject* a = as_list(self);
    Object* value = args[0];
    for (ssize_t i = 0; i < a->ob_size; i++) {
        Object* obj = a->ob_item[i];
        incref(obj);
        int cmp = object_richcompare_bool(obj, value, Py_EQ);
        decref(obj);
        if (cmp > 0) {
            if (list_ass_slice(a, i, i + 1, nullptr) < 0) return nullptr;
            return new_none();
        }
        if (cmp < 0) return nullptr;
    }
    set_error(&ValueErrorType, "list.remove(x): x not in list");
    return nullptr;
}

Object* list_index_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("list.index", kwnames) || !check_nargs("index", nargs, 1, 3)) return nullptr;
    ListObject* a = as_list(self);
    Object* value = args[0];
    ssize_t start = 0, stop = std::numeric_limits<ssize_t>::max();
    if (nargs >= 2 && !eval_slice_index_not_none(args[1], &start)) return nullptr;
    if (nargs >= 3 && !eval_slice_index_not_none(args[2], &stop)) return nullptr;
    if (start < 0) {
        start += a->ob_size;
        if (start < 0) start = 0;
    }
    if (stop < 0) {
        stop += a->ob_size;
        if (stop < 0) stop = 0;
    }
    for (ssize_t i = start; i < stop && i < a->ob_size; i++) {
        Object* obj = a->ob_item[i];
        incref(obj);
        int cmp = object_richcompare_bool(obj, value, Py_EQ);
        decref(obj);
        if (cmp > 0) return int_from_int64(i);
        if (cmp < 0) return nullptr;
    }
    Ref r(object_repr(value));
    if (!r) return nullptr;
    set_error_format(&ValueErrorType, "%s is not in list", str_data(r.get()));
    return nullptr;
}

Object* list_count_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("list.count", nargs, kwnames)) return nullptr;
    ListObject* a = as_list(self);
    Object* value = args[0];
    ssize_t count = 0;
    for (ssize_t i = 0; i < a->ob_size; i++) {
        Object* obj = a->ob_item[i];
        if (obj == value) {
            count++;
            continue;
        }
        incref(obj);
        int cmp = object_richcompare_bool(obj, value, Py_EQ);
        decref(obj);
        if (cmp > 0) count++;
        else if (cmp < 0) return nullptr;
    }
    return int_from_int64(count);
}

Object* list_clear_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list.clear", nargs, kwnames)) return nullptr;
    list_clear_items(self);
    return new_none();
}

Object* list_copy_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list.copy", nargs, kwnames)) return nullptr;
    return list_slice(as_list(self), 0, as_list(self)->ob_size);
}

void reverse_slice(Object** lo, Object** hi) {
    --hi;
    while (lo < hi) {
        Object* t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

Object* list_reverse_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list.reverse", nargs, kwnames)) return nullptr;
    ListObject* a = as_list(self);
    if (a->ob_size > 1) reverse_slice(a->ob_item, a->ob_item + a->ob_size);
    return new_none();
}

Object* list_sort_meth(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"sort", {"key", "reverse"}, 0, 0, 2};
    Object* out[2] = {nullptr, nullptr};
    if (!parse_args(spec, args, nargs, kwnames, out)) return nullptr;
    bool reverse = false;
    if (out[1]) {
        // Clinic's `bool(accept={int})`: any int-like value.
        ssize_t v;
        if (!arg_as_ssize(out[1], &v)) {
            if (error_matches(&OverflowErrorType)) {
                clear_error();
                v = 1;
            } else {
                return nullptr;
            }
        }
        reverse = v != 0;
    }
    Object* key = out[0] == None() ? nullptr : out[0];
    if (list_sort(self, key, reverse) < 0) return nullptr;
    return new_none();
}

Object* list_sizeof_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list.__sizeof__", nargs, kwnames)) return nullptr;
    // 8 bytes per slot: CPython's 64-bit pointers, whatever this target's are.
    return int_from_int64(type_of(self)->tp_basicsize + int64_t{as_list(self)->allocated} * 8);
}

Object* list_reversed_meth(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list.__reversed__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<SeqIterObject*>(gc_alloc(&ListRevIterType, sizeof(SeqIterObject)));
    if (!it) return nullptr;
    it->it_index = as_list(self)->ob_size - 1;
    it->it_seq = newref(self);
    gc_track(it);
    return it;
}

const MethodDef list_methods[] = {
    {"__reversed__", list_reversed_meth},
    {"__sizeof__", list_sizeof_meth},
    {"clear", list_clear_meth},
    {"copy", list_copy_meth},
    {"append", list_append_meth},
    {"insert", list_insert_meth},
    {"extend", list_extend_meth},
    {"pop", list_pop_meth},
    {"remove", list_remove_meth},
    {"index", list_index_meth},
    {"count", list_count_meth},
    {"reverse", list_reverse_meth},
    {"sort", list_sort_meth},
    {nullptr, nullptr},
};

// list.__new__ allocates an empty list (no free list: PyType_GenericAlloc); __init__ fills it.
Object* list_tp_new(TypeObject* type, Object* const*, size_t, Object*) { return type_generic_alloc(type, 0); }

int list_tp_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    TypeObject* t = type_of(self);
    if ((t == &ListType || t->tp_new == ListType.tp_new) && !check_no_kwargs("list", kwnames)) return -1;
    if (!check_nargs("list", nargs, 0, 1)) return -1;
    ListObject* l = as_list(self);
    if (l->ob_item) list_clear_items(self);
    if (nargs == 0) return 0;
    // list_extend sizes the list from the length hint (3.11 asks __len__ only there).
    return list_extend(self, args[0]);
}

Object* list_iter(Object* seq) {
    auto* it = static_cast<SeqIterObject*>(gc_alloc(&ListIterType, sizeof(SeqIterObject)));
    if (!it) return nullptr;
    it->it_index = 0;
    it->it_seq = newref(seq);
    gc_track(it);
    return it;
}

int list_tp_clear(Object* self) { return list_clear_items(self); }

// ---- list_iterator / list_reverseiterator -----------------------------------------------------

void listiter_dealloc(Object* self) {
    gc_untrack(self);
    xdecref(static_cast<SeqIterObject*>(self)->it_seq);
    gc_free(self);
}

int listiter_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(static_cast<SeqIterObject*>(self)->it_seq);
    return 0;
}

Object* listiter_next(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    if (it->it_index < list_size(seq)) return newref(list_items(seq)[it->it_index++]);
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* listiter_len(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    auto* it = static_cast<SeqIterObject*>(self);
    ssize_t len = 0;
    if (it->it_seq) {
        len = list_size(it->it_seq) - it->it_index;
        if (len < 0) len = 0;
    }
    return int_from_int64(len);
}

Object* listreviter_next(Object* self) {
    auto* it = static_cast<SeqIterObject*>(self);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    ssize_t index = it->it_index;
    if (index >= 0 && index < list_size(seq)) {
        it->it_index--;
        return newref(list_items(seq)[index]);
    }
    it->it_index = -1;
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* listreviter_len(Object* self, Object* const*, size_t, Object*) {
    auto* it = static_cast<SeqIterObject*>(self);
    ssize_t len = it->it_index + 1;
    if (!it->it_seq || list_size(it->it_seq) < len) len = 0;
    return int_from_int64(len);
}

const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_len},
    {nullptr, nullptr},
};
const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

void init_iter_type(TypeObject& t, const char* name, iternextfunc next, const MethodDef* methods) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 32;
    t.tp_cxx_size = sizeof(SeqIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = listiter_dealloc;
    t.tp_traverse = listiter_traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = methods;
    register_static_type(&t);
}

} // namespace

void init_list_iter_types() {
    init_iter_type(ListIterType, "list_iterator", listiter_next, listiter_methods);
    init_iter_type(ListRevIterType, "list_reverseiterator", listreviter_next, listreviter_methods);
}

void init_list_type() {
    TypeObject& t = ListType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "list";
    t.tp_basicsize = 40;
    t.tp_cxx_size = sizeof(ListObject);
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE | TPFLAGS_LIST_SUBCLASS;
    t.tp_dealloc = list_dealloc;
    t.tp_repr = list_repr;
    t.tp_hash = nullptr;  // unhashable: type_ready must not inherit object's hash
    t.tp_richcompare = list_richcompare;
    t.tp_iter = list_iter;
    t.tp_traverse = list_traverse;
    t.tp_clear = list_tp_clear;
    t.tp_new = list_tp_new;
    t.tp_init = list_tp_init;
    t.sq_length = list_length;
    t.sq_concat = list_concat;
    t.sq_repeat = list_repeat;
    t.sq_inplace_concat = list_inplace_concat;
    t.sq_inplace_repeat = list_inplace_repeat;
    t.sq_contains = list_contains;
    t.mp_length = list_length;
    t.mp_subscript = list_subscript;
    t.mp_ass_subscript = list_ass_subscript;
    t.tp_methods = list_methods;
    t.tp_doc = "Built-in mutable sequence.";
    register_static_type(&t);
}

} // namespace hs
