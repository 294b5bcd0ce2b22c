// The current exception (CPython 3.11's Python/errors.c): setting, fetching, normalizing,
// implicit chaining, and `raise`.
#include "runtime/errors.h"

#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/runtime.h"

#include <cstdarg>
#include <cstdio>

namespace hs {

namespace {

std::string vformat(const char* format, va_list ap) {
    char buf[256];
    va_list copy;
    va_copy(copy, ap);
    int n = std::vsnprintf(buf, sizeof buf, format, copy);
    va_end(copy);
    if (n < 0) return {};
    if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, static_cast<size_t>(n));
    std::string out(static_cast<size_t>(n), '\0');
    std::vsnprintf(out.data(), out.size() + 1, format, ap);
    return out;
}

// _PyErr_Restore: installs the triple (stolen), then releases the previous one.
void restore(TypeObject* type, Object* value, Object* traceback) {
    if (traceback && !traceback_check(traceback)) {
        decref(traceback);
        traceback = nullptr;
    }
    ErrorState& e = rt().error;
    TypeObject* old_type = e.type;
    Object* old_value = e.value;
    Object* old_tb = e.traceback;
    e.type = type;
    e.value = value;
    e.traceback = traceback;
    xdecref(old_type);
    xdecref(old_value);
    xdecref(old_tb);
}

// _PyErr_CreateException: type(), type(*value) or type(value). New reference or nullptr.
Object* create_exception(TypeObject* type, Object* value) {
    Object* exc;
    if (!value || value == None()) {
        exc = object_call(type, nullptr, 0, nullptr);
    } else if (tuple_check(value)) {
        exc = exception_new(type, value);
    } else {
        exc = object_call(type, &value, 1, nullptr);
    }
    if (exc && !exception_instance_check(exc)) {
        Ref type_repr(object_repr(type));
        if (type_repr)
            set_error_format(&TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
                             str_data(type_repr.get()), type_name_of(exc));
        decref(exc);
        return nullptr;
    }
    return exc;
}

// The exception being handled by the innermost except block, if any (sys.exc_info()[1]).
Object* topmost_handled() {
    Object* e = handled_exception();
    return e && e != None() ? e : nullptr;
}

// Sets value.__context__ = context (steals context), first breaking any path from context
// back to value so that no new reference cycle forms (Floyd's cycle detection bounds the walk
// when the chain already has a cycle).
void set_context_avoiding_cycles(Object* value, Object* context) {
    if (context == value) {
        decref(context);
        return;
    }
    Object* o = context;
    Object* slow = o;
    bool toggle = false;
    while (Object* next = as_exception(o)->context) {
        if (next == value) {
            exception_set_context(o, nullptr);
            break;
        }
        o = next;
        if (o == slow) break;  // a pre-existing cycle: every exception on it was checked
        if (toggle) slow = as_exception(slow)->context;
        toggle = !toggle;
    }
    exception_set_context(value, context);
}

} // namespace

// _PyErr_SetObject. `value` is borrowed.
void set_error_object(TypeObject* type, Object* value) {
    xincref(value);
    if (Object* handled = topmost_handled()) {
        // Implicit chaining: the new exception's __context__ is the one being handled, which
        // needs the instance now.
        incref(handled);
        if (!value || !exception_instance_check(value)) {
            clear_error();
            Object* fixed = create_exception(type, value);
            xdecref(value);
            if (!fixed) {
                decref(handled);
                return;
            }
            value = fixed;
        }
        set_context_avoiding_cycles(value, handled);
    }
    Object* tb = nullptr;
    if (value && exception_instance_check(value)) tb = xnewref(as_exception(value)->traceback);
    incref(type);
    restore(type, value, tb);
}

void set_error(TypeObject* type, std::string_view message) {
    Object* value = str_from_utf8(message);
    set_error_object(type, value);
    xdecref(value);
}

void set_error_none(TypeObject* type) { set_error_object(type, nullptr); }

int raise_object(Object* exc) { return raise_object_from(exc, nullptr); }

