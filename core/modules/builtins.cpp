// The builtins module: its function table, and the types, exception classes and constants that
// go into its dict. The functions themselves live in builtins_<group>.cpp.
#include "modules/builtins.h"

#include "modules/builtins_impl.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "runtime/types_registry.h"

#include <string_view>

namespace hs {

namespace {

namespace b = builtins;

// Insertion order decides the order of `builtins.__dict__`; this follows bltinmodule.c's table.
const MethodDef builtin_functions[] = {
    {"__import__", b::import_},
    {"abs", b::abs},
    {"all", b::all},
    {"any", b::any},
    {"ascii", b::ascii},
    {"bin", b::bin},
    {"breakpoint", b::breakpoint},
    {"callable", b::callable},
    {"chr", b::chr},
    {"compile", b::compile},
    {"delattr", b::delattr},
    {"dir", b::dir},
    {"divmod", b::divmod},
    {"eval", b::eval},
    {"exec", b::exec},
    {"format", b::format},
    {"getattr", b::getattr},
    {"globals", b::globals},
    {"hasattr", b::hasattr},
    {"hash", b::hash},
    {"hex", b::hex},
    {"id", b::id},
    {"input", b::input},
    {"isinstance", b::isinstance},
    {"issubclass", b::issubclass},
    {"iter", b::iter},
    {"len", b::len},
    {"locals", b::locals},
    {"max", b::max},
    {"min", b::min},
    {"next", b::next},
    {"oct", b::oct},
    {"ord", b::ord},
    {"pow", b::pow},
    {"print", b::print},
    {"repr", b::repr},
    {"round", b::round},
    {"setattr", b::setattr},
    {"sorted", b::sorted},
    {"sum", b::sum},
    {"vars", b::vars},
    {"open", b::open},
    {"memoryview", b::memoryview},
    // Added by CPython's site module; scripts call them to stop.
    {"exit", b::exit},
    {"quit", b::exit},
    {nullptr, nullptr},
};

// The builtin types, found by name among the registered static types so that this file does
// not depend on which file defines each one.
const char* const builtin_type_names[] = {
    "bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float",
    "frozenset", "property", "int", "list", "map", "object", "range", "reversed", "set", "slice",
    "staticmethod", "str", "super", "tuple", "type", "zip",
};

int add_types(Object* dict) {
    for (const char* name : builtin_type_names) {
        for (TypeObject* t : static_types()) {
            if (t->tp_name == name) {
                if (dict_setitem_str(dict, name, t) < 0) return -1;
                break;
            }
        }
    }
#define HS_ADD_EXCEPTION(name) \
    if (dict_setitem_str(dict, #name, &name##Type) < 0) return -1;
    HS_EXCEPTION_TYPES(HS_ADD_EXCEPTION)
#undef HS_ADD_EXCEPTION
    // Aliases kept by CPython for compatibility.
    if (dict_setitem_str(dict, "EnvironmentError", &OSErrorType) < 0) return -1;
    if (dict_setitem_str(dict, "IOError", &OSErrorType) < 0) return -1;
    return 0;
}

int add_constants(Object* dict) {
    struct Constant {
        const char* name;
        Object* value;
    };
    const Constant constants[] = {
        {"None", None()},
        {"Ellipsis", Ellipsis()},
        {"NotImplemented", NotImplemented()},
        {"False", False()},
        {"True", True()},
        {"__debug__", True()},
        {"__package__", None()},
        {"__loader__", None()},
        {"__spec__", None()},
    };
    for (const Constant& c : constants) {
        if (dict_setitem_str(dict, c.name, c.value) < 0) return -1;
    }
    return 0;
}

} // namespace

Object* builtins_module_create() {
    Ref module(module_new("builtins"));
    if (!module) return nullptr;
    Object* dict = module_dict(module.get());
    if (add_constants(dict) < 0) return nullptr;
    if (module_add_functions(module.get(), builtin_functions) < 0) return nullptr;
    if (add_types(dict) < 0) return nullptr;
    return module.release();
}

} // namespace hs
