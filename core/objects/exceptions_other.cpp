// The less common builtin exceptions with fields, kept minimal: OSError (errno, strerror,
// filename), UnicodeDecodeError / UnicodeEncodeError, and BaseExceptionGroup.
//
// Known difference from CPython: BaseExceptionGroup never becomes ExceptionGroup and has no
// split()/subgroup()/derive().
#include "objects/exceptions.h"

#include "objects/bytesobject.h"
#include "objects/exceptions_impl.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstdio>
#include <string>

namespace hs::exc_impl {

namespace {

// Appends str(o) (or repr(o)) to out; false on error.
bool append_text(std::string& out, Object* o, bool repr) {
    Ref s(repr ? object_repr(o) : object_str(o));
    if (!s) return false;
    out += str_view(s.get());
    return true;
}

// ---- OSError -----------------------------------------------------------------------------------

OSErrorObject* as_os(Object* o) { return static_cast<OSErrorObject*>(o); }

// The subclass OSError(errno, ...) becomes, as CPython's errnomap (Linux errno values).
TypeObject* oserror_subclass_for(int64_t err) {
    switch (err) {
        case 11: case 114: case 115: return &BlockingIOErrorType;  // EAGAIN, EALREADY, EINPROGRESS
        case 10: return &ChildProcessErrorType;                     // ECHILD
        case 32: case 108: return &BrokenPipeErrorType;             // EPIPE, ESHUTDOWN
        case 103: return &ConnectionAbortedErrorType;               // ECONNABORTED
        case 111: return &ConnectionRefusedErrorType;               // ECONNREFUSED
        case 104: return &ConnectionResetErrorType;                 // ECONNRESET
        case 17: return &FileExistsErrorType;                       // EEXIST
        case 2: return &FileNotFoundErrorType;                      // ENOENT
        case 21: return &IsADirectoryErrorType;                     // EISDIR
        case 20: return &NotADirectoryErrorType;                    // ENOTDIR
        case 4: return &InterruptedErrorType;                       // EINTR
        case 1: case 13: return &PermissionErrorType;               // EPERM, EACCES
        case 3: return &ProcessLookupErrorType;                     // ESRCH
        case 110: return &TimeoutErrorType;                         // ETIMEDOUT
        default: return nullptr;
    }
}

Object* os_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames_count(kwnames)) {
        set_error_format(&TypeErrorType, "%s() takes no keyword arguments", type_name(type));
        return nullptr;
    }
    if (type == &OSErrorType && nargs >= 2 && nargs <= 5 && int_check(args[0])) {
        bool overflow = false;
        int64_t err = int_as_int64(args[0], &overflow);
        if (TypeObject* sub = overflow ? nullptr : oserror_subclass_for(err)) type = sub;
    }
    Ref self(base_new(type, args, nargs, kwnames));
    if (!self) return nullptr;
    auto* e = as_os(self.get());
    e->written = -1;
    if (nargs < 2 || nargs > 5) return self.release();
    member_set(e->myerrno, args[0]);
    member_set(e->strerror, args[1]);
    Object* filename = nargs >= 3 ? args[2] : nullptr;
    Object* filename2 = nargs >= 5 ? args[4] : nullptr;
    if (filename && filename != None() && type == &BlockingIOErrorType && int_check(filename)) {
        // BlockingIOError(errno, strerror, characters_written)
        e->written = index_as_ssize(filename, &ValueErrorType);
        if (e->written == -1 && error_occurred()) return nullptr;
    } else if (filename && filename != None()) {
        member_set(e->filename, filename);
        if (filename2 && filename2 != None()) member_set(e->filename2, filename2);
        // As CPython: the file names leave `args`, which keeps (errno, strerror).
        Object* pair = tuple_pack({args[0], args[1]});
        if (!pair) return nullptr;
        setref(e->args, pair);
    }
    return self.release();
}

// Everything was done by __new__.
int os_init(Object*, Object* const*, size_t, Object*) { return 0; }

int os_clear(Object* self) {
    auto* e = as_os(self);
    clear_ref(e->myerrno);
    clear_ref(e->strerror);
    clear_ref(e->filename);
    clear_ref(e->filename2);
    return base_clear(self);
}

int os_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_os(self);
    HS_VISIT(e->myerrno);
    HS_VISIT(e->strerror);
    HS_VISIT(e->filename);
    HS_VISIT(e->filename2);
    return base_traverse(self, visit, arg);
}

