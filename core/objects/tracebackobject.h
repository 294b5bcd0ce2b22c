// traceback objects: one link per frame an exception passed through, outermost first
// (CPython 3.11's PyTracebackObject: basicsize 40, a GC type, getsizeof 56).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct TracebackObject : Object {
    TracebackObject* tb_next = nullptr;
    Object* tb_frame = nullptr;  // the frame object
    int tb_lasti = 0;            // byte offset of the instruction that raised (index * 2)
    int tb_lineno = 0;
};

extern TypeObject TracebackType;

inline bool traceback_check(const Object* o) { return o->ob_type == &TracebackType; }

// A new traceback link in front of `next` (borrowed, may be nullptr). Tracked.
Object* traceback_new(Object* next, Object* frame, int lasti, int lineno);
// PyTraceBack_Here: prepends a link for `frame` to the current exception's traceback, as the
// VM does for each frame an exception unwinds. Returns -1 if the link could not be made.
int traceback_here(Object* frame, int lasti, int lineno);

void init_traceback_type();

} // namespace hs
