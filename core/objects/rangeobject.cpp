// range objects and their iterators. Values of any size are supported through int objects;
// ranges whose values fit in 64 bits take an int64 fast path (as CPython's C long one).
#include "objects/rangeobject.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/sliceobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <limits>
#include <string>

namespace hs {

TypeObject RangeType;
TypeObject RangeIterType;
TypeObject LongRangeIterType;

namespace {

constexpr int64_t kLongMax = std::numeric_limits<int64_t>::max();
constexpr int64_t kLongMin = std::numeric_limits<int64_t>::min();

struct LongRangeIterObject : Object {
    Object* start = nullptr;
    Object* step = nullptr;
    Object* len = nullptr;
};

inline RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

bool as_i64(Object* o, int64_t* out) {
    bool overflow = false;
    int64_t v = int_as_int64(o, &overflow);
    if (overflow) return false;
    *out = v;
    return true;
}

// The number of values in range(lo, hi, step) (C longs), as an unsigned value that cannot overflow.
uint64_t get_len_of_range(int64_t lo, int64_t hi, int64_t step) {
    if (step > 0 && lo < hi) return 1ULL + (static_cast<uint64_t>(hi) - 1ULL - static_cast<uint64_t>(lo)) / static_cast<uint64_t>(step);
    if (step < 0 && lo > hi)
        return 1ULL + (static_cast<uint64_t>(lo) - 1ULL - static_cast<uint64_t>(hi)) / (0ULL - static_cast<uint64_t>(step));
    return 0;
}

Object* int_zero() { return int_from_int64(0); }
Object* int_one() { return int_from_int64(1); }

// compute_range_length: len(range(start, stop, step)) as an int object.
Object* compute_range_length(Object* start, Object* stop, Object* step) {
    int64_t lo, hi, st;
    if (as_i64(start, &lo) && as_i64(stop, &hi) && as_i64(step, &st)) {
        uint64_t len = get_len_of_range(lo, hi, st);
        if (len <= static_cast<uint64_t>(kLongMax)) return int_from_int64(static_cast<int64_t>(len));
    }
    Ref zero(int_zero());
    Ref one(int_one());
    int cmp = object_richcompare_bool(step, zero.get(), Py_GT);
    if (cmp == -1) return nullptr;
    Object* low;
    Object* high;
    Ref pstep;
    if (cmp == 1) {
        low = start;
        high = stop;
        pstep = Ref::borrowed(step);
    } else {
        low = stop;
        high = start;
        pstep.reset(number_negative(step));
        if (!pstep) return nullptr;
    }
    // if (lo >= hi), the length is 0
    cmp = object_richcompare_bool(low, high, Py_GE);
    if (cmp != 0) return cmp < 0 ? nullptr : zero.release();
    Ref tmp1(binary_op(high, low, NB_SUBTRACT));
    if (!tmp1) return nullptr;
    Ref diff(binary_op(tmp1.get(), one.get(), NB_SUBTRACT));
    if (!diff) return nullptr;
    Ref tmp2(binary_op(diff.get(), pstep.get(), NB_FLOOR_DIVIDE));
    if (!tmp2) return nullptr;
    return binary_op(tmp2.get(), one.get(), NB_ADD);
}

// make_range_object: steals start, stop and step.
Object* make_range_object(TypeObject* type, Object* start, Object* stop, Object* step) {
    Ref s(start), e(stop), st(step);
    Ref length(compute_range_length(start, stop, step));
    if (!length) return nullptr;
    auto* obj = static_cast<RangeObject*>(object_alloc(type, sizeof(RangeObject)));
    if (!obj) return nullptr;
    obj->start = s.release();
    obj->stop = e.release();
    obj->step = st.release();
    obj->length = length.release();
    int64_t a, b, n;
    obj->small = false;
    if (as_i64(obj->start, &a) && as_i64(obj->step, &b) && as_i64(obj->length, &n)) {
        __int128 last = static_cast<__int128>(a) + static_cast<__int128>(n) * b;
        if (last >= kLongMin && last <= kLongMax) {
            obj->small = true;
            obj->istart = a;
            obj->istep = b;
            obj->ilength = n;
        }
    }
    return obj;
}

// start + i*step for an int object i.
Object* compute_item(RangeObject* r, Object* i) {
    int64_t ii;
    if (r->small && as_i64(i, &ii) && ii >= 0 && ii <= r->ilength) return int_from_int64(r->istart + ii * r->istep);
    Ref one(int_one());
    int is_one = object_richcompare_bool(r->step, one.get(), Py_EQ);
    if (is_one < 0) return nullptr;
    if (is_one) return binary_op(r->start, i, NB_ADD);
    Ref incr(binary_op(i, r->step, NB_MULTIPLY));
    if (!incr) return nullptr;
    return binary_op(r->start, incr.get(), NB_ADD);
}

Object* compute_range_item(RangeObject* r, Object* arg) {
    int64_t i;
    if (r->small && as_i64(arg, &i)) {
        if (i < 0) i += r->ilength;
        if (i < 0 || i >= r->ilength) {
            set_error(&IndexErrorType, "range object index out of range");
            return nullptr;
        }
        return int_from_int64(r->istart + i * r->istep);
    }
    Ref zero(int_zero());
    int cmp = object_richcompare_bool(arg, zero.get(), Py_LT);
    if (cmp == -1) return nullptr;
    Ref idx;
    if (cmp == 1) {
        idx.reset(binary_op(r->length, arg, NB_ADD));
        if (!idx) return nullptr;
    } else {
        idx = Ref::borrowed(arg);
    }
    cmp = object_richcompare_bool(idx.get(), zero.get(), Py_LT);
    if (cmp == 0) cmp = object_richcompare_bool(idx.get(), r->length, Py_GE);
    if (cmp == -1) return nullptr;
    if (cmp == 1) {
        set_error(&IndexErrorType, "range object index out of range");
        return nullptr;
    }
    return compute_item(r, idx.get());
}

Object* compute_slice(RangeObject* r, Object* slice) {
    Ref start, stop, step;
    if (!slice_get_long_indices(slice, r->length, &start, &stop, &step)) return nullptr;
    Ref substep(binary_op(r->step, step.get(), NB_MULTIPLY));
    if (!substep) return nullptr;
    Ref substart(compute_item(r, start.get()));
    if (!substart) return nullptr;
    Ref substop(compute_item(r, stop.get()));
    if (!substop) return nullptr;
    return make_range_object(type_of(r), substart.release(), substop.release(), substep.release());
}

// `ob in r` for an int: bounds check, then (ob - start) % step == 0.
int range_contains_long(RangeObject* r, Object* ob) {
    int64_t v;
    if (r->small && as_i64(ob, &v)) {
        if (r->ilength == 0) return 0;
        int64_t last = r->istart + (r->ilength - 1) * r->istep;
        int64_t lo = r->istep > 0 ? r->istart : last;
        int64_t hi = r->istep > 0 ? last : r->istart;
        if (v < lo || v > hi) return 0;
        __int128 d = static_cast<__int128>(v) - r->istart;
        return d % r->istep == 0;
    }
    Ref zero(int_zero());
    int cmp1 = object_richcompare_bool(r->step, zero.get(), Py_GT);
    if (cmp1 == -1) return -1;
    int cmp2, cmp3;
    if (cmp1 == 1) {  // positive steps: start <= ob < stop
        cmp2 = object_richcompare_bool(r->start, ob, Py_LE);
        cmp3 = object_richcompare_bool(ob, r->stop, Py_LT);
    } else {  // negative steps: stop < ob <= start
        cmp2 = object_richcompare_bool(ob, r->start, Py_LE);
        cmp3 = object_richcompare_bool(r->stop, ob, Py_LT);
    }
    if (cmp2 == -1 || cmp3 == -1) return -1;
    if (cmp2 == 0 || cmp3 == 0) return 0;
    Ref tmp1(binary_op(ob, r->start, NB_SUBTRACT));
    if (!tmp1) return -1;
    Ref tmp2(binary_op(tmp1.get(), r->step, NB_REMAINDER));
    if (!tmp2) return -1;
    return object_richcompare_bool(tmp2.get(), zero.get(), Py_EQ);
}

bool is_exact_int_or_bool(Object* o) { return int_check_exact(o) || bool_check(o); }

// _PySequence_IterSearch for count/index over a range (non-int values).
ssize_t iter_search(Object* seq, Object* obj, bool count) {
    Ref it(object_get_iter(seq));
    if (!it) return -1;
    ssize_t n = 0;
    for (ssize_t i = 0;; i++) {
        Ref item(iter_next(it.get()));
        if (!item) break;
        int cmp = object_richcompare_bool(item.get(), obj, Py_EQ);
        if (cmp < 0) return -1;
        if (cmp > 0) {
            if (!count) return i;
            n++;
        }
    }
    if (error_occurred()) return -1;
    if (count) return n;
    set_error(&ValueErrorType, "sequence.index(x): x not in sequence");
    return -1;
}

// ---- Slots ------------------------------------------------------------------------------------

void range_dealloc(Object* self) {
    RangeObject* r = as_range(self);
    decref(r->start);
    decref(r->stop);
    decref(r->step);
    decref(r->length);
    object_free(self);
}

Object* range_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("range", kwnames)) return nullptr;
    Object *start = nullptr, *stop = nullptr, *step = nullptr;
    switch (nargs) {
    case 3:
    case 2: {
        start = number_index(args[0]);
        if (!start) return nullptr;
        stop = number_index(args[1]);
        if (!stop) {
            decref(start);
            return nullptr;
        }
        if (nargs == 3) {
            step = number_index(args[2]);
            if (!step) {
                decref(start);
                decref(stop);
                return nullptr;
            }
            int64_t s;
            if (as_i64(step, &s) && s == 0) {
                decref(start);
                decref(stop);
                decref(step);
                set_error(&ValueErrorType, "range() arg 3 must not be zero");
                return nullptr;
            }
        } else {
            step = int_one();
        }
        break;
    }
    case 1:
        stop = number_index(args[0]);
        if (!stop) return nullptr;
        start = int_zero();
        step = int_one();
        break;
    case 0:
        set_error(&TypeErrorType, "range expected at least 1 argument, got 0");
        return nullptr;
    default:
        set_error_format(&TypeErrorType, "range expected at most 3 arguments, got %zu", nargs);
        return nullptr;
    }
    return make_range_object(type, start, stop, step);
}

