// The builtin exception hierarchy (CPython 3.11's, with its instance layouts so that
// sys.getsizeof of an exception is 88 and the traceback/context/cause links are the same).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

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

#define HS_EXCEPTION_TYPES(X)                                                                   \
    X(BaseException) X(BaseExceptionGroup) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit)  \
    X(Exception) X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) X(BufferError)    \
    X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) X(IndexError) X(KeyError)  \
    X(MemoryError) X(NameError) X(UnboundLocalError) X(OSError) X(ReferenceError)               \
    X(RuntimeError) X(NotImplementedError) X(RecursionError) X(SyntaxError) X(IndentationError) \
    X(TabError) X(SystemError) X(TypeError) X(ValueError) X(UnicodeError)                       \
    X(UnicodeDecodeError) X(UnicodeEncodeError) X(Warning) X(UserWarning) X(DeprecationWarning) \
    X(SyntaxWarning) X(RuntimeWarning) X(FutureWarning) X(ResourceWarning)

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

void init_exception_types();

} // namespace hs
