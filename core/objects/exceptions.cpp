// BaseException and the builtin exception hierarchy (CPython 3.11's Objects/exceptions.c).
//
// Every builtin exception is a static GC type. An instance keeps its constructor arguments in
// `args`, its links (__traceback__, __context__, __cause__) and an optional __dict__. The types
// with extra fields (StopIteration.value, SyntaxError.lineno, ...) live in exceptions_subtypes.cpp
// and exceptions_other.cpp; this file has BaseException itself, the MemoryError free list, the
// hierarchy table and the helpers the VM uses for `raise` and `except`.
#include "objects/exceptions.h"

#include "objects/dictobject.h"
#include "objects/exceptions_impl.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"


namespace hs {

#define HS_DEFINE_EXCEPTION_TYPE(name) TypeObject name##Type;
HS_EXCEPTION_TYPES(HS_DEFINE_EXCEPTION_TYPE)
#undef HS_DEFINE_EXCEPTION_TYPE

namespace exc_impl {

namespace {

// exception_new() passes an existing args tuple through a vectorcall, which spreads its items
// into an array. CPython hands the tuple itself to BaseException.__new__, which keeps it as
// `args`; the hint lets base_new do the same (same identity, no extra tuple allocation).
Object* g_args_hint = nullptr;

bool tuple_has_items(Object* t, Object* const* args, size_t nargs) {
    if (!t || !tuple_check_exact(t) || tuple_size(t) != static_cast<ssize_t>(nargs)) return false;
    Object** items = tuple_items(t);
    for (size_t i = 0; i < nargs; i++)
        if (items[i] != args[i]) return false;
    return true;
}

Object* tuple_from_array(Object* const* args, size_t nargs) {
    if (nargs == 0) return tuple_empty();
    Object* t = tuple_new(static_cast<ssize_t>(nargs));
    if (!t) return nullptr;
    Object** items = tuple_items(t);
    for (size_t i = 0; i < nargs; i++) items[i] = newref(args[i]);
    return t;
}

// The name CPython's _PyType_Name gives: tp_name after its last dot.
std::string short_type_name(const TypeObject* t) {
    const std::string& name = t->tp_name;
    size_t dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

} // namespace

bool reject_kwargs(Object* self, Object* kwnames) {
    if (kwnames_count(kwnames) == 0) return true;
    set_error_format(&TypeErrorType, "%s() takes no keyword arguments", type_name_of(self));
    return false;
}

Object* base_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* self = type_generic_alloc(type, 0);
    if (!self) return nullptr;
    auto* e = as_exception(self);
    if (g_args_hint && tuple_has_items(g_args_hint, args, nargs)) {
        e->args = newref(g_args_hint);
    } else {
        e->args = tuple_from_array(args, nargs);
        if (!e->args) {
            decref(self);
            return nullptr;
        }
    }
    g_args_hint = nullptr;
    return self;
}

int base_init_args(Object* self, Object* const* args, size_t nargs) {
    auto* e = as_exception(self);
    // __new__ already stored these very arguments: keep that tuple, as CPython (which passes
    // the same tuple to __new__ and __init__) does.
    if (tuple_has_items(e->args, args, nargs)) return 0;
    Object* t = tuple_from_array(args, nargs);
    if (!t) return -1;
    setref(e->args, t);
    return 0;
}

int base_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!reject_kwargs(self, kwnames)) return -1;
    return base_init_args(self, args, nargs);
}

int base_clear(Object* self) {
    auto* e = as_exception(self);
    clear_ref(e->dict);
    clear_ref(e->args);
    clear_ref(e->notes);
    clear_ref(e->traceback);
    clear_ref(e->cause);
    clear_ref(e->context);
    return 0;
}

int base_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_exception(self);
    HS_VISIT(e->dict);
    HS_VISIT(e->args);
    HS_VISIT(e->notes);
    HS_VISIT(e->traceback);
    HS_VISIT(e->cause);
    HS_VISIT(e->context);
    return 0;
}

