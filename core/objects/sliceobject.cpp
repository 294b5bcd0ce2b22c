// slice objects, the one-slot slice cache, and the index arithmetic of subscripts.
#include "objects/sliceobject.h"

#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <limits>
#include <string>

namespace hs {

TypeObject SliceType;

namespace {

constexpr ssize_t kSsizeMax = std::numeric_limits<ssize_t>::max();
constexpr ssize_t kSsizeMin = std::numeric_limits<ssize_t>::min();

// CPython keeps the last freed slice for reuse (interp->slice_cache): building a slice for
// every `a[i:j]` then costs no allocation and leaves gc.get_count() alone. The cache belongs to
// the runtime that filled it.
struct SliceCache {
    Runtime* owner = nullptr;
    Object* slice = nullptr;
};
SliceCache g_slice_cache;

inline SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

Object* take_cached_slice() {
    if (g_slice_cache.owner != g_runtime) {
        // Left over by another runtime (which freed its objects): forget it.
        g_slice_cache.owner = g_runtime;
        g_slice_cache.slice = nullptr;
        return nullptr;
    }
    return std::exchange(g_slice_cache.slice, nullptr);
}

} // namespace

Object* slice_new(Object* start, Object* stop, Object* step) {
    if (!start) start = None();
    if (!stop) stop = None();
    if (!step) step = None();
    SliceObject* obj;
    if (Object* cached = take_cached_slice()) {
        obj = as_slice(cached);
        obj->ob_refcnt = 1;
        if (g_observer) g_observer->on_object_new(obj);
    } else {
        obj = static_cast<SliceObject*>(gc_alloc(&SliceType, sizeof(SliceObject)));
        if (!obj) return nullptr;
    }
    obj->start = newref(start);
    obj->stop = newref(stop);
    obj->step = newref(step);
    gc_track(obj);
    return obj;
}

void slice_runtime_init() {
    if (g_slice_cache.owner == g_runtime && g_slice_cache.slice) return;
    Object* s = slice_new(nullptr, nullptr, nullptr);
    if (!s) {
        clear_error();
        return;
    }
    decref(s);  // into the cache
}

void slice_clear_cache() {
    if (g_slice_cache.owner == g_runtime && g_slice_cache.slice) gc_free(g_slice_cache.slice);
    g_slice_cache.slice = nullptr;
    g_slice_cache.owner = nullptr;
}

bool eval_slice_index(Object* v, ssize_t* pi) {
    if (v == None()) return true;
    if (!type_of(v)->nb_index) {
        set_error(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    ssize_t x = index_as_ssize(v, nullptr);  // clamps out-of-range values
    if (x == -1 && error_occurred()) return false;
    *pi = x;
    return true;
}

bool eval_slice_index_not_none(Object* v, ssize_t* pi) {
    if (!type_of(v)->nb_index) {
        set_error(&TypeErrorType, "slice indices must be integers or have an __index__ method");
        return false;
    }
    ssize_t x = index_as_ssize(v, nullptr);
    if (x == -1 && error_occurred()) return false;
    *pi = x;
    return true;
}

int slice_unpack(Object* slice, ssize_t* start, ssize_t* stop, ssize_t* step) {
    SliceObject* r = as_slice(slice);
    if (r->step == None()) {
        *step = 1;
    } else {
        if (!eval_slice_index(r->step, step)) return -1;
        if (*step == 0) {
            set_error(&ValueErrorType, "slice step cannot be zero");
            return -1;
        }
        // Keeps `step = -step` (done when reversing) well defined.
        if (*step < -kSsizeMax) *step = -kSsizeMax;
    }
    if (r->start == None()) *start = *step < 0 ? kSsizeMax : 0;
    else if (!eval_slice_index(r->start, start)) return -1;
    if (r->stop == None()) *stop = *step < 0 ? kSsizeMin : kSsizeMax;
    else if (!eval_slice_index(r->stop, stop)) return -1;
    return 0;
}

ssize_t slice_adjust_indices(ssize_t length, ssize_t* start, ssize_t* stop, ssize_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int slice_unpack_indices(Object* slice, ssize_t length, ssize_t* start, ssize_t* stop, ssize_t* step,
                         ssize_t* slicelength) {
    if (slice_unpack(slice, start, stop, step) < 0) return -1;
    *slicelength = slice_adjust_indices(length, start, stop, *step);
    return 0;
}

namespace {

void slice_dealloc(Object* self) {
    SliceObject* r = as_slice(self);
    gc_untrack(self);
    decref(r->step);
    decref(r->start);
    decref(r->stop);
    if (g_slice_cache.owner != g_runtime) {
        g_slice_cache.owner = g_runtime;
        g_slice_cache.slice = nullptr;
    }
    if (!g_slice_cache.slice) {
        if (g_observer) g_observer->on_object_free(self);
        g_slice_cache.slice = self;
    } else {
        gc_free(self);
    }
}

int slice_traverse(Object* self, visitproc visit, void* arg) {
    SliceObject* v = as_slice(self);
    HS_VISIT(v->start);
    HS_VISIT(v->stop);
    HS_VISIT(v->step);
    return 0;
}

Object* slice_repr(Object* self) {
    SliceObject* r = as_slice(self);
    std::string text = "slice(";
    Object* parts[3] = {r->start, r->stop, r->step};
    for (int i = 0; i < 3; i++) {
        if (i) text += ", ";
        Ref s(object_repr(parts[i]));
        if (!s) return nullptr;
        text += str_view(s.get());
    }
    text += ')';
    return str_from_utf8(text);
}

Object* slice_richcompare(Object* v, Object* w, int op) {
    if (!slice_check(v) || !slice_check(w)) return newref(NotImplemented());
    if (v == w) return new_bool(op == Py_EQ || op == Py_LE || op == Py_GE);
    Ref t1(tuple_pack({as_slice(v)->start, as_slice(v)->stop, as_slice(v)->step}));
    if (!t1) return nullptr;
    Ref t2(tuple_pack({as_slice(w)->start, as_slice(w)->stop, as_slice(w)->step}));
    if (!t2) return nullptr;
    return object_richcompare(t1.get(), t2.get(), op);
}

Object* slice_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    // slice has no vectorcall in 3.11: the call builds an argument tuple first.
    LegacyCallArgs legacy;
    if (!make_legacy_call_args(args, nargs, kwnames, &legacy)) return nullptr;
    if (!check_no_kwargs("slice", kwnames) || !check_nargs("slice", nargs, 1, 3)) return nullptr;
    Object* start = args[0];
    Object* stop = nargs >= 2 ? args[1] : nullptr;
    Object* step = nargs >= 3 ? args[2] : nullptr;
    if (nargs == 1) {
        stop = start;
        start = nullptr;
    }
    return slice_new(start, stop, step);
}

// PyNumber_Index for slice fields, with the slice message.
Object* evaluate_slice_index(Object* v) {
    if (type_of(v)->nb_index) return number_index(v);
    set_error(&TypeErrorType, "slice indices must be integers or None or have an __index__ method");
    return nullptr;
}

// 1 if x < 0, 0 if not, -1 on error.
int is_negative(Object* x) {
    Ref zero(int_from_int64(0));
    return object_richcompare_bool(x, zero.get(), Py_LT);
}

} // namespace

// _PySlice_GetLongIndices: slice.indices(length) with arbitrary-precision ints.
static bool slice_long_indices(SliceObject* self, Object* length, Ref* start_out, Ref* stop_out, Ref* step_out) {
    Ref step;
    bool step_is_negative = false;
    if (self->step == None()) {
        step.reset(int_from_int64(1));
    } else {
        step.reset(evaluate_slice_index(self->step));
        if (!step) return false;
        bool overflow = false;
        int64_t s = int_as_int64(step.get(), &overflow);
        if (!overflow && s == 0) {
            set_error(&ValueErrorType, "slice step cannot be zero");
            return false;
        }
        int neg = is_negative(step.get());
        if (neg < 0) return false;
        step_is_negative = neg;
    }
    Ref lower, upper;
    if (step_is_negative) {
        lower.reset(int_from_int64(-1));
        upper.reset(binary_op(length, lower.get(), NB_ADD));
        if (!upper) return false;
    } else {
        lower.reset(int_from_int64(0));
        upper = Ref::borrowed(length);
    }
    auto compute = [&](Object* field, bool is_start, Ref* out) -> bool {
        if (field == None()) {
            *out = Ref::borrowed(is_start == step_is_negative ? upper.get() : lower.get());
            return true;
        }
        Ref value(evaluate_slice_index(field));
        if (!value) return false;
        int neg = is_negative(value.get());
        if (neg < 0) return false;
        if (neg) {
            value.reset(binary_op(value.get(), length, NB_ADD));
            if (!value) return false;
            int lt = object_richcompare_bool(value.get(), lower.get(), Py_LT);
            if (lt < 0) return false;
            if (lt) value = Ref::borrowed(lower.get());
        } else {
            int gt = object_richcompare_bool(value.get(), upper.get(), Py_GT);
            if (gt < 0) return false;
            if (gt) value = Ref::borrowed(upper.get());
        }
        *out = std::move(value);
        return true;
    };
    if (!compute(self->start, true, start_out)) return false;
    if (!compute(self->stop, false, stop_out)) return false;
    *step_out = std::move(step);
    return true;
}

bool slice_get_long_indices(Object* slice, Object* length, Ref* start, Ref* stop, Ref* step) {
    return slice_long_indices(as_slice(slice), length, start, stop, step);
}

namespace {

Object* slice_indices(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("slice.indices", nargs, kwnames)) return nullptr;
    Ref length(number_index(args[0]));
    if (!length) return nullptr;
    int neg = is_negative(length.get());
    if (neg < 0) return nullptr;
    if (neg) {
        set_error(&ValueErrorType, "length should not be negative");
        return nullptr;
    }
    Ref start, stop, step;
    if (!slice_long_indices(as_slice(self), length.get(), &start, &stop, &step)) return nullptr;
    return tuple_pack({start.get(), stop.get(), step.get()});
}

Object* slice_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("slice.__reduce__", nargs, kwnames)) return nullptr;
    SliceObject* r = as_slice(self);
    Ref args(tuple_pack({r->start, r->stop, r->step}));
    if (!args) return nullptr;
    return tuple_pack({&SliceType, args.get()});
}

Object* slice_get_start(Object* self) { return newref(as_slice(self)->start); }
Object* slice_get_stop(Object* self) { return newref(as_slice(self)->stop); }
Object* slice_get_step(Object* self) { return newref(as_slice(self)->step); }

const MethodDef slice_methods[] = {
    {"indices", slice_indices},
    {"__reduce__", slice_reduce},
    {nullptr, nullptr},
};
const GetSetDef slice_getset[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {nullptr, nullptr},
};

} // namespace

void init_slice_type() {
    TypeObject& t = SliceType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "slice";
    t.tp_basicsize = 40;
    t.tp_cxx_size = sizeof(SliceObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = slice_dealloc;
    t.tp_repr = slice_repr;
    t.tp_richcompare = slice_richcompare;  // and no tp_hash: slices are unhashable in 3.11
    t.tp_traverse = slice_traverse;
    t.tp_new = slice_tp_new;
    t.tp_methods = slice_methods;
    t.tp_getset = slice_getset;
    register_static_type(&t);
}

} // namespace hs
