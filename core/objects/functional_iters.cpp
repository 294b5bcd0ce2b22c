// zip (reusing its result tuple while nobody else holds it), map and filter.
#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/iterobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <vector>

namespace hs {

TypeObject ZipType;
TypeObject MapType;
TypeObject FilterType;

namespace {

// ---- zip --------------------------------------------------------------------------------------

Object* zip_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    // zip has no vectorcall in 3.11: the call builds an argument tuple (and keyword dict) first.
    LegacyCallArgs legacy;
    if (!make_legacy_call_args(args, nargs, kwnames, &legacy)) return nullptr;
    int strict = 0;
    if (kwnames_count(kwnames)) {
        static const ArgSpec spec{"zip", {"strict"}, 0, 0, 1};
        Object* out[1] = {nullptr};
        // Only the keywords are parsed: the positionals are the iterables.
        if (!parse_keywords(spec, args, nargs, kwnames, out)) return nullptr;
        if (out[0]) {
            strict = object_is_true(out[0]);
            if (strict < 0) return nullptr;
        }
    }
    ssize_t tuplesize = static_cast<ssize_t>(nargs);
    // The iterators.
    Ref ittuple(tuple_new(tuplesize));
    if (!ittuple) return nullptr;
    for (ssize_t i = 0; i < tuplesize; ++i) {
        Object* it = object_get_iter(args[i]);
        if (!it) return nullptr;
        tuple_items(ittuple.get())[i] = it;
    }
    // The result holder.
    Ref result(tuple_new(tuplesize));
    if (!result) return nullptr;
    for (ssize_t i = 0; i < tuplesize; i++) tuple_items(result.get())[i] = new_none();
    auto* lz = static_cast<ZipObject*>(type_generic_alloc(type, 0));
    if (!lz) return nullptr;
    lz->ittuple = ittuple.release();
    lz->tuplesize = tuplesize;
    lz->result = result.release();
    lz->strict = strict;
    return lz;
}

void zip_dealloc(Object* self) {
    auto* lz = static_cast<ZipObject*>(self);
    gc_untrack(self);
    xdecref(lz->ittuple);
    xdecref(lz->result);
    gc_free(self);
}

int zip_traverse(Object* self, visitproc visit, void* arg) {
    auto* lz = static_cast<ZipObject*>(self);
    HS_VISIT(lz->ittuple);
    HS_VISIT(lz->result);
    return 0;
}

// zip(strict=True) found argument i exhausted: check the others are too.
Object* zip_check_strict(ZipObject* lz, ssize_t i) {
    if (error_occurred()) {
        if (!error_matches(&StopIterationType)) return nullptr;
        clear_error();
    }
    if (i) {
        const char* plural = i == 1 ? " " : "s 1-";
        set_error_format(&ValueErrorType, "zip() argument %zd is shorter than argument%s%zd", i + 1, plural, i);
        return nullptr;
    }
    for (i = 1; i < lz->tuplesize; i++) {
        Object* it = tuple_items(lz->ittuple)[i];
        Object* item = type_of(it)->tp_iternext(it);
        if (item) {
            decref(item);
            const char* plural = i == 1 ? " " : "s 1-";
            set_error_format(&ValueErrorType, "zip() argument %zd is longer than argument%s%zd", i + 1, plural, i);
            return nullptr;
        }
        if (error_occurred()) {
            if (!error_matches(&StopIterationType)) return nullptr;
            clear_error();
        }
    }
    return nullptr;  // all exhausted: done
}

Object* zip_next(Object* self) {
    auto* lz = static_cast<ZipObject*>(self);
    ssize_t tuplesize = lz->tuplesize;
    Object* result = lz->result;
    if (tuplesize == 0) return nullptr;
    if (result->ob_refcnt == 1) {
        incref(result);
        for (ssize_t i = 0; i < tuplesize; i++) {
            Object* it = tuple_items(lz->ittuple)[i];
            Object* item = type_of(it)->tp_iternext(it);
            if (!item) {
                decref(result);
                return lz->strict ? zip_check_strict(lz, i) : nullptr;
            }
            Object* olditem = tuple_items(result)[i];
            tuple_items(result)[i] = item;
            decref(olditem);
        }
        // The collector may have untracked it: it is being recycled, so track it again.
        if (!gc_is_tracked(result)) gc_track(result);
        return result;
    }
    result = tuple_new(tuplesize);
    if (!result) return nullptr;
    for (ssize_t i = 0; i < tuplesize; i++) {
        Object* it = tuple_items(lz->ittuple)[i];
        Object* item = type_of(it)->tp_iternext(it);
        if (!item) {
            decref(result);
            return lz->strict ? zip_check_strict(lz, i) : nullptr;
        }
        tuple_items(result)[i] = item;
    }
    return result;
}

// ---- map --------------------------------------------------------------------------------------

Object* map_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &MapType && !check_no_kwargs("map", kwnames)) return nullptr;
    if (nargs < 2) {
        set_error(&TypeErrorType, "map() must have at least two arguments.");
        return nullptr;
    }
    Ref iters(tuple_new(static_cast<ssize_t>(nargs - 1)));
    if (!iters) return nullptr;
    for (size_t i = 1; i < nargs; i++) {
        Object* it = object_get_iter(args[i]);
        if (!it) return nullptr;
        tuple_items(iters.get())[i - 1] = it;
    }
    auto* lz = static_cast<MapObject*>(type_generic_alloc(type, 0));
    if (!lz) return nullptr;
    lz->iters = iters.release();
    lz->func = newref(args[0]);
    return lz;
}