void base_dealloc(Object* self) {
    gc_untrack(self);
    // Chains of exceptions (through __context__ or tracebacks) can be long: the trashcan keeps
    // freeing them from recursing deeply. As in CPython, only for BaseException's own dealloc.
    bool use_trashcan = self->ob_type->tp_dealloc == base_dealloc;
    if (use_trashcan && trashcan_begin(self)) return;
    base_clear(self);
    gc_free(self);
    if (use_trashcan) trashcan_end();
}

Object* base_str(Object* self) {
    Object* args = as_exception(self)->args;
    ssize_t n = args ? tuple_size(args) : 0;
    if (n == 0) return str_empty();
    if (n == 1) return object_str(tuple_items(args)[0]);
    return object_str(args);
}

namespace {

Object* base_repr(Object* self) {
    Object* args = as_exception(self)->args;
    std::string text = short_type_name(self->ob_type);
    Ref inner(args && tuple_size(args) == 1 ? object_repr(tuple_items(args)[0])
                                            : object_repr(args ? args : tuple_empty()));
    if (!inner) return nullptr;
    bool one = args && tuple_size(args) == 1;
    if (one) text += '(';
    text += str_view(inner.get());
    if (one) text += ')';
    return str_from_utf8(text);
}

// ---- Attributes ------------------------------------------------------------------------------

Object* get_dict(Object* self) {
    auto* e = as_exception(self);
    if (!e->dict) {
        e->dict = dict_new();
        if (!e->dict) return nullptr;
    }
    return newref(e->dict);
}

int set_dict(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "cannot delete __dict__");
        return -1;
    }
    if (!dict_check(value)) {
        set_error_format(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%.200s'", type_name_of(value));
        return -1;
    }
    setref(as_exception(self)->dict, newref(value));
    return 0;
}

Object* get_args(Object* self) { return member_get(as_exception(self)->args); }

int set_args(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "args may not be deleted");
        return -1;
    }
    Object* seq = sequence_tuple(value);
    if (!seq) return -1;
    setref(as_exception(self)->args, seq);
    return 0;
}

Object* get_traceback(Object* self) { return member_get(as_exception(self)->traceback); }

int set_traceback(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "__traceback__ may not be deleted");
        return -1;
    }
    if (value != None() && !traceback_check(value)) {
        set_error(&TypeErrorType, "__traceback__ must be a traceback or None");
        return -1;
    }
    exception_set_traceback(self, value);
    return 0;
}

Object* get_context(Object* self) { return member_get(as_exception(self)->context); }

int set_context(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "__context__ may not be deleted");
        return -1;
    }
    if (value == None()) {
        value = nullptr;
    } else if (!exception_instance_check(value)) {
        set_error(&TypeErrorType, "exception context must be None or derive from BaseException");
        return -1;
    }
    exception_set_context(self, xnewref(value));
    return 0;
}

Object* get_cause(Object* self) { return member_get(as_exception(self)->cause); }

int set_cause(Object* self, Object* value) {
    if (!value) {
        set_error(&TypeErrorType, "__cause__ may not be deleted");
        return -1;
    }
    if (value == None()) {
        value = nullptr;
    } else if (!exception_instance_check(value)) {
        set_error(&TypeErrorType, "exception cause must be None or derive from BaseException");
        return -1;
    }
    exception_set_cause(self, xnewref(value));
    return 0;
}

Object* get_suppress_context(Object* self) {
    return newref(as_exception(self)->suppress_context ? True() : False());
}

int set_suppress_context(Object* self, Object* value) {
    // A T_BOOL member, with its messages.
    if (!value) {
        set_error(&TypeErrorType, "can't delete numeric/char attribute");
        return -1;
    }
    if (value != True() && value != False()) {
        set_error(&TypeErrorType, "attribute value type must be bool");
        return -1;
    }
    as_exception(self)->suppress_context = value == True();
    return 0;
}

const GetSetDef base_getset[] = {
    {"__dict__", get_dict, set_dict},
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {nullptr, nullptr},
};

// ---- Methods -----------------------------------------------------------------------------------

