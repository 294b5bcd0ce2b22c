// bytes: immutable byte strings with CPython 3.11's layout (getsizeof 33 + n), the shared
// b'' and one-byte singletons, hashing, comparison, the sequence protocol, repr, the
// constructor, hex/fromhex and the iterator. The methods shared with bytearray are in
// str_bytes_methods.cpp.
#include "objects/str_bytes.h"

#include "objects/container_util.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/sliceobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/types_registry.h"

#include <cstring>
#include <string>

namespace hs {

TypeObject BytesType;
TypeObject BytesIterType;

namespace {


// b'' and the 256 one-byte strings are shared, as CPython's bytes singletons.
struct SmallBytes {
    BytesObject head;
    char data[2];
};
SmallBytes g_empty_bytes;
SmallBytes g_byte_chars[256];

void init_small(SmallBytes& b, int len, char c) {
    b.head.ob_refcnt = IMMORTAL_REFCNT;
    b.head.ob_type = &BytesType;
    b.head.ob_size = len;
    b.head.hash = -1;
    b.data[0] = len ? c : 0;
    b.data[1] = 0;
}

Object* bytes_alloc(ssize_t n) {
    Object* o = object_alloc(&BytesType, sizeof(BytesObject) + static_cast<size_t>(n) + 1);
    if (!o) return nullptr;
    auto* b = static_cast<BytesObject*>(o);
    b->ob_size = n;
    b->hash = -1;
    reinterpret_cast<char*>(b + 1)[n] = 0;
    return o;
}

inline char* mutable_data(Object* b) { return const_cast<char*>(bytes_data(b)); }

} // namespace

Object* bytes_from(std::string_view data) {
    if (data.empty()) return newref(&g_empty_bytes.head);
    if (data.size() == 1) return newref(&g_byte_chars[static_cast<unsigned char>(data[0])].head);
    Object* o = bytes_alloc(static_cast<ssize_t>(data.size()));
    if (!o) return nullptr;
    std::memcpy(mutable_data(o), data.data(), data.size());
    return o;
}

ssize_t bytes_sizeof(const Object* b) { return b->ob_type->tp_basicsize + static_cast<const VarObject*>(b)->ob_size; }

bool require_buffer(Object* o, std::string_view* out) {
    if (get_buffer(o, out)) return true;
    type_error("a bytes-like object is required, not '%s'", type_name_of(o));
    return false;
}

Object* same_kind(Object* self, std::string_view data) {
    return bytes_check(self) ? bytes_from(data) : bytearray_from(data);
}

Object* same_kind_unchanged(Object* self) {
    if (self->ob_type == &BytesType) return newref(self);
    return same_kind(self, self_view(self));
}

void bytes_repr_into(std::string_view data, std::string& out) {
    bool has_single = data.find('\'') != std::string_view::npos;
    bool has_double = data.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    out.push_back('b');
    out.push_back(quote);
    for (char ch : data) {
        auto c = static_cast<unsigned char>(ch);
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out.push_back('\\');
            out.push_back(ch);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            out += "\\x";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else {
            out.push_back(ch);
        }
    }
    out.push_back(quote);
}

bool byte_value(Object* o, int* out) {
    if (!int_check(o) && !o->ob_type->nb_index) {
        type_error("'%s' object cannot be interpreted as an integer", type_name_of(o));
        return false;
    }
    Ref i(number_index(o));
    if (!i) return false;
    bool overflow = false;
    int64_t v = int_as_int64(i.get(), &overflow);
    if (overflow || v < 0 || v > 255) {
        value_error("byte must be in range(0, 256)");
        return false;
    }
    *out = static_cast<int>(v);
    return true;
}

bool bytes_collect(Object* x, std::string& out) {
    std::string_view buf;
    if (get_buffer(x, &buf)) {
        out.assign(buf);
        return true;
    }
    Ref it(object_get_iter(x));
    if (!it) return false;
    while (Object* item = iter_next(it.get())) {
        Ref owned(item);
        int v;
        if (!byte_value(item, &v)) return false;
        out.push_back(static_cast<char>(v));
    }
    return !error_occurred();
}

Object* bytes_like_richcompare(Object* a, Object* b, int op) {
    std::string_view x, y;
    if (!get_buffer(a, &x) || !get_buffer(b, &y)) return newref(NotImplemented());
    int c = x.compare(y);
    bool r = false;
    switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_EQ: r = c == 0; break;
    case Py_NE: r = c != 0; break;
    case Py_GT: r = c > 0; break;
    case Py_GE: r = c >= 0; break;
    }
    return new_bool(r);
}

