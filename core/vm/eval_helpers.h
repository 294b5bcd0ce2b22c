// The out-of-line parts of instructions (vm/ceval.cpp keeps only the dispatch and the stack).
// Each follows CPython 3.11's ceval.c for the same opcode, messages included.
#pragma once

#include "objects/genobject.h"
#include "runtime/object.h"
#include "vm/frame.h"

namespace hs {

// Recursion accounting for Python frames (3.11 counts them with C re-entries).
int enter_python_frame();
void leave_python_frame();
// Called on backward jumps (CPython's eval breaker): the observer may stop a loop here.
int check_eval_breaker();

Object* load_name(Frame* f, Object* name);
int store_name(Frame* f, Object* name, Object* v);
int delete_name(Frame* f, Object* name);
Object* load_global(Frame* f, Object* name);
int delete_global(Frame* f, Object* name);
Object* load_classderef(Frame* f, int index);
void unbound_local_error(CodeObject* code, int index);
void unbound_deref_error(CodeObject* code, int index);

Object* build_set(Object** items, int n);
Object* build_map(Object** items, int npairs);
Object* build_const_key_map(Object* keys, Object** values, int n);
Object* build_string(Object** pieces, int n);
int list_extend_for_unpack(Object* list, Object* iterable);
int dict_update_for_unpack(Object* dict, Object* update);
int dict_merge_for_call(Object* dict, Object* update, Object* func);
// Unpacks into out[0..]: `before` items (after == -1), or before + list + after (UNPACK_EX).
// Items are written in stack order (the last item lowest), as CPython pushes them.
int unpack_sequence(Object* seq, int before, int after, Object** out);
Object* format_value(Object* value, int conversion, Object* spec);

SendResult send_to(Object* receiver, Object* value, Object** result);
GenObject* generator_of(Frame* f);
Object* call_function_ex(Object* func, Object* callargs, Object* kwargs);

Object* load_build_class(Frame* f);
int setup_annotations(Frame* f);
Object* import_name(Frame* f, Object* name, Object* fromlist, Object* level);
Object* import_from(Object* module, Object* name);
int import_star(Frame* f, Object* module);

// RAISE_VARARGS: steals exc and cause. Returns true for a bare `raise` (re-raise without a new
// traceback entry), false otherwise; the exception is set either way.
bool do_raise(Object* exc, Object* cause);
// RERAISE: steals val and makes it the current exception again, with its traceback.
void reraise_exception(Object* val);
int check_exc_match(Object* exc, Object* type);
Object* before_with(Object* mgr, Object** exit);
Object* with_except_start(Object* exit_func, Object* exc);

// Adds the frame's current line to the traceback of the exception being raised.
void add_traceback_entry(Frame* f);
// The current exception, normalized, with its traceback attached (new reference); clears it.
Object* fetch_error_for_handler();

} // namespace hs