Object* range_repr(Object* self) {
    RangeObject* r = as_range(self);
    int64_t istep = 0;
    bool step_one = as_i64(r->step, &istep) && istep == 1;
    std::string text = "range(";
    Object* parts[3] = {r->start, r->stop, r->step};
    for (int i = 0; i < (step_one ? 2 : 3); i++) {
        if (i) text += ", ";
        Ref s(object_repr(parts[i]));
        if (!s) return nullptr;
        text += str_view(s.get());
    }
    text += ')';
    return str_from_utf8(text);
}

ssize_t range_length(Object* self) { return int_as_ssize(as_range(self)->length); }

int range_bool(Object* self) { return object_is_true(as_range(self)->length); }

int range_contains(Object* self, Object* ob) {
    if (is_exact_int_or_bool(ob)) return range_contains_long(as_range(self), ob);
    // Other values are compared with every element.
    ssize_t r = iter_search(self, ob, true);
    return r < 0 ? -1 : r > 0;
}

Object* range_subscript(Object* self, Object* item) {
    if (type_of(item)->nb_index) {
        Ref i(number_index(item));
        if (!i) return nullptr;
        return compute_range_item(as_range(self), i.get());
    }
    if (slice_check(item)) return compute_slice(as_range(self), item);
    set_error_format(&TypeErrorType, "range indices must be integers or slices, not %s", type_name_of(item));
    return nullptr;
}