// "[Errno 2] No such file or directory: 'x.txt'"
Object* os_str(Object* self) {
    auto* e = as_os(self);
    if (!e->filename && !(e->myerrno && e->strerror)) return base_str(self);
    std::string text = "[Errno ";
    if (!append_text(text, e->myerrno ? e->myerrno : None(), false)) return nullptr;
    text += "] ";
    if (!append_text(text, e->strerror ? e->strerror : None(), false)) return nullptr;
    if (e->filename) {
        text += ": ";
        if (!append_text(text, e->filename, true)) return nullptr;
        if (e->filename2) {
            text += " -> ";
            if (!append_text(text, e->filename2, true)) return nullptr;
        }
    }
    return str_from_utf8(text);
}

#define HS_OS_MEMBER(attr, field)                                                                \
    Object* os_get_##attr(Object* self) { return member_get(as_os(self)->field); }               \
    int os_set_##attr(Object* self, Object* v) { return member_set(as_os(self)->field, v); }
HS_OS_MEMBER(errno, myerrno)
HS_OS_MEMBER(strerror, strerror)
HS_OS_MEMBER(filename, filename)
HS_OS_MEMBER(filename2, filename2)
#undef HS_OS_MEMBER

Object* os_get_written(Object* self) {
    if (as_os(self)->written == -1) {
        set_error(&AttributeErrorType, "characters_written");
        return nullptr;
    }
    return int_from_int64(as_os(self)->written);
}

