// The frame stack and frame lifetimes.
#include "vm/frame.h"

#include "objects/dictobject.h"
#include "objects/intobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"
#include "vm/frameobject.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace hs {

TypeObject FrameType;

// Frames are carved from large chunks; a chunk is kept when emptied so that a call loop does
// not allocate at all.
struct FrameStack {
    struct Chunk {
        char* base;
        size_t size;
        size_t top;
    };
    std::vector<Chunk> chunks;
    size_t current = 0;
    ~FrameStack() {
        for (Chunk& c : chunks) std::free(c.base);
    }
};

namespace {
constexpr size_t CHUNK_SIZE = 256 * 1024;

FrameStack& frame_stack() {
    Runtime& r = rt();
    if (!r.frame_stack) r.frame_stack = new FrameStack();
    return *r.frame_stack;
}
} // namespace

Frame* frame_stack_push(size_t bytes) {
    FrameStack& fs = frame_stack();
    bytes = (bytes + 15) & ~size_t(15);
    if (fs.chunks.empty()) fs.chunks.push_back({static_cast<char*>(std::malloc(CHUNK_SIZE)), CHUNK_SIZE, 0});
    while (fs.chunks[fs.current].top + bytes > fs.chunks[fs.current].size) {
        if (fs.current + 1 == fs.chunks.size()) {
            size_t size = bytes > CHUNK_SIZE ? bytes : CHUNK_SIZE;
            char* base = static_cast<char*>(std::malloc(size));
            if (!base) {
                no_memory();
                return nullptr;
            }
            fs.chunks.push_back({base, size, 0});
        }
        fs.current++;
    }
    FrameStack::Chunk& c = fs.chunks[fs.current];
    auto* f = reinterpret_cast<Frame*>(c.base + c.top);
    c.top += bytes;
    return f;
}

void frame_stack_pop(Frame* frame, size_t bytes) {
    FrameStack& fs = frame_stack();
    bytes = (bytes + 15) & ~size_t(15);
    FrameStack::Chunk& c = fs.chunks[fs.current];
    c.top -= bytes;
    (void)frame;
    if (c.top == 0 && fs.current > 0) fs.current--;
}

void frame_stack_destroy(Runtime& r) {
    delete r.frame_stack;
    r.frame_stack = nullptr;
}

Frame* frame_push_for(FunctionObject* func, Object* locals) {
    CodeObject* code = func->func_code;
    Frame* f = frame_stack_push(Frame::size_for(code));
    if (!f) {
        decref(func);
        return nullptr;
    }
    f->f_func = func;
    f->f_code = static_cast<CodeObject*>(newref(code));
    f->f_globals = func->func_globals;
    f->f_builtins = func->func_builtins;
    f->f_locals = xnewref(locals);
    f->frame_obj = nullptr;
    f->previous = nullptr;
    f->prev_instr = -1;
    f->stacktop = code->co_nlocalsplus;
    f->is_entry = false;
    f->owner = FrameOwner::FrameStack;
    std::memset(f->localsplus, 0, sizeof(Object*) * static_cast<size_t>(code->co_nlocalsplus));
    return f;
}

void frame_clear(Frame* frame) {
    if (FrameObject* fo = frame->frame_obj) {
        frame->frame_obj = nullptr;
        if (fo->ob_refcnt > 1) {
            frame_object_take_ownership(fo, frame);
            decref(fo);
            return;
        }
        fo->f_frame = nullptr;
        decref(fo);
    }
    // Locals go first, in co_varnames order, then the value stack (CPython's _PyFrame_Clear).
    for (int i = 0; i < frame->stacktop; i++) clear_ref(frame->localsplus[i]);
    frame->stacktop = 0;
    clear_ref(frame->f_locals);
    Object* func = frame->f_func;
    frame->f_func = nullptr;
    xdecref(func);
    Object* code = frame->f_code;
    frame->f_code = nullptr;
    xdecref(code);
}

void frame_clear_and_pop(Frame* frame) {
    size_t bytes = Frame::size_for(frame->f_code);
    frame_clear(frame);
    frame_stack_pop(frame, bytes);
}

int Frame::line() const {
    return code_line_of(f_code, prev_instr < 0 ? 0 : prev_instr);
}

// ---- Frame objects -----------------------------------------------------------------------

Object* frame_get_object(Frame* frame) {
    if (!frame->frame_obj) {
        auto* fo = static_cast<FrameObject*>(gc_alloc(&FrameType, sizeof(FrameObject)));
        if (!fo) return nullptr;
        fo->f_frame = frame;
        fo->f_back = nullptr;
        fo->f_lineno = 0;
        fo->owns_frame = false;
        gc_track(fo);
        frame->frame_obj = fo;
    }
    return newref(frame->frame_obj);
}

