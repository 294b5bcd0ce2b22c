// The sys module: reference counts and sizes (the lessons' main instruments), the recursion
// limit, exit(), the int/str digit limit, the std streams and interpreter facts.
#include "modules/sys.h"

#include "numeric/bigint.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/int_impl.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "objects/tracebackobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"
#include "runtime/traceback_print.h"
#include "runtime/types_registry.h"
#include "vm/frame.h"

#include <climits>
#include <string>
#include <vector>

namespace hs {

Object* std_stream_new(int fd);  // sys_stdio.cpp
void init_std_stream_type();     // sys_stdio.cpp

TypeObject VersionInfoType;  // sys.version_info: a tuple with named fields (a struct sequence)

namespace {

const char* const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};

Object* version_info_repr(Object* self) {
    std::string text = "sys.version_info(";
    for (ssize_t i = 0; i < tuple_size(self); ++i) {
        Ref item(object_repr(tuple_items(self)[i]));
        if (!item) return nullptr;
        if (i) text += ", ";
        text += version_info_fields[i];
        text += '=';
        text += str_view(item.get());
    }
    text += ')';
    return str_from_utf8(text);
}

template <int I> Object* version_info_field(Object* self) { return newref(tuple_items(self)[I]); }

const GetSetDef version_info_getset[] = {
    {"major", version_info_field<0>},
    {"minor", version_info_field<1>},
    {"micro", version_info_field<2>},
    {"releaselevel", version_info_field<3>},
    {"serial", version_info_field<4>},
    {nullptr, nullptr},
};

Object* version_info_new(TypeObject*, Object* const*, size_t, Object*) {
    set_error(&TypeErrorType, "cannot create 'sys.version_info' instances");
    return nullptr;
}

Object* make_version_info() {
    Ref major(int_from_int64(3)), minor(int_from_int64(11)), micro(int_from_int64(7)), serial(int_from_int64(0));
    Ref level(str_from_ascii("final"));
    if (!major || !minor || !micro || !serial || !level) return nullptr;
    Object* v = type_generic_alloc(&VersionInfoType, 5);
    if (!v) return nullptr;
    Object* items[] = {major.get(), minor.get(), micro.get(), level.get(), serial.get()};
    for (int i = 0; i < 5; ++i) tuple_items(v)[i] = newref(items[i]);
    return v;
}

// sys.getrefcount(o): the argument's own reference (held by the caller's value stack) is
// already in the count, so it is reported as is, exactly as CPython's +1.
Object* sys_getrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.getrefcount", nargs, kwnames)) return nullptr;
    // Observation hook: who holds the references being counted (core/observe/).
    if (g_observer) g_observer->on_getrefcount(args[0]);
    return int_from_int64(args[0]->ob_refcnt);
}

// CPython's _PyType_PreHeaderSize: the GC header, and the managed-dict pointers in front of
// instances of classes with a managed __dict__.
ssize_t preheader_size(TypeObject* type) {
    return (is_gc_type(type) ? 16 : 0) + (type_has_flag(type, TPFLAGS_MANAGED_DICT) ? 16 : 0);
}

// sys.getsizeof(o[, default]) = o.__sizeof__() + the pre-header.
Object* sys_getsizeof(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"getsizeof", {"object", "default"}, 1, 0};
    Object* a[2];
    if (!parse_args(spec, args, nargs, kwnames, a)) return nullptr;
    Object* o = a[0];
    Object* dflt = a[1];
    TypeObject* type = type_of(o);
    Ref result;
    if (!type_lookup(type, intern("__sizeof__"))) {
        set_error_format(&TypeErrorType, "Type %s doesn't define __sizeof__", type_name(type));
    } else {
        result = Ref(call_special(o, "__sizeof__", {}));
    }
    ssize_t size = -1;
    if (result) {
        if (!int_check(result.get())) {
            set_error(&TypeErrorType, "an integer is required");  // PyLong_AsSsize_t's message
        } else {
            size = int_as_ssize(result.get());
            if (size < 0 && !error_occurred()) {
                set_error(&ValueErrorType, "__sizeof__() should return >= 0");
                size = -1;
            }
        }
    }
    if (size < 0) {
        if (dflt && error_matches(&TypeErrorType)) {
            clear_error();
            return newref(dflt);
        }
        return nullptr;
    }
    return int_from_int64(size + preheader_size(type));
}