Object* with_traceback(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("BaseException.with_traceback", nargs, kwnames)) return nullptr;
    if (set_traceback(self, args[0]) < 0) return nullptr;
    return newref(self);
}

Object* add_note(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("BaseException.add_note", nargs, kwnames)) return nullptr;
    Object* note = args[0];
    if (!str_check(note)) {
        set_error_format(&TypeErrorType, "note must be a str, not '%s'", type_name_of(note));
        return nullptr;
    }
    Object* name = intern("__notes__");
    Object* notes = nullptr;
    int found = object_lookup_attr(self, name, &notes);
    if (found < 0) return nullptr;
    if (found == 0) {
        notes = list_new(0);
        if (!notes) return nullptr;
        if (object_setattr(self, name, notes) < 0) {
            decref(notes);
            return nullptr;
        }
        // CPython drops its list and reads the attribute back.
        decref(notes);
        notes = object_getattr(self, name);
        if (!notes) return nullptr;
    }
    Ref holder(notes);
    if (!list_check(notes)) {
        set_error(&TypeErrorType, "Cannot add note: __notes__ is not a list");
        return nullptr;
    }
    if (list_append(notes, note) < 0) return nullptr;
    return new_none();
}

const MethodDef base_methods[] = {
    {"with_traceback", with_traceback},
    {"add_note", add_note},
    {nullptr, nullptr},
};

// ---- MemoryError's free list ---------------------------------------------------------------------
// Revived instances skip the allocator, so they do not move gc.get_count(), as in CPython.

constexpr int MEMERRORS_SAVE = 16;
struct MemErrorFreeList {
    Runtime* owner = nullptr;
    Object* head = nullptr;  // linked through the `args` field
    int numfree = 0;
};
MemErrorFreeList g_memerrors;

bool memerrors_usable() { return g_memerrors.owner && g_memerrors.owner == g_runtime; }

Object* memerror_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type != &MemoryErrorType || !memerrors_usable() || !g_memerrors.head)
        return base_new(type, args, nargs, kwnames);
    Object* self = g_memerrors.head;
    auto* e = as_exception(self);
    g_memerrors.head = e->args;
    g_memerrors.numfree--;
    // As CPython, a revived instance starts with empty args; __init__ then sets them.
    e->args = tuple_empty();
    e->dict = nullptr;
    self->ob_refcnt = 1;
    if (g_observer) g_observer->on_object_new(self);
    gc_track(self);
    return self;
}

void memerror_dealloc(Object* self) {
    gc_untrack(self);
    base_clear(self);
    if (self->ob_type != &MemoryErrorType || !memerrors_usable() || g_memerrors.numfree >= MEMERRORS_SAVE) {
        gc_free(self);
        return;
    }
    if (g_observer) g_observer->on_object_free(self);
    as_exception(self)->args = g_memerrors.head;
    g_memerrors.head = self;
    g_memerrors.numfree++;
}

// ---- The hierarchy ---------------------------------------------------------------------------------

struct TypeSpec {
    TypeObject* type;
    TypeObject* base;
    const char* name;
    ssize_t basicsize;  // CPython 3.11's __basicsize__
    const char* doc;
};