void frame_object_take_ownership(FrameObject* fo, Frame* frame) {
    size_t bytes = Frame::size_for(frame->f_code);
    auto* copy = static_cast<Frame*>(std::malloc(bytes));
    std::memcpy(copy, frame, bytes);
    copy->owner = FrameOwner::FrameObject;
    copy->previous = nullptr;
    copy->frame_obj = nullptr;
    fo->f_frame = copy;
    fo->owns_frame = true;
    fo->f_lineno = copy->line();
    // The frame's references now belong to the copy.
    frame->stacktop = 0;
    frame->f_locals = nullptr;
    frame->f_func = nullptr;
    frame->f_code = nullptr;
}

namespace {

void frame_object_clear_owned(FrameObject* fo) {
    if (!fo->owns_frame || !fo->f_frame) return;
    Frame* f = fo->f_frame;
    fo->f_frame = nullptr;
    fo->owns_frame = false;
    frame_clear(f);
    std::free(f);
}

void frameobject_dealloc(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    if (fo->f_frame && !fo->owns_frame) fo->f_frame->frame_obj = nullptr;
    frame_object_clear_owned(fo);
    xdecref(fo->f_back);
    gc_free(self);
    trashcan_end();
}

int frameobject_traverse(Object* self, visitproc visit, void* arg) {
    auto* fo = static_cast<FrameObject*>(self);
    HS_VISIT(fo->f_back);
    if (fo->owns_frame && fo->f_frame) {
        Frame* f = fo->f_frame;
        HS_VISIT(f->f_func);
        HS_VISIT(f->f_code);
        HS_VISIT(f->f_locals);
        for (int i = 0; i < f->stacktop; i++) HS_VISIT(f->localsplus[i]);
    }
    return 0;
}

int frameobject_clear(Object* self) {
    frame_object_clear_owned(static_cast<FrameObject*>(self));
    return 0;
}

Object* frame_get_lineno(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    return int_from_int64(fo->f_frame ? fo->f_frame->line() : fo->f_lineno);
}
Object* frame_get_code(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    return fo->f_frame && fo->f_frame->f_code ? newref(static_cast<Object*>(fo->f_frame->f_code)) : new_none();
}
Object* frame_get_globals(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    return fo->f_frame && fo->f_frame->f_globals ? newref(fo->f_frame->f_globals) : new_none();
}
Object* frame_get_locals(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    Frame* f = fo->f_frame;
    if (!f) return dict_new();
    if (f->f_locals) return newref(f->f_locals);
    Ref d(dict_new());
    if (!d) return nullptr;
    CodeObject* co = f->f_code;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        Object* v = f->localsplus[i];
        if (!v) continue;
        uint8_t kind = co->unit->localspluskinds[i];
        if (kind & (compiler::CO_FAST_CELL | compiler::CO_FAST_FREE)) {
            v = static_cast<CellObject*>(v)->ob_ref;
            if (!v) continue;
        }
        if (dict_setitem(d.get(), tuple_items(co->co_localsplusnames)[i], v) < 0) return nullptr;
    }
    return d.release();
}
Object* frame_get_lasti(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    return int_from_int64(fo->f_frame ? fo->f_frame->prev_instr * 2 : -1);
}
Object* frame_get_back(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    if (fo->f_frame && !fo->owns_frame && fo->f_frame->previous) return frame_get_object(fo->f_frame->previous);
    return fo->f_back ? newref(fo->f_back) : new_none();
}

const GetSetDef frame_getset[] = {
    {"f_lineno", frame_get_lineno}, {"f_code", frame_get_code}, {"f_globals", frame_get_globals},
    {"f_locals", frame_get_locals}, {"f_lasti", frame_get_lasti}, {"f_back", frame_get_back},
    {nullptr, nullptr},
};

Object* frameobject_repr(Object* self) {
    auto* fo = static_cast<FrameObject*>(self);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(fo));
    Frame* f = fo->f_frame;
    std::string text = std::string("<frame at ") + buf;
    if (f && f->f_code) {
        text += ", file '" + std::string(str_view(f->f_code->co_filename)) + "', line " + std::to_string(f->line()) +
                ", code " + std::string(str_view(f->f_code->co_name));
    }
    return str_from_utf8(text + ">");
}

} // namespace

void init_frame_type() {
    FrameType.tp_name = "frame";
    FrameType.tp_basicsize = 64;
    FrameType.tp_cxx_size = sizeof(FrameObject);
    FrameType.tp_flags = TPFLAGS_HAVE_GC;
    FrameType.tp_dealloc = frameobject_dealloc;
    FrameType.tp_traverse = frameobject_traverse;
    FrameType.tp_clear = frameobject_clear;
    FrameType.tp_repr = frameobject_repr;
    FrameType.tp_getset = frame_getset;
    register_static_type(&FrameType);
}

} // namespace hs
