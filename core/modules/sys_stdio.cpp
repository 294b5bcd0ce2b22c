// sys.stdout and sys.stderr: minimal text streams (CPython's _io.TextIOWrapper) that write to the
// runtime's output sinks. Programs can still replace sys.stdout with any object with a write().
#include "modules/sys.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

namespace hs {

TypeObject StdStreamType;

namespace {


struct StdStreamObject : Object {
    int fd = 1;  // 1: stdout, 2: stderr
};

int stream_fd(Object* self) { return static_cast<StdStreamObject*>(self)->fd; }

void stream_dealloc(Object* self) { object_free(self); }

Object* stream_repr(Object* self) {
    return str_from_ascii(stream_fd(self) == 1 ? "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>"
                                               : "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");
}

Object* stream_write(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("TextIOWrapper.write", nargs, kwnames)) return nullptr;
    Object* s = args[0];
    if (!str_check(s)) {
        set_error_format(&TypeErrorType, "write() argument must be str, not %s", type_name_of(s));
        return nullptr;
    }
    std_stream_write(self, str_view(s));
    return int_from_int64(static_cast<StrObject*>(s)->length);
}

Object* stream_flush(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.flush", nargs, kwnames)) return nullptr;
    return new_none();
}

Object* stream_isatty(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.isatty", nargs, kwnames)) return nullptr;
    return new_bool(false);
}

Object* stream_writable(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.writable", nargs, kwnames)) return nullptr;
    return new_bool(true);
}

Object* stream_readable(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.readable", nargs, kwnames)) return nullptr;
    return new_bool(false);
}

Object* stream_fileno(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.fileno", nargs, kwnames)) return nullptr;
    return int_from_int64(stream_fd(self));
}

Object* stream_get_name(Object* self) { return str_from_ascii(stream_fd(self) == 1 ? "<stdout>" : "<stderr>"); }
Object* stream_get_mode(Object*) { return str_from_ascii("w"); }
Object* stream_get_encoding(Object*) { return str_from_ascii("utf-8"); }
Object* stream_get_errors(Object* self) { return str_from_ascii(stream_fd(self) == 1 ? "strict" : "backslashreplace"); }
Object* stream_get_closed(Object*) { return new_bool(false); }

const MethodDef stream_methods[] = {
    {"write", stream_write},
    {"flush", stream_flush},
    {"isatty", stream_isatty},
    {"writable", stream_writable},
    {"readable", stream_readable},
    {"fileno", stream_fileno},
    {nullptr, nullptr},
};

const GetSetDef stream_getset[] = {
    {"name", stream_get_name},
    {"mode", stream_get_mode},
    {"encoding", stream_get_encoding},
    {"errors", stream_get_errors},
    {"closed", stream_get_closed},
    {nullptr, nullptr},
};

} // namespace

Object* std_stream_new(int fd) {
    auto* s = static_cast<StdStreamObject*>(object_alloc(&StdStreamType, sizeof(StdStreamObject)));
    if (!s) return nullptr;
    s->fd = fd;
    return s;
}

bool is_std_stream(Object* file) { return file->ob_type == &StdStreamType; }

void std_stream_write(Object* stream, std::string_view text) {
    Runtime& r = rt();
    const OutputSink& sink = stream_fd(stream) == 1 ? r.write_stdout : r.write_stderr;
    if (sink && !text.empty()) sink(text);
}

int file_write_text(Object* file, std::string_view text) {
    if (is_std_stream(file)) {
        std_stream_write(file, text);
        return 0;
    }
    Ref s(str_from_utf8(text));
    if (!s) return -1;
    return file_write_str(file, s.get());
}

int file_write_str(Object* file, Object* str) {
    if (is_std_stream(file)) {
        std_stream_write(file, str_view(str));
        return 0;
    }
    Ref result(call_method(file, "write", {str}));
    return result ? 0 : -1;
}

int file_flush(Object* file) {
    if (is_std_stream(file)) return 0;
    Ref result(call_method(file, "flush", {}));
    return result ? 0 : -1;
}

Object* sys_get_object(std::string_view name) {
    if (!g_runtime || !rt().sysdict) return nullptr;
    return dict_getitem_str(rt().sysdict, name);
}

void init_std_stream_type() {
    StdStreamType.ob_refcnt = IMMORTAL_REFCNT;
    StdStreamType.ob_type = &TypeType;
    StdStreamType.tp_name = "_io.TextIOWrapper";
    StdStreamType.tp_basicsize = 192;  // getsizeof(sys.stdout) is 208 with the GC header
    StdStreamType.tp_cxx_size = sizeof(StdStreamObject);
    StdStreamType.tp_dealloc = stream_dealloc;
    StdStreamType.tp_repr = stream_repr;
    StdStreamType.tp_getattro = generic_getattr;
    StdStreamType.tp_methods = stream_methods;
    StdStreamType.tp_getset = stream_getset;
    register_static_type(&StdStreamType);
}

} // namespace hs
