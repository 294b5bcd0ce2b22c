// Argument parsing for builtin functions and methods, with CPython's error messages.
//
// CPython words its messages differently depending on how a builtin is declared, and programs
// print them, so each shape has its own entry point here:
//   METH_O          check_one_arg   "len() takes exactly one argument (2 given)"
//   METH_NOARGS     check_no_args   "list.copy() takes no arguments (1 given)"
//   positional-only parse_args with positional_only == names.size(), or check_nargs:
//                                   "divmod expected 2 arguments, got 1",
//                                   "dict.get() takes no keyword arguments"
//   with keywords   parse_args      "pow() missing required argument 'exp' (pos 2)",
//                                   "'x' is an invalid keyword argument for int()",
//                                   "split() takes at most 2 arguments (3 given)"
//   *args + keywords parse_keywords "'x' is an invalid keyword argument for print()"
// In every shape unexpected keywords are reported before a wrong number of positionals.
#pragma once

#include "runtime/object.h"

#include <initializer_list>
#include <string_view>

namespace hs {

// Describes a builtin's parameters. `positional_only` leading parameters cannot be passed by
// keyword; `required` leading parameters must be given; keyword_only trailing ones only by name.
// When every parameter is positional-only, the builtin takes no keywords at all and the messages
// are those of CPython's _PyArg_CheckPositional ("get expected at most 2 arguments, got 3").
struct ArgSpec {
    const char* function_name;  // as in messages: "print", "sorted", "pop"
    std::initializer_list<const char*> names;
    int required = 0;
    int positional_only = 0;
    int keyword_only = 0;
    // For "<qualified_name>() takes no keyword arguments" when every parameter is positional-only:
    // "dict.get", "sys.exit" (CPython names methods by class, and functions of modules other than
    // builtins by module). Defaults to function_name.
    const char* qualified_name = nullptr;
};

// Fills out[i] (borrowed, nullptr when not given) for each parameter. Returns false with
// TypeError set on a bad call.
bool parse_args(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out);
// For builtins that take *args and keyword-only parameters (print, max, sorted's key/reverse):
// parses only the keywords (values at args[nargs...]) against spec.names, which are all treated
// as keyword-only. Messages: "max() takes at most 2 keyword arguments (3 given)",
// "'x' is an invalid keyword argument for print()".
bool parse_keywords(const ArgSpec& spec, Object* const* args, size_t nargs, Object* kwnames, Object** out);

// CPython 3.11's _PyArg_Parser makes, the first time it parses (parser_init), a tuple of its
// keyword names that it keeps until the interpreter ends: a GC allocation that gc.get_count() and
// gc.get_objects() see. Builtins call this where CPython's parser would: print on every call,
// clinic functions only when given keywords. Returns false with MemoryError set.
bool arg_parser_init(const ArgSpec& spec);

// Fast checks for the common shapes (messages exactly as CPython's METH_O/METH_NOARGS/...).
// "<function_name>() takes no keyword arguments" when kwnames is a non-empty tuple.
bool check_no_kwargs(const char* function_name, Object* kwnames);
// CPython's _PyArg_CheckPositional: "isinstance expected 2 arguments, got 1",
// "iter expected at least 1 argument, got 0", "vars expected at most 1 argument, got 2".
bool check_nargs(const char* function_name, size_t nargs, size_t min, size_t max);
// METH_O: keywords first, then "<qualified_name>() takes exactly one argument (N given)".
bool check_one_arg(const char* qualified_name, size_t nargs, Object* kwnames);
// METH_NOARGS: keywords first, then "<qualified_name>() takes no arguments (N given)".
bool check_no_args(const char* qualified_name, size_t nargs, Object* kwnames);

inline size_t kwnames_count(Object* kwnames) {
    return kwnames ? static_cast<size_t>(static_cast<VarObject*>(kwnames)->ob_size) : 0;
}

} // namespace hs
