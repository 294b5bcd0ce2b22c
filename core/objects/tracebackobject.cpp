// traceback objects (CPython 3.11's Python/traceback.c, the object part).
#include "objects/tracebackobject.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

namespace hs {

TypeObject TracebackType;

namespace {

TracebackObject* as_tb(Object* o) { return static_cast<TracebackObject*>(o); }

void tb_dealloc(Object* self) {
    gc_untrack(self);
    // A traceback is a chain as long as the stack was deep: free it without deep recursion.
    if (trashcan_begin(self)) return;
    clear_ref(as_tb(self)->tb_next);
    clear_ref(as_tb(self)->tb_frame);
    gc_free(self);
    trashcan_end();
}

int tb_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_tb(self)->tb_next);
    HS_VISIT(as_tb(self)->tb_frame);
    return 0;
}

int tb_clear(Object* self) {
    clear_ref(as_tb(self)->tb_next);
    clear_ref(as_tb(self)->tb_frame);
    return 0;
}

Object* tb_get_next(Object* self) {
    Object* next = as_tb(self)->tb_next;
    return newref(next ? next : None());
}

int tb_set_next(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "can't delete tb_next attribute");
        return -1;
    }
    if (value == None()) {
        value = nullptr;
    } else if (!traceback_check(value)) {
        set_error_format(&TypeErrorType, "expected traceback object, got '%s'", type_name_of(value));
        return -1;
    }
    // Refuse to make a loop: `value` must not reach `self`.
    for (Object* cursor = value; cursor; cursor = as_tb(cursor)->tb_next) {
        if (cursor == self) {
            set_error(&ValueErrorType, "traceback loop detected");
            return -1;
        }
    }
    clear_ref(as_tb(self)->tb_next);
    as_tb(self)->tb_next = static_cast<TracebackObject*>(xnewref(value));
    return 0;
}

Object* tb_get_frame(Object* self) {
    Object* frame = as_tb(self)->tb_frame;
    return newref(frame ? frame : None());
}
Object* tb_get_lasti(Object* self) { return int_from_int64(as_tb(self)->tb_lasti); }
Object* tb_get_lineno(Object* self) { return int_from_int64(as_tb(self)->tb_lineno); }

const GetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lasti", tb_get_lasti},
    {"tb_lineno", tb_get_lineno},
    {nullptr, nullptr},
};

} // namespace

Object* traceback_new(Object* next, Object* frame, int lasti, int lineno) {
    Object* self = type_generic_alloc(&TracebackType, 0);
    if (!self) return nullptr;
    auto* tb = as_tb(self);
    tb->tb_next = static_cast<TracebackObject*>(xnewref(next));
    tb->tb_frame = xnewref(frame);
    tb->tb_lasti = lasti;
    tb->tb_lineno = lineno;
    return self;
}

int traceback_here(Object* frame, int lasti, int lineno) {
    ErrorState state = fetch_error();
    Object* tb = traceback_new(state.traceback, frame, lasti, lineno);
    if (!tb) {
        // As CPython's _PyErr_ChainExceptions: the failure propagates, with the original
        // exception as its __context__.
        ErrorState failure = fetch_error();
        normalize_error(state);
        if (state.value && exception_instance_check(state.value) && state.traceback)
            exception_set_traceback(state.value, state.traceback);
        restore_error(failure);
        chain_error_context(state.value);
        xdecref(state.type);
        xdecref(state.value);
        xdecref(state.traceback);
        return -1;
    }
    xdecref(state.traceback);
    state.traceback = tb;
    restore_error(state);
    return 0;
}

void init_traceback_type() {
    TracebackType.ob_refcnt = 1;
    TracebackType.ob_type = &TypeType;
    TracebackType.tp_name = "traceback";
    TracebackType.tp_basicsize = 40;
    TracebackType.tp_cxx_size = sizeof(TracebackObject);
    TracebackType.tp_flags = TPFLAGS_HAVE_GC;
    TracebackType.tp_dealloc = tb_dealloc;
    TracebackType.tp_traverse = tb_traverse;
    TracebackType.tp_clear = tb_clear;
    TracebackType.tp_getattro = generic_getattr;
    TracebackType.tp_getset = tb_getset;
    register_static_type(&TracebackType);
}

} // namespace hs