Object* sys_intern(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.intern", nargs, kwnames)) return nullptr;
    Object* s = args[0];
    if (!str_check(s)) {
        set_error_format(&TypeErrorType, "intern() argument must be str, not %s", type_name_of(s));
        return nullptr;
    }
    if (!str_check_exact(s)) {
        set_error_format(&TypeErrorType, "can't intern %s", type_name_of(s));
        return nullptr;
    }
    Object* result = newref(s);
    str_intern_in_place(&result);
    return result;
}

Object* sys_getrecursionlimit(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getrecursionlimit", nargs, kwnames)) return nullptr;
    return int_from_int64(rt().recursion_limit);
}

// A C int argument (_PyLong_AsInt, through __index__).
bool as_c_int(Object* o, int* out) {
    Ref value(number_index(o));
    if (!value) return false;
    bool overflow = false;
    int64_t v = int_as_int64(value.get(), &overflow);
    if (overflow || v < INT_MIN || v > INT_MAX) {
        set_error(&OverflowErrorType, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

Object* sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.setrecursionlimit", nargs, kwnames)) return nullptr;
    int limit;
    if (!as_c_int(args[0], &limit)) return nullptr;
    if (limit < 1) {
        set_error(&ValueErrorType, "recursion limit must be greater or equal than 1");
        return nullptr;
    }
    int depth = rt().recursion_depth;
    if (depth >= limit) {
        set_error_format(&RecursionErrorType,
                         "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                         depth);
        return nullptr;
    }
    rt().recursion_limit = limit;
    return new_none();
}

// sys.exit([status]): raises SystemExit(status); a tuple becomes the exception's args.
Object* sys_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sys.exit", kwnames) || !check_nargs("exit", nargs, 0, 1)) return nullptr;
    Object* status = nargs ? args[0] : nullptr;
    if (status == None()) status = nullptr;
    set_error_object(&SystemExitType, status);
    return nullptr;
}

Object* sys_getdefaultencoding(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getdefaultencoding", nargs, kwnames)) return nullptr;
    return str_from_ascii("utf-8");
}

Object* sys_get_int_max_str_digits(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.get_int_max_str_digits", nargs, kwnames)) return nullptr;
    return int_from_int64(int_max_str_digits());
}

Object* sys_set_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const ArgSpec spec{"set_int_max_str_digits", {"maxdigits"}, 1, 0};
    Object* maxdigits;
    if (!parse_args(spec, args, nargs, kwnames, &maxdigits)) return nullptr;
    int limit;
    if (!as_c_int(maxdigits, &limit)) return nullptr;
    if (limit != 0 && limit < numeric::kMaxStrDigitsThreshold) {
        set_error_format(&ValueErrorType, "maxdigits must be 0 or larger than %d", numeric::kMaxStrDigitsThreshold);
        return nullptr;
    }
    set_int_max_str_digits(limit);
    return new_none();
}

Object* sys_exc_info(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.exc_info", nargs, kwnames)) return nullptr;
    Object* e = handled_exception();
    if (!e) return tuple_pack({None(), None(), None()});
    Object* tb = as_exception(e)->traceback;
    return tuple_pack({type_of(e), e, tb ? tb : None()});
}

Object* sys_exception(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.exception", nargs, kwnames)) return nullptr;
    Object* e = handled_exception();
    return newref(e ? e : None());
}

Object* sys_getframe(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sys._getframe", kwnames) || !check_nargs("_getframe", nargs, 0, 1)) return nullptr;
    int depth = 0;
    if (nargs && !as_c_int(args[0], &depth)) return nullptr;
    Frame* frame = rt().current_frame;
    while (depth > 0 && frame) {
        frame = frame->previous;
        --depth;
    }
    if (!frame) {
        set_error(&ValueErrorType, "call stack is not deep enough");
        return nullptr;
    }
    return frame_get_object(frame);
}

// sys.excepthook(type, value, traceback): prints the exception and its traceback to stderr as
// for an uncaught one (weakref.finalize's exit function reports errors through it).
Object* sys_excepthook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("sys.excepthook", kwnames) || !check_nargs("excepthook", nargs, 3, 3)) return nullptr;
    Object* value = args[1];
    std::string text;
    if (exception_instance_check(value)) {
        if (traceback_check(args[2])) exception_set_traceback(value, args[2]);
        text = format_exception(value);
    } else {
        text = std::string("TypeError: print_exception(): Exception expected for value, ") + type_name_of(value) +
               " found\n";
    }
    if (rt().write_stderr) rt().write_stderr(text);
    return new_none();
}