namespace {

Object* bytes_repr(Object* self) {
    std::string out;
    bytes_repr_into(bytes_view(self), out);
    return str_from_ascii(out);
}

int64_t bytes_hash(Object* self) {
    auto* b = static_cast<BytesObject*>(self);
    if (b->hash == -1) b->hash = hash_bytes(bytes_data(self), static_cast<size_t>(b->ob_size));
    return b->hash;
}

void bytes_dealloc(Object* o) {
    if (is_gc_type(o->ob_type)) {
        gc_untrack(o);  // a subclass instance, from subtype_dealloc (which releases the class)
        gc_free(o);
    } else {
        object_free(o);
    }
}

ssize_t bytes_length(Object* self) { return static_cast<VarObject*>(self)->ob_size; }

Object* bytes_concat(Object* a, Object* b) {
    std::string_view x, y;
    if (!get_buffer(a, &x) || !get_buffer(b, &y)) {
        Object* bad = get_buffer(a, &x) ? b : a;
        return type_error("can't concat %s to %s", type_name_of(bad), type_name_of(a));
    }
    if (y.empty() && a->ob_type == &BytesType) return newref(a);
    if (x.empty() && b->ob_type == &BytesType) return newref(b);
    Object* r = bytes_alloc(static_cast<ssize_t>(x.size() + y.size()));
    if (!r) return nullptr;
    std::memcpy(mutable_data(r), x.data(), x.size());
    std::memcpy(mutable_data(r) + x.size(), y.data(), y.size());
    return r;
}

Object* bytes_repeat(Object* self, ssize_t n) {
    std::string_view v = bytes_view(self);
    if (n < 0) n = 0;
    if (n == 1 && self->ob_type == &BytesType) return newref(self);
    if (v.empty() || n == 0) return bytes_from({});
    if (static_cast<ssize_t>(v.size()) > PTRDIFF_MAX / n) {
        set_error(&OverflowErrorType, "repeated bytes are too long");
        return nullptr;
    }
    if (v.size() * static_cast<size_t>(n) == 1) return bytes_from(v);
    Object* r = bytes_alloc(static_cast<ssize_t>(v.size()) * n);
    if (!r) return nullptr;
    char* out = mutable_data(r);
    for (ssize_t i = 0; i < n; ++i) std::memcpy(out + static_cast<size_t>(i) * v.size(), v.data(), v.size());
    return r;
}

Object* bytes_subscript(Object* self, Object* key) {
    std::string_view v = bytes_view(self);
    if (int_check(key) || key->ob_type->nb_index) {
        ssize_t i = index_as_ssize(key, &IndexErrorType);
        if (i == -1 && error_occurred()) return nullptr;
        if (i < 0) i += static_cast<ssize_t>(v.size());
        if (i < 0 || i >= static_cast<ssize_t>(v.size())) {
            set_error(&IndexErrorType, "index out of range");
            return nullptr;
        }
        return int_from_int64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
    }
    if (slice_check(key)) {
        ssize_t start, stop, step, n;
        if (slice_unpack_indices(key, static_cast<ssize_t>(v.size()), &start, &stop, &step, &n) < 0) return nullptr;
        if (n <= 0) return bytes_from({});
        if (step == 1) {
            if (n == static_cast<ssize_t>(v.size()) && self->ob_type == &BytesType) return newref(self);
            return bytes_from(v.substr(static_cast<size_t>(start), static_cast<size_t>(n)));
        }
        std::string out;
        out.reserve(static_cast<size_t>(n));
        for (ssize_t i = 0, k = start; i < n; ++i, k += step) out.push_back(v[static_cast<size_t>(k)]);
        return bytes_from(out);
    }
    return type_error("byte indices must be integers or slices, not %s", type_name_of(key));
}

} // namespace

// `in` for bytes and bytearray: an int byte value or a bytes-like substring.
int bytes_like_contains(Object* self, Object* item) {
    std::string_view v = self_view(self), sub;
    if (int_check(item) || item->ob_type->nb_index) {
        int b;
        if (!byte_value(item, &b)) return -1;
        return v.find(static_cast<char>(b)) != std::string_view::npos ? 1 : 0;
    }
    if (!require_buffer(item, &sub)) return -1;
    return v.find(sub) != std::string_view::npos ? 1 : 0;
}

// ---- hex / fromhex (bytes.fromhex and bytearray.fromhex) -----------------------------------

