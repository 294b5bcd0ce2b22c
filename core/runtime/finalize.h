// Finalizers (PEP 442) and errors that nobody can catch.
#pragma once

#include "runtime/object.h"

namespace hs {

// Runs tp_finalize (e.g. __del__, or closing a generator) once per object, from its dealloc.
// The object is briefly alive again while it runs; returns true when it was resurrected and
// the dealloc must stop.
bool call_finalizer_from_dealloc(Object* o);
// Runs tp_finalize if it has not run yet (the collector's finalize phase).
void call_finalizer(Object* o);
// Prints "Exception ignored in: <repr of obj>" and the current exception's traceback to
// stderr, then clears it (CPython's PyErr_WriteUnraisable).
void write_unraisable(Object* obj);
// The same with another first line: "<msg>: <repr of obj>", or "<msg>:" when obj is nullptr or
// None (CPython's _PyErr_WriteUnraisableMsg, e.g. "Exception ignored in atexit callback").
void write_unraisable_msg(const char* msg, Object* obj);

} // namespace hs