int os_set_written(Object* self, Object* v) {
    auto* e = as_os(self);
    if (!v) {
        if (e->written == -1) {
            set_error(&AttributeErrorType, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ssize_t n = index_as_ssize(v, &ValueErrorType);
    if (n == -1 && error_occurred()) return -1;
    e->written = n;
    return 0;
}

const GetSetDef os_getset[] = {
    {"errno", os_get_errno, os_set_errno},
    {"strerror", os_get_strerror, os_set_strerror},
    {"filename", os_get_filename, os_set_filename},
    {"filename2", os_get_filename2, os_set_filename2},
    {"characters_written", os_get_written, os_set_written},
    {nullptr, nullptr},
};

// ---- UnicodeDecodeError / UnicodeEncodeError ----------------------------------------------------

UnicodeErrorObject* as_uni(Object* o) { return static_cast<UnicodeErrorObject*>(o); }

// PyArg_ParseTuple(args, "UOnnU"): the object must be bytes (decode) or str (encode).
int unicode_init(Object* self, Object* const* args, size_t nargs, Object* kwnames, bool decode) {
    if (base_init(self, args, nargs, kwnames) < 0) return -1;
    auto* e = as_uni(self);
    clear_ref(e->encoding);
    clear_ref(e->object);
    clear_ref(e->reason);
    if (nargs != 5) {
        set_error_format(&TypeErrorType, "function takes exactly 5 arguments (%zd given)", static_cast<ssize_t>(nargs));
        return -1;
    }
    if (!str_check(args[0])) {
        set_error_format(&TypeErrorType, "argument 1 must be str, not %s", type_name_of(args[0]));
        return -1;
    }
    if (!decode && !str_check(args[1])) {
        set_error_format(&TypeErrorType, "argument 2 must be str, not %s", type_name_of(args[1]));
        return -1;
    }
    ssize_t start = index_as_ssize(args[2], &OverflowErrorType);
    if (start == -1 && error_occurred()) return -1;
    ssize_t end = index_as_ssize(args[3], &OverflowErrorType);
    if (end == -1 && error_occurred()) return -1;
    if (!str_check(args[4])) {
        set_error_format(&TypeErrorType, "argument 5 must be str, not %s", type_name_of(args[4]));
        return -1;
    }
    if (decode && !bytes_check(args[1])) {
        set_error_format(&TypeErrorType, "a bytes-like object is required, not '%s'", type_name_of(args[1]));
        return -1;
    }
    e->encoding = newref(args[0]);
    e->object = newref(args[1]);
    e->start = start;
    e->end = end;
    e->reason = newref(args[4]);
    return 0;
}

int decode_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return unicode_init(self, args, nargs, kwnames, true);
}
int encode_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return unicode_init(self, args, nargs, kwnames, false);
}

int unicode_clear(Object* self) {
    auto* e = as_uni(self);
    clear_ref(e->encoding);
    clear_ref(e->object);
    clear_ref(e->reason);
    return base_clear(self);
}

int unicode_traverse(Object* self, visitproc visit, void* arg) {
    auto* e = as_uni(self);
    HS_VISIT(e->encoding);
    HS_VISIT(e->object);
    HS_VISIT(e->reason);
    return base_traverse(self, visit, arg);
}

// The code point at index `index` of a str (UTF-8 inside).
uint32_t str_char_at(Object* s, ssize_t index) {
    std::string_view text = str_view(s);
    size_t i = 0;
    for (ssize_t n = 0; n < index && i < text.size(); n++) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    }
    auto byte = [&](size_t k) { return static_cast<uint32_t>(static_cast<unsigned char>(text[k])); };
    uint32_t c = byte(i);
    if (c < 0x80) return c;
    if (c < 0xE0) return ((c & 0x1F) << 6) | (byte(i + 1) & 0x3F);
    if (c < 0xF0) return ((c & 0x0F) << 12) | ((byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
    return ((c & 0x07) << 18) | ((byte(i + 1) & 0x3F) << 12) | ((byte(i + 2) & 0x3F) << 6) | (byte(i + 3) & 0x3F);
}

Object* unicode_str(Object* self, bool decode) {
    auto* e = as_uni(self);
    if (!e->object) return str_empty();  // __init__ failed
    std::string text = "'";
    if (!append_text(text, e->encoding, false)) return nullptr;
    text += decode ? "' codec can't decode " : "' codec can't encode ";
    ssize_t length = decode ? static_cast<VarObject*>(e->object)->ob_size : static_cast<StrObject*>(e->object)->length;
    char buf[96];
    if (e->start < length && e->end == e->start + 1) {
        if (decode) {
            unsigned byte = static_cast<unsigned char>(bytes_data(e->object)[e->start]);
            std::snprintf(buf, sizeof buf, "byte 0x%02x in position %zd: ", byte, e->start);
        } else {
            uint32_t c = str_char_at(e->object, e->start);
            const char* fmt = c <= 0xff ? "character '\\x%02x' in position %zd: "
                              : c <= 0xffff ? "character '\\u%04x' in position %zd: "
                                            : "character '\\U%08x' in position %zd: ";
            std::snprintf(buf, sizeof buf, fmt, static_cast<unsigned>(c), e->start);
        }
    } else {
        std::snprintf(buf, sizeof buf, "%s in position %zd-%zd: ", decode ? "bytes" : "characters", e->start,
                      e->end - 1);
    }
    text += buf;
    if (!append_text(text, e->reason, false)) return nullptr;
    return str_from_utf8(text);
}

Object* decode_str(Object* self) { return unicode_str(self, true); }
Object* encode_str(Object* self) { return unicode_str(self, false); }

Object* uni_get_encoding(Object* self) { return member_get(as_uni(self)->encoding); }
int uni_set_encoding(Object* self, Object* v) { return member_set(as_uni(self)->encoding, v); }
Object* uni_get_object(Object* self) { return member_get(as_uni(self)->object); }
int uni_set_object(Object* self, Object* v) { return member_set(as_uni(self)->object, v); }
Object* uni_get_reason(Object* self) { return member_get(as_uni(self)->reason); }
int uni_set_reason(Object* self, Object* v) { return member_set(as_uni(self)->reason, v); }
Object* uni_get_start(Object* self) { return int_from_int64(as_uni(self)->start); }
Object* uni_get_end(Object* self) { return int_from_int64(as_uni(self)->end); }

int set_ssize_member(ssize_t& field, Object* v) {
    if (!v) {
        set_error(&TypeErrorType, "can't delete numeric/char attribute");
        return -1;
    }
    ssize_t n = index_as_ssize(v, &OverflowErrorType);
    if (n == -1 && error_occurred()) return -1;
    field = n;
    return 0;
}
int uni_set_start(Object* self, Object* v) { return set_ssize_member(as_uni(self)->start, v); }
int uni_set_end(Object* self, Object* v) { return set_ssize_member(as_uni(self)->end, v); }

const GetSetDef unicode_getset[] = {
    {"encoding", uni_get_encoding, uni_set_encoding},
    {"object", uni_get_object, uni_set_object},
    {"start", uni_get_start, uni_set_start},
    {"end", uni_get_end, uni_set_end},
    {"reason", uni_get_reason, uni_set_reason},
    {nullptr, nullptr},
};

// ---- BaseExceptionGroup --------------------------------------------------------------------------

BaseExceptionGroupObject* as_group(Object* o) { return static_cast<BaseExceptionGroupObject*>(o); }

Object* group_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 2) {
        set_error_format(&TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)",
                         static_cast<ssize_t>(nargs));
        return nullptr;
    }
    if (!str_check(args[0])) {
        set_error_format(&TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                         type_name_of(args[0]));
        return nullptr;
    }
    // PySequence_Check, for the sequences heapscope has.
    Object* seq = args[1];
    if (!tuple_check(seq) && !list_check(seq) && !str_check(seq) && !bytes_check(seq)) {
        set_error(&TypeErrorType, "second argument (exceptions) must be a sequence");
        return nullptr;
    }
    Ref excs(sequence_tuple(seq));
    if (!excs) return nullptr;
    ssize_t n = tuple_size(excs.get());
    if (n == 0) {
        set_error(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence");
        return nullptr;
    }
    for (ssize_t i = 0; i < n; i++) {
        if (!exception_instance_check(tuple_items(excs.get())[i])) {
            set_error_format(&ValueErrorType, "Item %zd of second argument (exceptions) is not an exception", i);
            return nullptr;
        }
    }
    Object* self = base_new(type, args, nargs, kwnames);
    if (!self) return nullptr;
    as_group(self)->msg = newref(args[0]);
    as_group(self)->excs = excs.release();
    return self;
}