void map_dealloc(Object* self) {
    auto* lz = static_cast<MapObject*>(self);
    gc_untrack(self);
    xdecref(lz->iters);
    xdecref(lz->func);
    gc_free(self);
}

int map_traverse(Object* self, visitproc visit, void* arg) {
    auto* lz = static_cast<MapObject*>(self);
    HS_VISIT(lz->iters);
    HS_VISIT(lz->func);
    return 0;
}

Object* map_next(Object* self) {
    auto* lz = static_cast<MapObject*>(self);
    const ssize_t niters = tuple_size(lz->iters);
    Object* small_stack[5];
    std::vector<Object*> big;
    Object** stack = small_stack;
    if (niters > 5) {
        big.resize(static_cast<size_t>(niters));
        stack = big.data();
    }
    ssize_t nargs = 0;
    Object* result = nullptr;
    for (ssize_t i = 0; i < niters; i++) {
        Object* it = tuple_items(lz->iters)[i];
        Object* val = type_of(it)->tp_iternext(it);
        if (!val) goto exit;
        stack[i] = val;
        nargs++;
    }
    result = object_call(lz->func, stack, static_cast<size_t>(nargs), nullptr);
exit:
    for (ssize_t i = 0; i < nargs; i++) decref(stack[i]);
    return result;
}

// ---- filter -----------------------------------------------------------------------------------

Object* filter_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == &FilterType && !check_no_kwargs("filter", kwnames)) return nullptr;
    if (!check_nargs("filter", nargs, 2, 2)) return nullptr;
    Ref it(object_get_iter(args[1]));
    if (!it) return nullptr;
    auto* lz = static_cast<FilterObject*>(type_generic_alloc(type, 0));
    if (!lz) return nullptr;
    lz->func = newref(args[0]);
    lz->it = it.release();
    return lz;
}

void filter_dealloc(Object* self) {
    auto* lz = static_cast<FilterObject*>(self);
    gc_untrack(self);
    xdecref(lz->func);
    xdecref(lz->it);
    gc_free(self);
}

int filter_traverse(Object* self, visitproc visit, void* arg) {
    auto* lz = static_cast<FilterObject*>(self);
    HS_VISIT(lz->it);
    HS_VISIT(lz->func);
    return 0;
}

Object* filter_next(Object* self) {
    auto* lz = static_cast<FilterObject*>(self);
    Object* it = lz->it;
    bool checktrue = lz->func == None() || lz->func == static_cast<Object*>(&BoolType);
    iternextfunc iternext = type_of(it)->tp_iternext;
    for (;;) {
        Object* item = iternext(it);
        if (!item) return nullptr;
        int ok;
        if (checktrue) {
            ok = object_is_true(item);
        } else {
            Object* good = object_call(lz->func, &item, 1, nullptr);
            if (!good) {
                decref(item);
                return nullptr;
            }
            ok = object_is_true(good);
            decref(good);
        }
        if (ok > 0) return item;
        decref(item);
        if (ok < 0) return nullptr;
    }
}

Object* self_iter(Object* self) { return newref(self); }

void init_type(TypeObject& t, const char* name, ssize_t basicsize, size_t cxx_size, destructor dealloc,
               traverseproc traverse, iternextfunc next, newfunc tp_new) {
    t.ob_refcnt = 1;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = basicsize;
    t.tp_cxx_size = cxx_size;
    t.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_BASETYPE;
    t.tp_dealloc = dealloc;
    t.tp_traverse = traverse;
    t.tp_iter = self_iter;
    t.tp_iternext = next;
    t.tp_new = tp_new;
    register_static_type(&t);
}

} // namespace

void init_functional_iter_types() {
    init_type(ZipType, "zip", 48, sizeof(ZipObject), zip_dealloc, zip_traverse, zip_next, zip_tp_new);
    init_type(MapType, "map", 32, sizeof(MapObject), map_dealloc, map_traverse, map_next, map_tp_new);
    init_type(FilterType, "filter", 32, sizeof(FilterObject), filter_dealloc, filter_traverse, filter_next,
              filter_tp_new);
}

} // namespace hs