const TypeSpec kTypes[] = {
    {&BaseExceptionType, nullptr, "BaseException", 72, "Common base class for all exceptions"},
    {&BaseExceptionGroupType, &BaseExceptionType, "BaseExceptionGroup", 88, "A combination of multiple unrelated exceptions."},
    {&SystemExitType, &BaseExceptionType, "SystemExit", 80, "Request to exit from the interpreter."},
    {&KeyboardInterruptType, &BaseExceptionType, "KeyboardInterrupt", 72, "Program interrupted by user."},
    {&GeneratorExitType, &BaseExceptionType, "GeneratorExit", 72, "Request that a generator exit."},
    {&ExceptionType, &BaseExceptionType, "Exception", 72, "Common base class for all non-exit exceptions."},
    {&StopIterationType, &ExceptionType, "StopIteration", 80, "Signal the end from iterator.__next__()."},
    {&StopAsyncIterationType, &ExceptionType, "StopAsyncIteration", 72, "Signal the end from iterator.__anext__()."},
    {&ArithmeticErrorType, &ExceptionType, "ArithmeticError", 72, "Base class for arithmetic errors."},
    {&FloatingPointErrorType, &ArithmeticErrorType, "FloatingPointError", 72, "Floating point operation failed."},
    {&OverflowErrorType, &ArithmeticErrorType, "OverflowError", 72, "Result too large to be represented."},
    {&ZeroDivisionErrorType, &ArithmeticErrorType, "ZeroDivisionError", 72, "Second argument to a division or modulo operation was zero."},
    {&AssertionErrorType, &ExceptionType, "AssertionError", 72, "Assertion failed."},
    {&AttributeErrorType, &ExceptionType, "AttributeError", 88, "Attribute not found."},
    {&BufferErrorType, &ExceptionType, "BufferError", 72, "Buffer error."},
    {&EOFErrorType, &ExceptionType, "EOFError", 72, "Read beyond end of file."},
    {&ImportErrorType, &ExceptionType, "ImportError", 96, "Import can't find module, or can't find name in module."},
    {&ModuleNotFoundErrorType, &ImportErrorType, "ModuleNotFoundError", 96, "Module not found."},
    {&LookupErrorType, &ExceptionType, "LookupError", 72, "Base class for lookup errors."},
    {&IndexErrorType, &LookupErrorType, "IndexError", 72, "Sequence index out of range."},
    {&KeyErrorType, &LookupErrorType, "KeyError", 72, "Mapping key not found."},
    {&MemoryErrorType, &ExceptionType, "MemoryError", 72, "Out of memory."},
    {&NameErrorType, &ExceptionType, "NameError", 80, "Name not found globally."},
    {&UnboundLocalErrorType, &NameErrorType, "UnboundLocalError", 80, "Local name referenced but not bound to a value."},
    {&OSErrorType, &ExceptionType, "OSError", 112, "Base class for I/O related errors."},
    {&ReferenceErrorType, &ExceptionType, "ReferenceError", 72, "Weak ref proxy used after referent went away."},
    {&RuntimeErrorType, &ExceptionType, "RuntimeError", 72, "Unspecified run-time error."},
    {&NotImplementedErrorType, &RuntimeErrorType, "NotImplementedError", 72, "Method or function hasn't been implemented yet."},
    {&RecursionErrorType, &RuntimeErrorType, "RecursionError", 72, "Recursion limit exceeded."},
    {&SyntaxErrorType, &ExceptionType, "SyntaxError", 136, "Invalid syntax."},
    {&IndentationErrorType, &SyntaxErrorType, "IndentationError", 136, "Improper indentation."},
    {&TabErrorType, &IndentationErrorType, "TabError", 136, "Improper mixture of spaces and tabs."},
    {&SystemErrorType, &ExceptionType, "SystemError", 72,
     "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the "
     "traceback,\nthe Python version, and the hardware/OS platform and version."},
    {&TypeErrorType, &ExceptionType, "TypeError", 72, "Inappropriate argument type."},
    {&ValueErrorType, &ExceptionType, "ValueError", 72, "Inappropriate argument value (of correct type)."},
    {&UnicodeErrorType, &ValueErrorType, "UnicodeError", 72, "Unicode related error."},
    {&UnicodeDecodeErrorType, &UnicodeErrorType, "UnicodeDecodeError", 112, "Unicode decoding error."},
    {&UnicodeEncodeErrorType, &UnicodeErrorType, "UnicodeEncodeError", 112, "Unicode encoding error."},
    {&WarningType, &ExceptionType, "Warning", 72, "Base class for warning categories."},
    {&UserWarningType, &WarningType, "UserWarning", 72, "Base class for warnings generated by user code."},
    {&DeprecationWarningType, &WarningType, "DeprecationWarning", 72, "Base class for warnings about deprecated features."},
    {&SyntaxWarningType, &WarningType, "SyntaxWarning", 72, "Base class for warnings about dubious syntax."},
    {&RuntimeWarningType, &WarningType, "RuntimeWarning", 72, "Base class for warnings about dubious runtime behavior."},
    {&FutureWarningType, &WarningType, "FutureWarning", 72,
     "Base class for warnings about constructs that will change semantically\nin the future."},
    {&ResourceWarningType, &WarningType, "ResourceWarning", 72, "Base class for warnings about resource usage."},
    // OSError's subclasses, picked by OSError(errno, ...) (exceptions_other.cpp).
    {&BlockingIOErrorType, &OSErrorType, "BlockingIOError", 112, "I/O operation would block."},
    {&ChildProcessErrorType, &OSErrorType, "ChildProcessError", 112, "Child process error."},
    {&ConnectionErrorType, &OSErrorType, "ConnectionError", 112, "Connection error."},
    {&BrokenPipeErrorType, &ConnectionErrorType, "BrokenPipeError", 112, "Broken pipe."},
    {&ConnectionAbortedErrorType, &ConnectionErrorType, "ConnectionAbortedError", 112, "Connection aborted."},
    {&ConnectionRefusedErrorType, &ConnectionErrorType, "ConnectionRefusedError", 112, "Connection refused."},
    {&ConnectionResetErrorType, &ConnectionErrorType, "ConnectionResetError", 112, "Connection reset."},
    {&FileExistsErrorType, &OSErrorType, "FileExistsError", 112, "File already exists."},
    {&FileNotFoundErrorType, &OSErrorType, "FileNotFoundError", 112, "File not found."},
    {&IsADirectoryErrorType, &OSErrorType, "IsADirectoryError", 112, "Operation doesn't work on directories."},
    {&NotADirectoryErrorType, &OSErrorType, "NotADirectoryError", 112, "Operation only works on directories."},
    {&InterruptedErrorType, &OSErrorType, "InterruptedError", 112, "Interrupted by signal."},
    {&PermissionErrorType, &OSErrorType, "PermissionError", 112, "Not enough permissions."},
    {&ProcessLookupErrorType, &OSErrorType, "ProcessLookupError", 112, "Process not found."},
    {&TimeoutErrorType, &OSErrorType, "TimeoutError", 112, "Timeout expired."},
};