int group_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return base_init(self, args, nargs, kwnames);
}

int group_clear(Object* self) {
    clear_ref(as_group(self)->msg);
    clear_ref(as_group(self)->excs);
    return base_clear(self);
}

int group_traverse(Object* self, visitproc visit, void* arg) {
    HS_VISIT(as_group(self)->msg);
    HS_VISIT(as_group(self)->excs);
    return base_traverse(self, visit, arg);
}

// "msg (2 sub-exceptions)"
Object* group_str(Object* self) {
    auto* g = as_group(self);
    std::string text;
    if (!append_text(text, g->msg ? g->msg : None(), false)) return nullptr;
    ssize_t n = g->excs ? tuple_size(g->excs) : 0;
    text += " (" + std::to_string(n) + (n > 1 ? " sub-exceptions)" : " sub-exception)");
    return str_from_utf8(text);
}

Object* group_get_message(Object* self) { return member_get(as_group(self)->msg); }
Object* group_get_exceptions(Object* self) { return member_get(as_group(self)->excs); }
int group_readonly(Object*, Object*) {
    set_error(&AttributeErrorType, "readonly attribute");
    return -1;
}

const GetSetDef group_getset[] = {
    {"message", group_get_message, group_readonly},
    {"exceptions", group_get_exceptions, group_readonly},
    {nullptr, nullptr},
};

} // namespace

void init_other_exception_types() {
    OSErrorType.tp_cxx_size = sizeof(OSErrorObject);
    OSErrorType.tp_new = os_new;
    OSErrorType.tp_init = os_init;
    OSErrorType.tp_clear = os_clear;
    OSErrorType.tp_traverse = os_traverse;
    OSErrorType.tp_dealloc = exception_dealloc<os_clear>;
    OSErrorType.tp_str = os_str;
    OSErrorType.tp_getset = os_getset;

    for (TypeObject* t : {&UnicodeDecodeErrorType, &UnicodeEncodeErrorType}) {
        t->tp_cxx_size = sizeof(UnicodeErrorObject);
        t->tp_clear = unicode_clear;
        t->tp_traverse = unicode_traverse;
        t->tp_dealloc = exception_dealloc<unicode_clear>;
        t->tp_getset = unicode_getset;
    }
    UnicodeDecodeErrorType.tp_init = decode_init;
    UnicodeDecodeErrorType.tp_str = decode_str;
    UnicodeEncodeErrorType.tp_init = encode_init;
    UnicodeEncodeErrorType.tp_str = encode_str;

    BaseExceptionGroupType.tp_cxx_size = sizeof(BaseExceptionGroupObject);
    BaseExceptionGroupType.tp_new = group_new;
    BaseExceptionGroupType.tp_init = group_init;
    BaseExceptionGroupType.tp_clear = group_clear;
    BaseExceptionGroupType.tp_traverse = group_traverse;
    BaseExceptionGroupType.tp_dealloc = exception_dealloc<group_clear>;
    BaseExceptionGroupType.tp_str = group_str;
    BaseExceptionGroupType.tp_getset = group_getset;
}

} // namespace hs::exc_impl
