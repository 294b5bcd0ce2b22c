// The gc module: CPython 3.11's Python interface to the collector (runtime/collector.h).
//
// The functions keep CPython's calling conventions because programs observe them: the messages
// of bad calls, and the objects a call allocates (gc.get_count() counts them). METH_VARARGS
// functions (set_threshold, get_referrers, get_referents) receive a fresh argument tuple in
// CPython, so they build one here too; the others receive their arguments without one.
#include "objects/container_util.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/tupleobject.h"
#include "runtime/args.h"
#include "runtime/collector.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

#include <climits>
#include <utility>

namespace hs {

namespace {

// ---- Argument conversions (CPython's messages) --------------------------------------------------

// Argument Clinic's `int` (_PyLong_AsInt).
bool clinic_int(Object* o, int* out) {
    Ref v(number_index(o));
    if (!v) return false;
    bool overflow = false;
    int64_t x = int_as_int64(v.get(), &overflow);
    if (overflow || x > INT_MAX || x < INT_MIN) {
        set_error(&OverflowErrorType, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// PyArg_ParseTuple's "i" format.
bool format_i(Object* o, int* out) {
    Ref v(number_index(o));
    if (!v) return false;
    bool overflow = false;
    int64_t x = int_as_int64(v.get(), &overflow);
    if (overflow) {
        set_error(&OverflowErrorType, "Python int too large to convert to C long");
        return false;
    }
    if (x > INT_MAX) {
        set_error(&OverflowErrorType, "signed integer is greater than maximum");
        return false;
    }
    if (x < INT_MIN) {
        set_error(&OverflowErrorType, "signed integer is less than minimum");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// The argument tuple a METH_VARARGS builtin receives (counted as CPython counts it).
Object* varargs_tuple(Object* const* args, size_t nargs) {
    Object* t = tuple_new(static_cast<ssize_t>(nargs));
    if (!t) return nullptr;
    for (size_t i = 0; i < nargs; i++) tuple_items(t)[i] = newref(args[i]);
    return t;
}

Object* three_ints(ssize_t a, ssize_t b, ssize_t c) {
    // The values are read before the tuple is allocated, as Py_BuildValue's arguments are.
    Ref x(int_from_int64(a)), y(int_from_int64(b)), z(int_from_int64(c));
    if (!x || !y || !z) return nullptr;
    return tuple_pack({x.get(), y.get(), z.get()});
}

// ---- The functions ------------------------------------------------------------------------------

Object* gc_enable(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.enable", nargs, kwnames)) return nullptr;
    rt().gc.enabled = true;
    return new_none();
}

Object* gc_disable(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.disable", nargs, kwnames)) return nullptr;
    rt().gc.enabled = false;
    return new_none();
}

Object* gc_isenabled(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.isenabled", nargs, kwnames)) return nullptr;
    return new_bool(rt().gc.enabled);
}

Object* gc_collect_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"collect", {"generation"}, 0, 0};
    Object* a[1];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    int generation = NUM_GENERATIONS - 1;
    if (a[0] && !clinic_int(a[0], &generation)) return nullptr;
    if (generation < 0 || generation >= NUM_GENERATIONS) {
        set_error(&ValueErrorType, "invalid generation");
        return nullptr;
    }
    return int_from_int64(gc_collect(generation));
}

Object* gc_set_debug(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("gc.set_debug", nargs, kwnames)) return nullptr;
    int flags = 0;
    if (!clinic_int(args[0], &flags)) return nullptr;
    rt().gc.debug = flags;
    return new_none();
}

Object* gc_get_debug(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.get_debug", nargs, kwnames)) return nullptr;
    return int_from_int64(rt().gc.debug);
}

Object* gc_get_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.get_count", nargs, kwnames)) return nullptr;
    const GCState& gc = rt().gc;
    return three_ints(gc.generations[0].count, gc.generations[1].count, gc.generations[2].count);
}

Object* gc_get_threshold(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.get_threshold", nargs, kwnames)) return nullptr;
    const GCState& gc = rt().gc;
    return three_ints(gc.generations[0].threshold, gc.generations[1].threshold, gc.generations[2].threshold);
}

// set_threshold(threshold0[, threshold1[, threshold2]]): METH_VARARGS, "i|ii:set_threshold".
// Thresholds are stored as they are parsed, so a bad second value leaves the first one set.
Object* gc_set_threshold(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames_count(kwnames)) {
        set_error(&TypeErrorType, "set_threshold() takes no keyword arguments");
        return nullptr;
    }
    Ref argtuple(varargs_tuple(args, nargs));
    if (!argtuple) return nullptr;
    if (nargs < 1) {
        set_error_format(&TypeErrorType, "set_threshold() takes at least 1 argument (%zu given)", nargs);
        return nullptr;
    }
    if (nargs > 3) {
        set_error_format(&TypeErrorType, "set_threshold() takes at most 3 arguments (%zu given)", nargs);
        return nullptr;
    }
    GCState& gc = rt().gc;
    for (size_t i = 0; i < nargs; i++) {
        if (!format_i(args[i], &gc.generations[i].threshold)) return nullptr;
    }
    return new_none();
}

// get_objects(generation=None): the tracked objects of one generation, or of all three.
Object* gc_get_objects(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"get_objects", {"generation"}, 0, 0};
    Object* a[1];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    ssize_t generation = -1;
    if (a[0] && a[0] != None()) {
        if (!index_check(a[0])) {
            set_error_format(&TypeErrorType, "argument should be integer or None, not '%s'", type_name_of(a[0]));
            return nullptr;
        }
        generation = index_as_ssize(a[0], &OverflowErrorType);
        if (generation == -1 && error_occurred()) return nullptr;
    }
    Ref result(list_new(0));
    if (!result) return nullptr;
    int first = 0;
    int last = NUM_GENERATIONS - 1;
    if (generation != -1) {
        if (generation >= NUM_GENERATIONS) {
            set_error_format(&ValueErrorType,
                             "generation parameter must be less than the number of available generations (%d)",
                             NUM_GENERATIONS);
            return nullptr;
        }
        if (generation < 0) {
            set_error(&ValueErrorType, "generation parameter cannot be negative");
            return nullptr;
        }
        first = last = static_cast<int>(generation);
    }
    for (int i = first; i <= last; i++) {
        GCHeader* head = &rt().gc.generations[i].head;
        for (GCHeader* g = head->gc_next; g != head; g = g->gc_next) {
            Object* op = from_gc(g);
            if (op != result.get() && list_append(result.get(), op) < 0) return nullptr;
        }
    }
    return result.release();
}

// ---- Referrers and referents ----------------------------------------------------------------------

struct ReferrersSearch {
    Object* objs;  // the argument tuple
};

int referrers_visit(Object* obj, void* arg) {
    Object* objs = static_cast<ReferrersSearch*>(arg)->objs;
    for (ssize_t i = 0; i < tuple_size(objs); i++) {
        if (tuple_items(objs)[i] == obj) return 1;
    }
    return 0;
}

// get_referrers(*objs): the tracked objects (all generations, in list order) that refer to one
// of objs, each once; neither the argument tuple nor the result list itself.
Object* gc_get_referrers(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames_count(kwnames)) {
        set_error(&TypeErrorType, "get_referrers() takes no keyword arguments");
        return nullptr;
    }
    Ref objs(varargs_tuple(args, nargs));
    if (!objs) return nullptr;
    Ref result(list_new(0));
    if (!result) return nullptr;
    ReferrersSearch search{objs.get()};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GCHeader* head = &rt().gc.generations[i].head;
        for (GCHeader* g = head->gc_next; g != head; g = g->gc_next) {
            Object* op = from_gc(g);
            if (op == objs.get() || op == result.get()) continue;
            if (type_of(op)->tp_traverse(op, referrers_visit, &search)) {
                if (list_append(result.get(), op) < 0) return nullptr;
            }
        }
    }
    return result.release();
}