namespace {
int hex_digit(uint32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

} // namespace

Object* bytes_fromhex(Object* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("fromhex", nargs, kwnames)) return nullptr;
    Object* s = args[0];
    if (!str_check(s)) return type_error("fromhex() argument must be str, not %s", type_name_of(s));
    std::string out;
    std::string_view v = str_view(s);
    // Positions in messages are character indices; non-ASCII characters are never hex digits.
    ssize_t pos = 0;
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end) {
        uint32_t c = unicode::decode(p);
        if (c == ' ') {
            ++pos;
            continue;
        }
        int hi = hex_digit(c);
        if (hi < 0) {
            set_error_format(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %zd", pos);
            return nullptr;
        }
        uint32_t c2 = p < end ? unicode::decode(p) : 0;
        int lo = hex_digit(c2);
        if (lo < 0) {
            set_error_format(&ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %zd", pos + 1);
            return nullptr;
        }
        out.push_back(static_cast<char>(hi * 16 + lo));
        pos += 2;
    }
    if (type == reinterpret_cast<Object*>(&ByteArrayType)) return bytearray_from(out);
    return bytes_from(out);
}


namespace {

Object* bytes_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    if (!parse_args({"bytes", {"source", "encoding", "errors"}, 0}, args, nargs, kwnames, a)) return nullptr;
    Object* x = a[0];
    Ref result;
    if (!x) {
        if (a[1] || a[2]) {
            return type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
        }
        result = Ref(bytes_from({}));
    } else if (a[1] || a[2]) {
        if (!str_check(x)) {
            return type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
        }
        Codec codec;
        CodecErrors handler;
        if (!parse_codec_args("bytes", a[1], a[2], &codec, &handler)) return nullptr;
        result = Ref(str_encode_with(x, codec, handler));
    } else if (x->ob_type == &BytesType) {
        result = Ref::borrowed(x);  // bytes(b) is b
    } else if (!bytes_check(x) && type_lookup(x->ob_type, intern("__bytes__"))) {
        // An object that converts itself (checked before str and int, as CPython does).
        result = Ref(call_special(x, "__bytes__", {}));
        if (!result) return nullptr;
        if (!bytes_check(result.get())) {
            return type_error("__bytes__ returned non-bytes (type %s)", type_name_of(result.get()));
        }
    } else if (str_check(x)) {
        return type_error("string argument without an encoding");
    } else if (int_check(x) || x->ob_type->nb_index) {
        ssize_t n = index_as_ssize(x, &OverflowErrorType);
        if (n == -1 && error_occurred()) return nullptr;
        if (n < 0) return value_error("negative count");
        result = Ref(bytes_from(std::string(static_cast<size_t>(n), '\0')));
    } else {
        std::string data;
        std::string_view buf;
        if (get_buffer(x, &buf)) {
            data.assign(buf);
        } else {
            Ref it(object_get_iter(x));
            if (!it) {
                if (!error_matches(&TypeErrorType)) return nullptr;
                clear_error();
                return type_error("cannot convert '%s' object to bytes", type_name_of(x));
            }
            while (Object* item = iter_next(it.get())) {
                Ref owned(item);
                if (!int_check(item) && !item->ob_type->nb_index) {
                    return type_error("'%s' object cannot be interpreted as an integer", type_name_of(item));
                }
                Ref iv(number_index(item));
                if (!iv) return nullptr;
                bool overflow = false;
                int64_t v = int_as_int64(iv.get(), &overflow);
                if (overflow || v < 0 || v > 255) return value_error("bytes must be in range(0, 256)");
                data.push_back(static_cast<char>(v));
            }
            if (error_occurred()) return nullptr;
        }
        result = Ref(bytes_from(data));
    }
    if (!result || type == &BytesType) return result.release();
    // A subclass instance: the base struct, the class's instance extras, then the bytes.
    std::string_view v = bytes_view(result.get());
    Object* o = type_generic_alloc(type, static_cast<ssize_t>(v.size()) + 1);
    if (!o) return nullptr;
    auto* b = static_cast<BytesObject*>(o);
    b->ob_size = static_cast<ssize_t>(v.size());
    b->hash = -1;
    std::memcpy(mutable_data(o), v.data(), v.size());
    mutable_data(o)[v.size()] = 0;
    return o;
}

Object* bytes_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytes.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref copy(bytes_from(bytes_view(self)));
    if (!copy) return nullptr;
    return tuple_pack({copy.get()});
}

Object* bytes_bytes(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytes.__bytes__", nargs, kwnames)) return nullptr;
    return same_kind_unchanged(self);
}

Object* bytes_sizeof_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytes.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_int64(bytes_sizeof(self));
}

// ---- Iterator -------------------------------------------------------------------------------

struct BytesIterObject : Object {
    ssize_t it_index = 0;
    Object* it_seq = nullptr;
};

Object* bytes_iter(Object* self) {
    Object* o = gc_alloc(&BytesIterType, sizeof(BytesIterObject));
    if (!o) return nullptr;
    auto* it = static_cast<BytesIterObject*>(o);
    it->it_index = 0;
    it->it_seq = newref(self);
    gc_track(o);
    return o;
}

void bytesiter_dealloc(Object* o) {
    gc_untrack(o);
    xdecref(static_cast<BytesIterObject*>(o)->it_seq);
    gc_free(o);
}