// 1 if equal: same length, and (if non-empty) same start, and (if longer than 1) same step.
int range_equals(RangeObject* r0, RangeObject* r1) {
    if (r0 == r1) return 1;
    int cmp = object_richcompare_bool(r0->length, r1->length, Py_EQ);
    if (cmp != 1) return cmp;
    cmp = object_is_true(r0->length);
    if (cmp < 0) return -1;
    if (cmp == 0) return 1;
    cmp = object_richcompare_bool(r0->start, r1->start, Py_EQ);
    if (cmp != 1) return cmp;
    Ref one(int_one());
    cmp = object_richcompare_bool(r0->length, one.get(), Py_EQ);
    if (cmp != 0) return cmp;
    return object_richcompare_bool(r0->step, r1->step, Py_EQ);
}

Object* range_richcompare(Object* self, Object* other, int op) {
    if (!range_check(other)) return newref(NotImplemented());
    if (op != Py_EQ && op != Py_NE) return newref(NotImplemented());
    int result = range_equals(as_range(self), as_range(other));
    if (result == -1) return nullptr;
    if (op == Py_NE) result = !result;
    return new_bool(result);
}

// hash((len, start, step)) with start and step replaced by None where they do not matter.
int64_t range_hash(Object* self) {
    RangeObject* r = as_range(self);
    Object* items[3] = {r->length, None(), None()};
    int empty = object_is_true(r->length);
    if (empty < 0) return -1;
    if (empty == 1) {
        items[1] = r->start;
        Ref one(int_one());
        int cmp = object_richcompare_bool(r->length, one.get(), Py_EQ);
        if (cmp == -1) return -1;
        if (cmp == 0) items[2] = r->step;
    }
    Ref t(tuple_pack({items[0], items[1], items[2]}));
    if (!t) return -1;
    return object_hash(t.get());
}

