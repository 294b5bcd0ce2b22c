// The builtin exception hierarchy (CPython 3.11's, with its instance layouts so that
// sys.getsizeof of an exception is 88 and the traceback/context/cause links are the same).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <string_view>

namespace hs {

struct BaseExceptionObject : Object {
    Object* dict = nullptr;
    Object* args = nullptr;       // tuple
    Object* notes = nullptr;
    Object* traceback = nullptr;
    Object* context = nullptr;
    Object* cause = nullptr;
    bool suppress_context = false;
};
struct StopIterationObject : BaseExceptionObject { Object* value = nullptr; };
struct SystemExitObject : BaseExceptionObject { Object* code = nullptr; };
struct NameErrorObject : BaseExceptionObject { Object* name = nullptr; };
struct AttributeErrorObject : BaseExceptionObject { Object* obj = nullptr; Object* name = nullptr; };
struct ImportErrorObject : BaseExceptionObject { Object* msg = nullptr; Object* name = nullptr; Object* path = nullptr; };
struct SyntaxErrorObject : BaseExceptionObject {
    Object* msg = nullptr; Object* filename = nullptr; Object* lineno = nullptr; Object* offset = nullptr;
    Object* text = nullptr; Object* end_lineno = nullptr; Object* end_offset = nullptr;
    Object* print_file_and_line = nullptr;
};
struct OSErrorObject : BaseExceptionObject {
    Object* myerrno = nullptr; Object* strerror = nullptr; Object* filename = nullptr; Object* filename2 = nullptr;
    ssize_t written = -1;  // characters_written (BlockingIOError in CPython); -1: unset
};
// UnicodeDecodeError / UnicodeEncodeError (UnicodeError itself has no extra fields).
struct UnicodeErrorObject : BaseExceptionObject {
    Object* encoding = nullptr; Object* object = nullptr; ssize_t start = 0; ssize_t end = 0; Object* reason = nullptr;
};
struct BaseExceptionGroupObject : BaseExceptionObject { Object* msg = nullptr; Object* excs = nullptr; };

#define HS_EXCEPTION_TYPES(X)                                                                   \
    X(BaseException) X(BaseExceptionGroup) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit)  \
    X(Exception) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError)    \
    X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError)  \
    X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(ReferenceError)               \
    X(RuntimeError) X(NotImplementedError) X(RecursionError) X(SyntaxError) X(IndentationError) \
    X(TabError) X(SystemError) X(TypeError) X(ValueError) X(UnicodeError)                       \
    X(UnicodeDecodeError) X(UnicodeEncodeError) X(Warning) X(UserWarning) X(DeprecationWarning) \
    X(SyntaxWarning) X(RuntimeWarning) X(FutureWarning) X(ResourceWarning) X(BlockingIOError)   \
    X(ChildProcessError) X(ConnectionError) X(BrokenPipeError) X(ConnectionAbortedError)        \
    X(ConnectionRefusedError) X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError)   \
    X(IsADirectoryError) X(NotADirectoryError) X(InterruptedError) X(PermissionError)           \
    X(ProcessLookupError) X(TimeoutError)

#define HS_DECLARE_EXCEPTION_TYPE(name) extern TypeObject name##Type;
HS_EXCEPTION_TYPES(HS_DECLARE_EXCEPTION_TYPE)
#undef HS_DECLARE_EXCEPTION_TYPE

inline bool exception_instance_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_BASE_EXC_SUBCLASS); }
inline bool exception_class_check(const Object* o) {
    return type_has_flag(o->ob_type, TPFLAGS_TYPE_SUBCLASS) &&
           type_has_flag(static_cast<const TypeObject*>(o), TPFLAGS_BASE_EXC_SUBCLASS);
}
// Creates an instance of an exception type with the given args tuple (borrowed).
Object* exception_new(TypeObject* type, Object* args);
// The traceback/context/cause accessors (borrowed references, may be nullptr).
inline BaseExceptionObject* as_exception(Object* o) { return static_cast<BaseExceptionObject*>(o); }
void exception_set_traceback(Object* exc, Object* tb);   // increfs
void exception_set_context(Object* exc, Object* ctx);    // steals ctx
void exception_set_cause(Object* exc, Object* cause);    // steals cause

// `raise exc from cause` (cause may be nullptr for a plain `raise exc`): CPython's do_raise.
// Both borrowed. Sets the exception and returns -1 (always).
int raise_object_from(Object* exc, Object* cause);
// _PyErr_FormatFromCause: replaces the current exception by a new `type`(message) whose
// __cause__ and __context__ are the old one, with the old traceback kept on it (so it prints):
// "generator raised StopIteration".
void set_error_from_cause(TypeObject* type, std::string_view message);
// For 3.11's "Did you mean" (CPython's set_attribute_error_context): after a failed attribute
// lookup of `name` on `obj`, a pending AttributeError without name/obj records them.
void attribute_error_set_context(Object* obj, Object* name);
// The same for a failed name lookup (format_exc_check_arg): a pending NameError records `name`.
void name_error_set_name(Object* name);
// PyErr_GivenExceptionMatches: does an exception (class or instance) match an `except` operand
// (a class or a tuple of them, recursively)?
bool exception_matches(Object* exc_type_or_instance, Object* cls_or_tuple);
// The check CHECK_EXC_MATCH makes before matching: -1 with TypeError "catching classes that do
// not inherit from BaseException is not allowed" when the operand is not a class (or tuple of them).
int check_except_type_valid(Object* cls_or_tuple);

// For heap subclasses (class MyErr(Exception)): the parts of dealloc/traverse/clear that handle
// the fields of the builtin base (the nearest static type in the tp_base chain), so the subtype
// code does its own part (slots, extras) and calls these. dealloc_body releases the fields but
// neither untracks nor frees the memory.
void base_exception_clear(Object* exc);
int base_exception_traverse(Object* exc, visitproc visit, void* arg);
void base_exception_dealloc_body(Object* exc);

// CPython keeps a free list of MemoryError instances, preallocated at start-up, so that raising
// MemoryError when the heap budget is exhausted needs no allocation. runtime_create() calls
// the init after the types are ready; runtime_destroy() calls the fini while objects can still
// be freed.
void exceptions_runtime_init();
void exceptions_runtime_fini();

void init_exception_types();

} // namespace hs