const MethodDef sys_functions[] = {
    {"excepthook", sys_excepthook},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"exit", sys_exit},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getrefcount", sys_getrefcount},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"getsizeof", sys_getsizeof},
    {"_getframe", sys_getframe},
    {"intern", sys_intern},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {nullptr, nullptr},
};

int set_str(Object* dict, const char* name, std::string_view value) {
    Ref s(str_from_utf8(value));
    return s ? dict_setitem_str(dict, name, s.get()) : -1;
}

int set_int(Object* dict, const char* name, int64_t value) {
    Ref i(int_from_int64(value));
    return i ? dict_setitem_str(dict, name, i.get()) : -1;
}

int set_new(Object* dict, const char* name, Object* value) {
    Ref holder(value);
    return value ? dict_setitem_str(dict, name, value) : -1;
}

} // namespace

Object* sys_module_create() {
    // The digit limit is per program, as CPython's per interpreter.
    set_int_max_str_digits(numeric::kDefaultMaxStrDigits);
    Ref module(module_new("sys"));
    if (!module) return nullptr;
    Object* d = module_dict(module.get());
    if (module_add_functions(module.get(), sys_functions) < 0) return nullptr;
    Ref out(std_stream_new(1));
    Ref err(std_stream_new(2));
    if (!out || !err) return nullptr;
    for (const char* name : {"stdout", "__stdout__"})
        if (dict_setitem_str(d, name, out.get()) < 0) return nullptr;
    for (const char* name : {"stderr", "__stderr__"})
        if (dict_setitem_str(d, name, err.get()) < 0) return nullptr;
    if (dict_setitem_str(d, "modules", rt().modules) < 0) return nullptr;
    if (dict_setitem_str(d, "__excepthook__", dict_getitem_str(d, "excepthook")) < 0) return nullptr;

    Ref script(str_from_utf8(rt().script_path));
    if (!script || set_new(d, "argv", list_new(1)) < 0) return nullptr;
    list_set_item_steal(dict_getitem_str(d, "argv"), 0, script.release());
    if (set_new(d, "path", list_new(0)) < 0) return nullptr;

    if (set_str(d, "version", "3.11.7 (heapscope: a C++ interpreter with CPython 3.11's memory model)") < 0) return nullptr;
    if (set_new(d, "version_info", make_version_info()) < 0) return nullptr;
    if (set_int(d, "hexversion", 0x030B07F0) < 0) return nullptr;
    if (set_int(d, "maxsize", INT64_MAX) < 0) return nullptr;
    if (set_str(d, "byteorder", "little") < 0) return nullptr;
#ifdef __EMSCRIPTEN__
    if (set_str(d, "platform", "emscripten") < 0) return nullptr;
#else
    if (set_str(d, "platform", "linux") < 0) return nullptr;
#endif
    if (set_str(d, "float_repr_style", "short") < 0) return nullptr;
    if (set_str(d, "executable", "") < 0) return nullptr;
    return module.release();
}

// The sys module's static types. They are readied with the builtin types (see init_float_type).
void init_sys_types() {
    init_std_stream_type();
    VersionInfoType.ob_refcnt = IMMORTAL_REFCNT;
    VersionInfoType.ob_type = &TypeType;
    VersionInfoType.tp_name = "sys.version_info";
    VersionInfoType.tp_base = &TupleType;
    VersionInfoType.tp_basicsize = 24;
    VersionInfoType.tp_itemsize = 8;
    VersionInfoType.tp_cxx_size = sizeof(TupleObject);
    VersionInfoType.tp_cxx_itemsize = sizeof(Object*);
    VersionInfoType.tp_flags = TPFLAGS_HAVE_GC | TPFLAGS_TUPLE_SUBCLASS;
    VersionInfoType.tp_repr = version_info_repr;
    VersionInfoType.tp_new = version_info_new;
    VersionInfoType.tp_getset = version_info_getset;
    register_static_type(&VersionInfoType);
}

int sys_set_argv(const std::vector<std::string>& argv) {
    Object* list = sys_get_object("argv");
    if (!list || !list_check(list)) return 0;
    Ref fresh(list_new(0));
    if (!fresh) return -1;
    for (const std::string& arg : argv) {
        Ref s(str_from_utf8(arg));
        if (!s || list_append(fresh.get(), s.get()) < 0) return -1;
    }
    Object* sys = dict_getitem_str(rt().modules, "sys");
    return dict_setitem_str(module_dict(sys), "argv", fresh.get());
}

} // namespace hs