// ---- Iterators --------------------------------------------------------------------------------

Object* fast_range_iter(int64_t start, int64_t step, int64_t len) {
    auto* it = static_cast<RangeIterObject*>(object_alloc(&RangeIterType, sizeof(RangeIterObject)));
    if (!it) return nullptr;
    it->start = start;
    it->step = step;
    it->len = len;
    return it;
}

Object* long_range_iter(Object* start, Object* step, Object* len) {
    auto* it = static_cast<LongRangeIterObject*>(object_alloc(&LongRangeIterType, sizeof(LongRangeIterObject)));
    if (!it) {
        decref(start);
        decref(step);
        decref(len);
        return nullptr;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    return it;
}

Object* range_iter(Object* self) {
    RangeObject* r = as_range(self);
    int64_t lstart, lstop, lstep;
    if (as_i64(r->start, &lstart) && as_i64(r->stop, &lstop) && as_i64(r->step, &lstep)) {
        uint64_t ulen = get_len_of_range(lstart, lstop, lstep);
        bool fits = ulen <= static_cast<uint64_t>(kLongMax);
        // lstart + ulen * lstep must not overflow.
        if (fits && ulen) {
            if (lstep > 0) fits = lstop <= kLongMax - (lstep - 1);
            else fits = lstop >= kLongMin + (-1 - lstep);
        }
        if (fits) return fast_range_iter(lstart, lstep, static_cast<int64_t>(ulen));
    }
    return long_range_iter(newref(r->start), newref(r->step), newref(r->length));
}

Object* range_reversed(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("range.__reversed__", nargs, kwnames)) return nullptr;
    RangeObject* r = as_range(self);
    int64_t lstart, lstop, lstep;
    if (as_i64(r->start, &lstart) && as_i64(r->stop, &lstop) && as_i64(r->step, &lstep) && lstep != kLongMin) {
        // reversed(range(start, stop, step)) is range(start+(n-1)*step, start-step, -step).
        bool ok;
        if (lstep > 0) ok = !(static_cast<uint64_t>(lstart) - static_cast<uint64_t>(kLongMin) < static_cast<uint64_t>(lstep));
        else ok = !(static_cast<uint64_t>(kLongMax) - static_cast<uint64_t>(lstart) < 0ULL - static_cast<uint64_t>(lstep));
        uint64_t ulen = get_len_of_range(lstart, lstop, lstep);
        if (ok && ulen <= static_cast<uint64_t>(kLongMax)) {
            int64_t new_stop = lstart - lstep;
            int64_t new_start = static_cast<int64_t>(static_cast<uint64_t>(new_stop) + ulen * static_cast<uint64_t>(lstep));
            return fast_range_iter(new_start, -lstep, static_cast<int64_t>(ulen));
        }
    }
    // start + (len - 1) * step, counting down by step.
    Ref one(int_one());
    Ref diff(binary_op(r->length, one.get(), NB_SUBTRACT));
    if (!diff) return nullptr;
    Ref product(binary_op(diff.get(), r->step, NB_MULTIPLY));
    if (!product) return nullptr;
    Ref sum(binary_op(r->start, product.get(), NB_ADD));
    if (!sum) return nullptr;
    Ref neg(number_negative(r->step));
    if (!neg) return nullptr;
    return long_range_iter(sum.release(), neg.release(), newref(r->length));
}

void rangeiter_dealloc(Object* self) { object_free(self); }

Object* rangeiter_next(Object* self) {
    auto* r = static_cast<RangeIterObject*>(self);
    if (r->len > 0) {
        int64_t result = r->start;
        r->start = static_cast<int64_t>(static_cast<uint64_t>(result) + static_cast<uint64_t>(r->step));
        r->len--;
        return int_from_int64(result);
    }
    return nullptr;
}

Object* rangeiter_len(Object* self, Object* const*, size_t, Object*) {
    return int_from_int64(static_cast<RangeIterObject*>(self)->len);
}

void longrangeiter_dealloc(Object* self) {
    auto* r = static_cast<LongRangeIterObject*>(self);
    xdecref(r->start);
    xdecref(r->step);
    xdecref(r->len);
    object_free(self);
}