// The builtin type whose instance layout `t` uses (the nearest static type in the tp_base chain).
TypeObject* static_base(TypeObject* t) {
    while (type_has_flag(t, TPFLAGS_HEAPTYPE) && t->tp_base) t = t->tp_base;
    return t;
}

} // namespace

} // namespace exc_impl

using namespace exc_impl;

// ---- Public helpers -----------------------------------------------------------------------------------

Object* exception_new(TypeObject* type, Object* args) {
    Object* saved = g_args_hint;
    g_args_hint = args;
    Object* result = call_tuple_dict(type, args, nullptr);
    g_args_hint = saved;
    return result;
}

void exception_set_traceback(Object* exc, Object* tb) {
    if (tb == None()) tb = nullptr;
    setref(as_exception(exc)->traceback, xnewref(tb));
}

void exception_set_context(Object* exc, Object* ctx) { setref(as_exception(exc)->context, ctx); }

void exception_set_cause(Object* exc, Object* cause) {
    auto* e = as_exception(exc);
    e->suppress_context = true;
    setref(e->cause, cause);
}

bool exception_matches(Object* err, Object* exc) {
    if (!err || !exc) return false;
    if (tuple_check(exc)) {
        ssize_t n = tuple_size(exc);
        Object** items = tuple_items(exc);
        for (ssize_t i = 0; i < n; i++)
            if (exception_matches(err, items[i])) return true;
        return false;
    }
    if (exception_instance_check(err)) err = err->ob_type;
    if (exception_class_check(err) && exception_class_check(exc))
        return type_is_subtype(static_cast<TypeObject*>(err), static_cast<TypeObject*>(exc));
    return err == exc;
}