int bytesiter_traverse(Object* o, visitproc visit, void* arg) {
    HS_VISIT(static_cast<BytesIterObject*>(o)->it_seq);
    return 0;
}

Object* bytesiter_next(Object* o) {
    auto* it = static_cast<BytesIterObject*>(o);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    std::string_view v = bytes_view(seq);
    if (it->it_index < static_cast<ssize_t>(v.size())) {
        return int_from_int64(static_cast<unsigned char>(v[static_cast<size_t>(it->it_index++)]));
    }
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* bytesiter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<BytesIterObject*>(self);
    ssize_t n = it->it_seq ? static_cast<VarObject*>(it->it_seq)->ob_size - it->it_index : 0;
    return int_from_int64(n < 0 ? 0 : n);
}

Object* iter_self(Object* o) { return newref(o); }

const MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_length_hint},
    {nullptr, nullptr},
};

Object* bytes_mod_slot(Object* a, Object* b) {
    if (!bytes_check(a)) return newref(NotImplemented());
    return bytes_mod(a, b);
}

int bytes_contains_slot(Object* self, Object* item) { return bytes_like_contains(self, item); }

const MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs},
    {"__bytes__", bytes_bytes},
    {"__sizeof__", bytes_sizeof_method},
    {"capitalize", bytes_capitalize},
    {"center", bytes_center},
    {"count", bytes_count},
    {"decode", bytes_decode},
    {"endswith", bytes_endswith},
    {"find", bytes_find},
    {"fromhex", bytes_fromhex, METH_CLASS},
    {"hex", bytes_hex},
    {"index", bytes_index},
    {"isalnum", bytes_isalnum},
    {"isalpha", bytes_isalpha},
    {"isascii", bytes_isascii},
    {"isdigit", bytes_isdigit},
    {"islower", bytes_islower},
    {"isspace", bytes_isspace},
    {"isupper", bytes_isupper},
    {"join", bytes_join},
    {"ljust", bytes_ljust},
    {"lower", bytes_lower},
    {"lstrip", bytes_lstrip},
    {"partition", bytes_partition},
    {"replace", bytes_replace},
    {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix},
    {"rfind", bytes_rfind},
    {"rindex", bytes_rindex},
    {"rjust", bytes_rjust},
    {"rpartition", bytes_rpartition},
    {"rsplit", bytes_rsplit},
    {"rstrip", bytes_rstrip},
    {"split", bytes_split},
    {"splitlines", bytes_splitlines},
    {"startswith", bytes_startswith},
    {"strip", bytes_strip},
    {"swapcase", bytes_swapcase},
    {"title", bytes_title},
    {"upper", bytes_upper},
    {"zfill", bytes_zfill},
    {nullptr, nullptr},
};

} // namespace

void init_bytes_type() {
    init_small(g_empty_bytes, 0, 0);
    for (int c = 0; c < 256; ++c) init_small(g_byte_chars[c], 1, static_cast<char>(c));
    TypeObject& t = BytesType;
    t.ob_refcnt = IMMORTAL_REFCNT;
    t.ob_type = &TypeType;
    t.tp_name = "bytes";
    t.tp_basicsize = 33;
    t.tp_itemsize = 1;
    t.tp_cxx_size = sizeof(BytesObject);
    t.tp_cxx_itemsize = 1;
    t.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_BYTES_SUBCLASS;
    t.tp_dealloc = bytes_dealloc;
    t.tp_repr = bytes_repr;
    t.tp_str = bytes_repr;
    t.tp_hash = bytes_hash;
    t.tp_richcompare = bytes_like_richcompare;
    t.tp_iter = bytes_iter;
    t.tp_new = bytes_new;
    t.nb_binary[NB_REMAINDER] = bytes_mod_slot;
    t.sq_length = bytes_length;
    t.sq_concat = bytes_concat;
    t.sq_repeat = bytes_repeat;
    t.sq_contains = bytes_contains_slot;
    t.mp_length = bytes_length;
    t.mp_subscript = bytes_subscript;
    t.tp_methods = bytes_methods;
    t.tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes";
    register_static_type(&t);

    TypeObject& it = BytesIterType;
    it.ob_refcnt = IMMORTAL_REFCNT;
    it.ob_type = &TypeType;
    it.tp_name = "bytes_iterator";
    it.tp_basicsize = 32;
    it.tp_cxx_size = sizeof(BytesIterObject);
    it.tp_flags = TPFLAGS_HAVE_GC;
    it.tp_dealloc = bytesiter_dealloc;
    it.tp_traverse = bytesiter_traverse;
    it.tp_iter = iter_self;
    it.tp_iternext = bytesiter_next;
    it.tp_methods = bytesiter_methods;
    register_static_type(&it);
}

} // namespace hs