Object* longrangeiter_next(Object* self) {
    auto* r = static_cast<LongRangeIterObject*>(self);
    Ref zero(int_zero());
    if (object_richcompare_bool(r->len, zero.get(), Py_GT) != 1) return nullptr;
    Object* new_start = binary_op(r->start, r->step, NB_ADD);
    if (!new_start) return nullptr;
    Ref one(int_one());
    Object* new_len = binary_op(r->len, one.get(), NB_SUBTRACT);
    if (!new_len) {
        decref(new_start);
        return nullptr;
    }
    Object* result = r->start;
    r->start = new_start;
    setref(r->len, new_len);
    return result;
}

Object* longrangeiter_len(Object* self, Object* const*, size_t, Object*) {
    return newref(static_cast<LongRangeIterObject*>(self)->len);
}

// ---- Methods ----------------------------------------------------------------------------------

Object* range_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("range.count", nargs, kwnames)) return nullptr;
    Object* ob = args[0];
    if (is_exact_int_or_bool(ob)) {
        int result = range_contains_long(as_range(self), ob);
        if (result == -1) return nullptr;
        return int_from_int64(result);
    }
    ssize_t count = iter_search(self, ob, true);
    if (count == -1) return nullptr;
    return int_from_int64(count);
}

Object* range_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("range.index", nargs, kwnames)) return nullptr;
    Object* ob = args[0];
    RangeObject* r = as_range(self);
    if (!is_exact_int_or_bool(ob)) {
        ssize_t index = iter_search(self, ob, false);
        if (index == -1) return nullptr;
        return int_from_int64(index);
    }
    int contains = range_contains_long(r, ob);
    if (contains == -1) return nullptr;
    if (contains) {
        Ref idx(binary_op(ob, r->start, NB_SUBTRACT));
        if (!idx) return nullptr;
        int64_t s;
        if (as_i64(r->step, &s) && s == 1) return idx.release();
        return binary_op(idx.get(), r->step, NB_FLOOR_DIVIDE);
    }
    Ref rep(object_repr(ob));
    if (!rep) return nullptr;
    set_error_format(&ValueErrorType, "%s is not in range", str_data(rep.get()));
    return nullptr;
}

Object* range_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("range.__reduce__", nargs, kwnames)) return nullptr;
    RangeObject* r = as_range(self);
    Ref args(tuple_pack({r->start, r->stop, r->step}));
    if (!args) return nullptr;
    return tuple_pack({type_of(self), args.get()});
}

Object* range_get_start(Object* self) { return newref(as_range(self)->start); }
Object* range_get_stop(Object* self) { return newref(as_range(self)->stop); }
Object* range_get_step(Object* self) { return newref(as_range(self)->step); }

const MethodDef range_methods[] = {
    {"__reversed__", range_reversed},
    {"__reduce__", range_reduce},
    {"count", range_count},
    {"index", range_index},
    {nullptr, nullptr},
};
const GetSetDef range_getset[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {nullptr, nullptr},
};
const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_len},
    {nullptr, nullptr},
};
const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_len},
    {nullptr, nullptr},
};

Object* self_iter(Object* self) { return newref(self); }

void init_iter(TypeObject& t, const char* name, size_t cxx_size, destructor dealloc, iternextfunc next,
               const MethodDef* methods) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 48;
    t.tp_cxx_size = cxx_size;
    t.tp_dealloc = dealloc;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_methods = methods;
    register_static_type(&t);
}

} // namespace

Object* range_new(Object* start, Object* stop, Object* step) {
    return make_range_object(&RangeType, newref(start), newref(stop), newref(step));
}

void init_range_types() {
    TypeObject& t = RangeType;
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = "range";
    t.tp_basicsize = 48;
    t.tp_cxx_size = sizeof(RangeObject);
    t.tp_dealloc = range_dealloc;
    t.tp_repr = range_repr;
    t.tp_hash = range_hash;
    t.tp_richcompare = range_richcompare;
    t.tp_iter = range_iter;
    t.tp_new = range_tp_new;
    t.nb_bool = range_bool;
    t.sq_length = range_length;
    t.sq_contains = range_contains;
    t.mp_length = range_length;
    t.mp_subscript = range_subscript;
    t.tp_methods = range_methods;
    t.tp_getset = range_getset;
    register_static_type(&t);
    init_iter(RangeIterType, "range_iterator", sizeof(RangeIterObject), rangeiter_dealloc, rangeiter_next,
              rangeiter_methods);
    init_iter(LongRangeIterType, "longrange_iterator", sizeof(LongRangeIterObject), longrangeiter_dealloc,
              longrangeiter_next, longrangeiter_methods);
}

} // namespace hs