int referents_visit(Object* obj, void* arg) { return list_append(static_cast<Object*>(arg), obj) < 0 ? 1 : 0; }

// get_referents(*objs): what each GC object among objs visits in tp_traverse, in that order.
Object* gc_get_referents(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames_count(kwnames)) {
        set_error(&TypeErrorType, "get_referents() takes no keyword arguments");
        return nullptr;
    }
    Ref objs(varargs_tuple(args, nargs));
    if (!objs) return nullptr;
    Ref result(list_new(0));
    if (!result) return nullptr;
    for (size_t i = 0; i < nargs; i++) {
        Object* obj = args[i];
        if (!object_is_gc(obj) || !type_of(obj)->tp_traverse) continue;
        if (type_of(obj)->tp_traverse(obj, referents_visit, result.get())) return nullptr;
    }
    return result.release();
}

// ---- Tracking and statistics ----------------------------------------------------------------------

Object* gc_is_tracked_fn(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("gc.is_tracked", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    return new_bool(object_is_gc(o) && gc_is_tracked(o));
}

Object* gc_is_finalized(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("gc.is_finalized", nargs, kwnames)) return nullptr;
    Object* o = args[0];
    return new_bool(object_is_gc(o) && (as_gc(o)->gc_flags & GC_FINALIZED));
}