// CPython's do_raise for `raise exc [from cause]`.
int raise_object_from(Object* exc, Object* cause) {
    Ref value;
    TypeObject* type = nullptr;
    if (exception_class_check(exc)) {
        type = static_cast<TypeObject*>(exc);
        value = Ref(object_call(exc, nullptr, 0, nullptr));
        if (!value) return -1;
        if (!exception_instance_check(value.get())) {
            Ref type_repr(object_repr(exc));
            Ref value_type_repr(object_repr(value->ob_type));
            if (type_repr && value_type_repr)
                set_error_format(&TypeErrorType,
                                 "calling %s should have returned an instance of BaseException, not %s",
                                 str_data(type_repr.get()), str_data(value_type_repr.get()));
            return -1;
        }
    } else if (exception_instance_check(exc)) {
        value = Ref::borrowed(exc);
        type = exc->ob_type;
    } else {
        set_error(&TypeErrorType, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause) {
        Object* fixed_cause = nullptr;
        if (exception_class_check(cause)) {
            fixed_cause = object_call(cause, nullptr, 0, nullptr);
            if (!fixed_cause) return -1;
        } else if (exception_instance_check(cause)) {
            fixed_cause = newref(cause);
        } else if (cause != None()) {
            set_error(&TypeErrorType, "exception causes must derive from BaseException");
            return -1;
        }
        exception_set_cause(value.get(), fixed_cause);
    }
    set_error_object(type, value.get());
    return -1;
}

void set_error_format(TypeObject* type, const char* format, ...) {
    // As PyErr_Format: formatting must not run with an exception set.
    clear_error();
    va_list ap;
    va_start(ap, format);
    std::string message = vformat(format, ap);
    va_end(ap);
    set_error(type, message);
}

bool error_occurred() { return rt().error.type != nullptr; }

bool error_matches(TypeObject* type) {
    TypeObject* current = rt().error.type;
    return current && type_is_subtype(current, type);
}

void clear_error() { restore(nullptr, nullptr, nullptr); }

ErrorState fetch_error() {
    ErrorState state = rt().error;
    rt().error = ErrorState{};
    return state;
}

void restore_error(ErrorState state) { restore(state.type, state.value, state.traceback); }

// _PyErr_NormalizeException. When creating the instance fails, the state takes the exception
// raised meanwhile and normalizes that one instead (returning false). Where CPython gives up
// with a fatal error (a MemoryError while normalizing a MemoryError, or 32 failures in a row),
// the state is left with that exception's type and value as they are.
bool normalize_error(ErrorState& state) {
    bool ok = true;
    for (int failures = 0; state.type; ) {
        TypeObject* type = state.type;
        Object* value = state.value;
        if (value && exception_instance_check(value) && type_is_subtype(value->ob_type, type)) {
            // Believe the instance when its class is more precise than the recorded type.
            if (value->ob_type != type) {
                state.type = static_cast<TypeObject*>(newref(value->ob_type));
                decref(type);
            }
            return ok;
        }
        Object* fixed = create_exception(type, value);
        if (fixed) {
            xdecref(value);
            state.value = fixed;
            return ok;
        }
        ok = false;
        bool memory_error = type == &MemoryErrorType;
        decref(type);
        xdecref(value);
        if (++failures == 32)
            set_error(&RecursionErrorType, "maximum recursion depth exceeded while normalizing an exception");
        // Keep the old traceback if the new exception has none.
        Object* initial_tb = state.traceback;
        state = fetch_error();
        if (initial_tb) {
            if (!state.traceback) state.traceback = initial_tb;
            else decref(initial_tb);
        }
        if (failures >= 32 || (memory_error && state.type == &MemoryErrorType)) return false;
    }
    return ok;
}

Object* fetch_error_normalized() {
    ErrorState state = fetch_error();
    if (!state.type) return nullptr;
    normalize_error(state);
    Object* value = state.value;
    if (value && exception_instance_check(value)) {
        exception_set_traceback(value, state.traceback ? state.traceback : None());
    }
    xdecref(state.type);
    xdecref(state.traceback);
    return value;
}

void chain_error_context(Object* context) {
    if (!context || !error_occurred()) return;
    ErrorState state = fetch_error();
    normalize_error(state);
    if (state.value && exception_instance_check(state.value) && state.value != context)
        set_context_avoiding_cycles(state.value, newref(context));
    restore_error(state);
}

void set_error_from_cause(TypeObject* type, std::string_view message) {
    ErrorState old = fetch_error();
    normalize_error(old);
    Object* cause = old.value;
    if (cause && exception_instance_check(cause) && old.traceback) exception_set_traceback(cause, old.traceback);
    xdecref(old.type);
    xdecref(old.traceback);
    set_error(type, message);
    ErrorState now = fetch_error();
    normalize_error(now);
    if (now.value && exception_instance_check(now.value) && cause && exception_instance_check(cause)) {
        exception_set_cause(now.value, newref(cause));
        exception_set_context(now.value, newref(cause));
    }
    xdecref(cause);
    restore_error(now);
}

void attribute_error_set_context(Object* obj, Object* name) {
    if (!error_matches(&AttributeErrorType)) return;
    ErrorState state = fetch_error();
    normalize_error(state);
    Object* value = state.value;
    if (value && type_is_subtype(value->ob_type, &AttributeErrorType)) {
        auto* e = static_cast<AttributeErrorObject*>(value);
        // An exception raised by a nested lookup keeps the names it already has.
        if (!e->name && !e->obj) {
            e->name = newref(name);
            e->obj = newref(obj);
        }
    }
    restore_error(state);
}

void name_error_set_name(Object* name) {
    if (!error_matches(&NameErrorType)) return;
    ErrorState state = fetch_error();
    normalize_error(state);
    Object* value = state.value;
    if (value && type_is_subtype(value->ob_type, &NameErrorType)) {
        auto* e = static_cast<NameErrorObject*>(value);
        if (!e->name) e->name = newref(name);
    }
    restore_error(state);
}

Object* type_error(const char* format, ...) {
    clear_error();
    va_list ap;
    va_start(ap, format);
    std::string message = vformat(format, ap);
    va_end(ap);
    set_error(&TypeErrorType, message);
    return nullptr;
}

Object* value_error(const char* format, ...) {
    clear_error();
    va_list ap;
    va_start(ap, format);
    std::string message = vformat(format, ap);
    va_end(ap);
    set_error(&ValueErrorType, message);
    return nullptr;
}

Object* no_memory() {
    // Creating the MemoryError instance (when an except block is handling another exception)
    // can itself run out of memory: then set the type alone rather than recurse.
    static bool s_in_no_memory = false;
    if (s_in_no_memory) {
        incref(&MemoryErrorType);
        restore(&MemoryErrorType, nullptr, nullptr);
        return nullptr;
    }
    s_in_no_memory = true;
    set_error_none(&MemoryErrorType);
    s_in_no_memory = false;
    return nullptr;
}

std::string string_format(const char* format, ...) {
    va_list ap;
    va_start(ap, format);
    std::string out = vformat(format, ap);
    va_end(ap);
    return out;
}

} // namespace hs
