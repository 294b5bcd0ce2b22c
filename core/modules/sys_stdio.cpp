// sys.stdout and sys.stderr: minimal text streams (CPython's _io.TextIOWrapper) that write to the
// runtime's output sinks. Programs can still replace sys.stdout with any object with a write().
#include "modules/sys.h"

#include "objects/bytesobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/moduleobject.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/finalize.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

namespace hs {

TypeObject StdStreamType;

namespace {


// CPython's _io.TextIOWrapper keeps what it is given in `pending_bytes` until a chunk is full:
// the str itself when it is ASCII, else its encoded bytes; from the second piece on, a list of
// them. Those references show in sys.getrefcount and the list in gc.get_count(), so heapscope
// keeps the same state. The text itself goes to the runtime's sink at once.
constexpr ssize_t kChunkSize = 8192;  // TextIOWrapper's _CHUNK_SIZE

struct StdStreamObject : Object {
    int fd = 1;  // 1: stdout, 2: stderr
    // Block-buffered, as `python3 prog.py > file` (the oracle's setting); stderr is always
    // line-buffered (since 3.9).
    bool line_buffering = false;
    Object* pending = nullptr;  // nullptr, a str or bytes, or a list of them
    ssize_t pending_count = 0;  // bytes pending
};

StdStreamObject* as_stream(Object* self) { return static_cast<StdStreamObject*>(self); }
int stream_fd(Object* self) { return as_stream(self)->fd; }

// _textiowrapper_writeflush: the pending pieces go on to the buffer (their text has already
// gone to the sink).
void stream_write_flush(StdStreamObject* s) {
    s->pending_count = 0;
    clear_ref(s->pending);
}

void stream_dealloc(Object* self) {
    clear_ref(as_stream(self)->pending);
    object_free(self);
}

// _io_TextIOWrapper_write_impl for a str, as 3.11.7 does it.
int stream_write_str(StdStreamObject* s, Object* text) {
    std::string_view utf8 = str_view(text);
    bool needflush = s->line_buffering && utf8.find_first_of("\n\r") != std::string_view::npos;
    ssize_t length = static_cast<StrObject*>(text)->length;
    Ref piece = str_is_ascii(text) && length <= kChunkSize ? Ref::borrowed(text) : Ref(bytes_from(utf8));
    if (!piece) return -1;
    ssize_t piece_bytes = static_cast<ssize_t>(utf8.size());
    // A piece that would overflow the chunk sends what is pending first.
    if (s->pending_count + piece_bytes > kChunkSize) stream_write_flush(s);
    if (!s->pending) {
        s->pending = piece.release();
    } else if (!list_check_exact(s->pending)) {
        Object* list = list_new(2);
        if (!list) return -1;
        list_items(list)[0] = s->pending;
        list_items(list)[1] = piece.release();
        s->pending = list;
    } else if (list_append(s->pending, piece.get()) < 0) {
        return -1;
    }
    s->pending_count += piece_bytes;
    if (s->pending_count >= kChunkSize || needflush) stream_write_flush(s);
    const OutputSink& sink = s->fd == 1 ? rt().write_stdout : rt().write_stderr;
    if (sink && !utf8.empty()) sink(utf8);
    return 0;
}

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
    if (stream_write_str(as_stream(self), s) < 0) return nullptr;
    return int_from_int64(static_cast<StrObject*>(s)->length);
}

Object* stream_flush(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("TextIOWrapper.flush", nargs, kwnames)) return nullptr;
    stream_write_flush(as_stream(self));
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
    s->line_buffering = fd == 2;
    s->pending = nullptr;
    s->pending_count = 0;
    return s;
}

bool is_std_stream(Object* file) { return file->ob_type == &StdStreamType; }

Object* std_stream_pending(Object* stream) { return as_stream(stream)->pending; }

int file_write_text(Object* file, std::string_view text) {
    Ref s(str_from_utf8(text));  // one ASCII character is a shared str, as in PyFile_WriteString
    if (!s) return -1;
    return file_write_object(file, s.get());
}

int file_write_object(Object* file, Object* o) {
    // PyFile_WriteObject: `write` is looked up for each piece (for the builtin streams, a bound
    // builtin method: a GC allocation, freed after the call), before str() runs.
    Ref write(object_getattr_str(file, "write"));
    if (!write) return -1;
    Ref s(object_str(o));
    if (!s) return -1;
    Ref result(call_args(write.get(), {s.get()}));
    return result ? 0 : -1;
}

int file_flush(Object* file) {
    Ref result(call_method(file, "flush", {}));
    return result ? 0 : -1;
}

void std_streams_flush() {
    // flush_std_files(): stdout (an error is reported), then stderr (an error is dropped).
    for (const char* name : {"stdout", "stderr"}) {
        Ref stream = Ref::borrowed(sys_get_object(name));
        if (!stream || stream.get() == None() || file_flush(stream.get()) == 0) continue;
        if (stream.get() == sys_get_object("stdout")) {
            write_unraisable(stream.get());
        } else {
            clear_error();
        }
    }
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