// get_stats(): one dict per generation, from a snapshot taken before anything is allocated.
Object* gc_get_stats(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.get_stats", nargs, kwnames)) return nullptr;
    GCGenerationStats stats[NUM_GENERATIONS];
    for (int i = 0; i < NUM_GENERATIONS; i++) stats[i] = rt().gc.generation_stats[i];
    Ref result(list_new(0));
    if (!result) return nullptr;
    for (const GCGenerationStats& st : stats) {
        Ref d(dict_new());
        if (!d) return nullptr;
        const char* keys[3] = {"collections", "collected", "uncollectable"};
        const ssize_t values[3] = {st.collections, st.collected, st.uncollectable};
        for (int k = 0; k < 3; k++) {
            Ref v(int_from_int64(values[k]));
            if (!v || dict_setitem_str(d.get(), keys[k], v.get()) < 0) return nullptr;
        }
        if (list_append(result.get(), d.get()) < 0) return nullptr;
    }
    return result.release();
}

Object* gc_freeze_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.freeze", nargs, kwnames)) return nullptr;
    gc_freeze();
    return new_none();
}

Object* gc_unfreeze_fn(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.unfreeze", nargs, kwnames)) return nullptr;
    gc_unfreeze();
    return new_none();
}

Object* gc_get_freeze_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gc.get_freeze_count", nargs, kwnames)) return nullptr;
    return int_from_int64(gc_list_size(&rt().gc.permanent.head));
}

const MethodDef gc_functions[] = {
    {"enable", gc_enable},
    {"disable", gc_disable},
    {"isenabled", gc_isenabled},
    {"set_debug", gc_set_debug},
    {"get_debug", gc_get_debug},
    {"get_count", gc_get_count},
    {"set_threshold", gc_set_threshold},
    {"get_threshold", gc_get_threshold},
    {"collect", gc_collect_fn},
    {"get_objects", gc_get_objects},
    {"get_stats", gc_get_stats},
    {"is_tracked", gc_is_tracked_fn},
    {"is_finalized", gc_is_finalized},
    {"get_referrers", gc_get_referrers},
    {"get_referents", gc_get_referents},
    {"freeze", gc_freeze_fn},
    {"unfreeze", gc_unfreeze_fn},
    {"get_freeze_count", gc_get_freeze_count},
    {nullptr, nullptr},
};

} // namespace

// The gc module. gc.garbage and gc.callbacks are the collector's own lists (GCState), made here
// the first time the module is imported in a program.
Object* gc_module_create() {
    Ref module(module_new("gc"));
    if (!module) return nullptr;
    if (module_add_functions(module.get(), gc_functions) < 0) return nullptr;
    GCState& gc = rt().gc;
    if (!gc.garbage && !(gc.garbage = list_new(0))) return nullptr;
    if (!gc.callbacks && !(gc.callbacks = list_new(0))) return nullptr;
    Object* d = module_dict(module.get());
    if (dict_setitem_str(d, "garbage", gc.garbage) < 0) return nullptr;
    if (dict_setitem_str(d, "callbacks", gc.callbacks) < 0) return nullptr;
    const std::pair<const char*, int> constants[] = {
        {"DEBUG_STATS", DEBUG_STATS},     {"DEBUG_COLLECTABLE", DEBUG_COLLECTABLE}, {"DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE},
        {"DEBUG_SAVEALL", DEBUG_SAVEALL}, {"DEBUG_LEAK", DEBUG_LEAK},
    };
    for (const auto& [name, value] : constants) {
        Ref v(int_from_int64(value));
        if (!v || dict_setitem_str(d, name, v.get()) < 0) return nullptr;
    }
    return module.release();
}

} // namespace hs
