// traceback objects: one link per frame an exception passed through, outermost first
// (CPython 3.11's PyTracebackObject: basicsize 40, a GC type, getsizeof 56).
#pragma once

#include "runtime/object.h"
#include "runtime/traceback_print.h"
#include "runtime/typeobject.h"

#include <string>
#include <vector>

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

// The entries of a traceback chain (outermost first) for runtime/traceback_print.h: file, function
// name, line and the failing instruction's span, read from each link's frame and code.
std::vector<TracebackEntry> traceback_entries(Object* tb);
// For NameError's "Did you mean": the names of the innermost frame of the chain, in the order
// CPython 3.11 searches them: the code's local variable names, then the frame's globals, then
// its builtins. Empty lists when unknown.
std::vector<std::vector<std::string>> traceback_innermost_names(Object* tb);

void init_traceback_type();

} // namespace hs