int check_except_type_valid(Object* right) {
    if (tuple_check(right)) {
        ssize_t n = tuple_size(right);
        Object** items = tuple_items(right);
        for (ssize_t i = 0; i < n; i++) {
            if (!exception_class_check(items[i])) {
                set_error(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
        }
        return 0;
    }
    if (!exception_class_check(right)) {
        set_error(&TypeErrorType, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return 0;
}

void base_exception_clear(Object* exc) { static_base(exc->ob_type)->tp_clear(exc); }

int base_exception_traverse(Object* exc, visitproc visit, void* arg) {
    return static_base(exc->ob_type)->tp_traverse(exc, visit, arg);
}

void base_exception_dealloc_body(Object* exc) { base_exception_clear(exc); }

void exceptions_runtime_init() {
    if (memerrors_usable()) return;  // already done for this runtime
    g_memerrors = MemErrorFreeList{};
    g_memerrors.owner = g_runtime;
    // As CPython's preallocate_memerrors: create the instances, then let them die into the list.
    Object* made[MEMERRORS_SAVE] = {};
    for (int i = 0; i < MEMERRORS_SAVE; i++) {
        made[i] = memerror_new(&MemoryErrorType, nullptr, 0, nullptr);
        if (!made[i]) {
            clear_error();
            break;
        }
    }
    for (Object* e : made) xdecref(e);
}

void exceptions_runtime_fini() {
    if (!memerrors_usable()) return;
    while (Object* self = g_memerrors.head) {
        g_memerrors.head = as_exception(self)->args;
        as_exception(self)->args = nullptr;
        gc_free(self);
    }
    g_memerrors = MemErrorFreeList{};
}

void init_exception_types() {
    for (const TypeSpec& spec : kTypes) {
        TypeObject* t = spec.type;
        t->ob_refcnt = 1;
        t->ob_type = &TypeType;
        t->tp_name = spec.name;
        t->tp_doc = spec.doc;
        t->tp_base = spec.base;
        t->tp_basicsize = spec.basicsize;
        t->tp_flags = TPFLAGS_BASE_EXC_SUBCLASS | TPFLAGS_BASETYPE | TPFLAGS_HAVE_GC;
        // `dict` is the first field after the object header, at CPython's offset (16).
        t->tp_dictoffset = static_cast<ssize_t>(sizeof(Object));
    }
    TypeObject& b = BaseExceptionType;
    b.tp_cxx_size = sizeof(BaseExceptionObject);
    b.tp_new = base_new;
    b.tp_init = base_init;
    b.tp_dealloc = base_dealloc;
    b.tp_traverse = base_traverse;
    b.tp_clear = base_clear;
    b.tp_str = base_str;
    b.tp_repr = base_repr;
    b.tp_getattro = generic_getattr;
    b.tp_setattro = generic_setattr;
    b.tp_getset = base_getset;
    b.tp_methods = base_methods;
    MemoryErrorType.tp_new = memerror_new;
    MemoryErrorType.tp_dealloc = memerror_dealloc;
    init_field_exception_types();
    init_other_exception_types();
    // Each type takes the slots it did not set from its base (the table lists bases first).
    for (const TypeSpec& spec : kTypes) {
        TypeObject* t = spec.type;
        TypeObject* base = spec.base;
        if (!base) continue;
        if (!t->tp_cxx_size) t->tp_cxx_size = base->tp_cxx_size;
        if (!t->tp_new) t->tp_new = base->tp_new;
        if (!t->tp_init) t->tp_init = base->tp_init;
        if (!t->tp_dealloc) t->tp_dealloc = base->tp_dealloc;
        if (!t->tp_traverse) t->tp_traverse = base->tp_traverse;
        if (!t->tp_clear) t->tp_clear = base->tp_clear;
        if (!t->tp_str) t->tp_str = base->tp_str;
        if (!t->tp_repr) t->tp_repr = base->tp_repr;
        if (!t->tp_getattro) t->tp_getattro = base->tp_getattro;
        if (!t->tp_setattro) t->tp_setattro = base->tp_setattro;
    }
    for (const TypeSpec& spec : kTypes) register_static_type(spec.type);
    init_traceback_type();
}

} // namespace hs
