// traceback objects (CPython 3.11's Python/traceback.c, the object part).
#include "objects/tracebackobject.h"

#include "objects/codeobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/frameobject.h"

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

namespace {

// The code object a traceback link's frame runs, or nullptr.
CodeObject* frame_code(Object* frame) {
    if (!frame || frame->ob_type != &FrameType) return nullptr;
    Frame* f = static_cast<FrameObject*>(frame)->f_frame;
    return f ? f->f_code : nullptr;
}

std::string str_or_empty(Object* s) { return s && str_check(s) ? std::string(str_view(s)) : std::string(); }

std::vector<std::string> dict_key_names(Object* d) {
    std::vector<std::string> names;
    if (!d || !dict_check(d)) return names;
    ssize_t pos = 0;
    Object *key, *value;
    while (dict_next(d, &pos, &key, &value))
        if (str_check(key)) names.emplace_back(str_view(key));
    return names;
}

} // namespace

std::vector<TracebackEntry> traceback_entries(Object* tb) {
    std::vector<TracebackEntry> entries;
    for (Object* link = tb; link && traceback_check(link); link = as_tb(link)->tb_next) {
        TracebackEntry e;
        e.lineno = as_tb(link)->tb_lineno;
        if (CodeObject* code = frame_code(as_tb(link)->tb_frame)) {
            e.filename = str_or_empty(code->co_filename);
            e.name = str_or_empty(code->co_name);
            size_t index = static_cast<size_t>(as_tb(link)->tb_lasti / 2);
            if (code->unit && as_tb(link)->tb_lasti >= 0 && index < code->unit->positions.size()) {
                const ast::Position& pos = code->unit->positions[index];
                // Instructions without a location (lineno 0) get no carets, as CPython's None.
                if (pos.lineno > 0) {
                    e.start_line = pos.lineno;
                    e.end_line = pos.end_lineno;
                    e.start_col = pos.col_offset;
                    e.end_col = pos.end_col_offset;
                }
            }
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

std::vector<std::vector<std::string>> traceback_innermost_names(Object* tb) {
    std::vector<std::vector<std::string>> lists(3);
    if (!tb || !traceback_check(tb)) return lists;
    while (as_tb(tb)->tb_next) tb = as_tb(tb)->tb_next;
    Object* frame = as_tb(tb)->tb_frame;
    CodeObject* code = frame_code(frame);
    if (!code) return lists;
    // co_varnames: the fast locals (parameters included), not cells or free variables.
    if (code->co_localsplusnames && code->unit) {
        const auto& kinds = code->unit->localspluskinds;
        ssize_t n = tuple_size(code->co_localsplusnames);
        for (ssize_t i = 0; i < n; i++) {
            if (static_cast<size_t>(i) < kinds.size() && !(kinds[static_cast<size_t>(i)] & compiler::CO_FAST_LOCAL)) continue;
            lists[0].push_back(str_or_empty(tuple_items(code->co_localsplusnames)[i]));
        }
    }
    Frame* f = static_cast<FrameObject*>(frame)->f_frame;
    lists[1] = dict_key_names(f->f_globals);
    lists[2] = dict_key_names(f->f_builtins);
    return lists;
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
