// Execution frames, as CPython 3.11's _PyInterpreterFrame.
//
// A running function's frame is not a Python object: it lives on the runtime's frame stack
// (or inside a generator object) and holds strong references to its function, code, locals and
// value stack. A FrameObject is created only when something asks for one (a traceback,
// sys._getframe); if the frame finishes while a FrameObject exists, the FrameObject takes over
// the frame's contents (so a saved traceback keeps the frame's locals alive, as in CPython).
#pragma once

#include "objects/codeobject.h"
#include "objects/funcobject.h"
#include "runtime/object.h"

namespace hs {

struct FrameObject;
struct FrameStack;

enum class FrameOwner : uint8_t { FrameStack, Generator, FrameObject };

struct ExcStackItem {
    Object* exc_value = nullptr;             // the exception being handled, or nullptr
    ExcStackItem* previous_item = nullptr;
};

struct Frame {
    FunctionObject* f_func = nullptr;  // strong (module code runs through a function too, as in 3.11)
    Object* f_globals = nullptr;       // borrowed from f_func
    Object* f_builtins = nullptr;      // borrowed from f_func
    Object* f_locals = nullptr;        // strong; the namespace dict of module and class bodies
    CodeObject* f_code = nullptr;      // strong
    FrameObject* frame_obj = nullptr;  // strong, created on demand
    Frame* previous = nullptr;
    int prev_instr = -1;               // index of the instruction executing or last executed
    int stacktop = 0;                  // localsplus[0..stacktop) are live: locals, then the value stack
    bool is_entry = false;             // returning from it returns from eval_frame()
    FrameOwner owner = FrameOwner::FrameStack;
    // localsplus: co_nlocalsplus variable slots, then co_stacksize value-stack slots.
    Object* localsplus[1];

    Object** stack_base() { return localsplus + f_code->co_nlocalsplus; }
    Object** stack_pointer() { return localsplus + stacktop; }
    static size_t size_for(const CodeObject* code) {
        return offsetof(Frame, localsplus) + sizeof(Object*) * static_cast<size_t>(code->co_nlocalsplus + code->co_stacksize);
    }
    int line() const;  // the line of prev_instr
};

// The frame stack (CPython's data stack): frames are pushed and popped in LIFO order.
Frame* frame_stack_push(size_t bytes);
void frame_stack_pop(Frame* frame, size_t bytes);

// Releases everything a finished or abandoned frame holds (locals and value stack included).
// If a FrameObject still refers to the frame, the FrameObject takes the contents over instead.
void frame_clear(Frame* frame);
// Pushes a frame for calling `func` (its reference is stolen); locals are left empty.
Frame* frame_push_for(FunctionObject* func, Object* locals);
// frame_clear() and give the memory back to the frame stack.
void frame_clear_and_pop(Frame* frame);
// The frame's FrameObject, created on first request (new reference).
Object* frame_get_object(Frame* frame);

} // namespace hs
