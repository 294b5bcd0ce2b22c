// The current exception, as CPython 3.11's thread state holds it (type, value, traceback).
//
// A C++ function reports an error by setting it here and returning nullptr (or -1). The value
// may stay unnormalized (a message str, or nullptr) until someone needs the instance: raising
// into Python code normalizes it, internal checks such as "is it StopIteration?" do not, so an
// exception that C++ code catches and clears never allocates an object (as in CPython).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <string>
#include <string_view>

namespace hs {

struct ErrorState {
    TypeObject* type = nullptr;
    Object* value = nullptr;      // an instance, a str message, a tuple of args, or nullptr
    Object* traceback = nullptr;  // traceback object or nullptr
};

void set_error(TypeObject* type, std::string_view message);  // PyErr_SetString
void set_error_object(TypeObject* type, Object* value);        // PyErr_SetObject (value borrowed)
void set_error_none(TypeObject* type);                         // PyErr_SetNone
// Raises an exception instance or class (a `raise` statement's operand). Returns -1.
int raise_object(Object* exc);
// printf-style: %s (const char*), %d, %zd, %lld, %c. Use std::string for the rest.
void set_error_format(TypeObject* type, const char* format, ...) __attribute__((format(printf, 2, 3)));
bool error_occurred();
bool error_matches(TypeObject* type);   // the current exception is a subclass of type
void clear_error();
// Moves the current exception out (the caller owns the references) / back in (steals them).
ErrorState fetch_error();
void restore_error(ErrorState state);
// Moves the current exception out as a normalized instance (new reference), or nullptr.
Object* fetch_error_normalized();
// Replaces an unnormalized value by the instance. Returns false if creating it failed.
bool normalize_error(ErrorState& state);
// Chains `context` as __context__ of the current exception (implicit chaining in except blocks).
void chain_error_context(Object* context);

// Convenience for the most common errors. They return nullptr / -1 for `return set_...;`.
Object* type_error(const char* format, ...) __attribute__((format(printf, 1, 2)));
Object* value_error(const char* format, ...) __attribute__((format(printf, 1, 2)));
Object* no_memory();
// A printf into std::string (used by messages).
std::string string_format(const char* format, ...) __attribute__((format(printf, 1, 2)));

} // namespace hs
