// bytearray: a mutable byte buffer with CPython 3.11's growth policy (PyByteArray_Resize) and
// its "logical start" trick (deleting from the front advances the start instead of moving the
// bytes), since both decide sys.getsizeof (56 + allocated).
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

#include <algorithm>
#include <cstring>
#include <string>

namespace hs {

TypeObject ByteArrayType;
TypeObject ByteArrayIterType;

int bytes_like_contains(Object* self, Object* item);  // bytesobject.cpp

namespace {


inline ByteArrayObject* as_ba(Object* o) { return static_cast<ByteArrayObject*>(o); }
inline ssize_t ba_size(Object* o) { return as_ba(o)->ob_size; }

Object* bytearray_alloc(TypeObject* type) {
    Object* o = type == &ByteArrayType ? object_alloc(type, sizeof(ByteArrayObject)) : type_generic_alloc(type, 0);
    if (!o) return nullptr;
    auto* b = as_ba(o);
    b->ob_size = 0;
    b->allocated = 0;
    b->data = nullptr;
    b->start = 0;
    return o;
}

} // namespace

// PyByteArray_FromStringAndSize: exactly size + 1 bytes (nothing for an empty one).
Object* bytearray_from(std::string_view data) {
    Object* o = bytearray_alloc(&ByteArrayType);
    if (!o || data.empty()) return o;
    auto* b = as_ba(o);
    b->data = static_cast<char*>(mem_alloc(data.size() + 1));
    if (!b->data) {
        decref(o);
        return nullptr;
    }
    b->allocated = static_cast<ssize_t>(data.size()) + 1;
    b->ob_size = static_cast<ssize_t>(data.size());
    std::memcpy(b->data, data.data(), data.size());
    b->data[data.size()] = 0;
    return o;
}

ssize_t bytearray_sizeof(const Object* b) { return b->ob_type->tp_basicsize + static_cast<const ByteArrayObject*>(b)->allocated; }

int bytearray_resize(Object* o, ssize_t size) {
    auto* b = as_ba(o);
    if (size == b->ob_size) return 0;
    if (size < 0) {
        set_error_format(&SystemErrorType, "Negative size passed to PyByteArray_Resize");
        return -1;
    }
    ssize_t alloc = b->allocated;
    ssize_t logical = b->start;
    if (size + logical + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;  // major downsize: shrink to fit
        } else {
            b->ob_size = size;  // minor downsize: keep the buffer
            b->data[logical + size] = 0;
            return 0;
        }
    } else if (size * 8 <= alloc * 9) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);  // moderate upsize: overallocate
    } else {
        alloc = size + 1;  // major upsize: exact
    }
    char* buf;
    if (logical > 0) {
        buf = static_cast<char*>(mem_alloc(static_cast<size_t>(alloc)));
        if (!buf) return -1;
        std::memcpy(buf, b->data + logical, static_cast<size_t>(std::min(size, b->ob_size)));
        mem_free(b->data, static_cast<size_t>(b->allocated));
    } else {
        buf = static_cast<char*>(mem_realloc(b->data, static_cast<size_t>(b->allocated), static_cast<size_t>(alloc)));
        if (!buf) return -1;
    }
    b->data = buf;
    b->start = 0;
    b->allocated = alloc;
    b->ob_size = size;
    buf[size] = 0;
    return 0;
}

namespace {

// ---- Slices (CPython's bytearray_setslice_linear) -------------------------------------------

int setslice_linear(Object* self, ssize_t lo, ssize_t hi, const char* bytes, ssize_t needed) {
    auto* b = as_ba(self);
    ssize_t growth = needed - (hi - lo);
    if (growth < 0) {
        if (lo == 0) {
            b->start -= growth;  // drop the head by moving the logical start
        } else {
            char* buf = bytearray_data(self);
            std::memmove(buf + lo + needed, buf + hi, static_cast<size_t>(b->ob_size - hi));
        }
        if (bytearray_resize(self, b->ob_size + growth) < 0) {
            if (lo == 0) b->start += growth;
            return -1;
        }
    } else if (growth > 0) {
        ssize_t old = b->ob_size;
        if (bytearray_resize(self, old + growth) < 0) return -1;
        char* buf = bytearray_data(self);
        std::memmove(buf + lo + needed, buf + hi, static_cast<size_t>(old - hi));
    }
    if (needed > 0) std::memcpy(bytearray_data(self) + lo, bytes, static_cast<size_t>(needed));
    return 0;
}

// Builds the contents of bytearray(x) into `out` (messages name bytearray).
bool collect_init(Object* x, std::string& out) {
    std::string_view buf;
    if (get_buffer(x, &buf)) {
        out.assign(buf);
        return true;
    }
    Ref it(object_get_iter(x));
    if (!it) {
        if (!error_matches(&TypeErrorType)) return false;
        clear_error();
        type_error("cannot convert '%s' object to bytearray", type_name_of(x));
        return false;
    }
    while (Object* item = iter_next(it.get())) {
        Ref owned(item);
        int v;
        if (!byte_value(item, &v)) return false;
        out.push_back(static_cast<char>(v));
    }
    return !error_occurred();
}

Object* bytearray_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    if (!parse_args({"bytearray", {"source", "encoding", "errors"}, 0}, args, nargs, kwnames, a)) return nullptr;
    Ref self(bytearray_alloc(type));
    if (!self) return nullptr;
    Object* x = a[0];
    if (!x) {
        if (a[1] || a[2]) {
            return type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
        }
        return self.release();
    }
    std::string data;
    if (a[1] || a[2]) {
        if (!str_check(x)) {
            return type_error(a[1] ? "encoding without a string argument" : "errors without a string argument");
        }
        Codec codec;
        CodecErrors handler;
        if (!parse_codec_args("bytearray", a[1], a[2], &codec, &handler)) return nullptr;
        Ref encoded(str_encode_with(x, codec, handler));
        if (!encoded) return nullptr;
        data.assign(bytes_view(encoded.get()));
    } else if (str_check(x)) {
        return type_error("string argument without an encoding");
    } else if (int_check(x) || x->ob_type->nb_index) {
        ssize_t n = index_as_ssize(x, &OverflowErrorType);
        if (n == -1 && error_occurred()) return nullptr;
        if (n < 0) return value_error("negative count");
        if (bytearray_resize(self.get(), n) < 0) return nullptr;
        if (n) std::memset(bytearray_data(self.get()), 0, static_cast<size_t>(n));
        return self.release();
    } else {
        std::string_view buf;
        bool sized = get_buffer(x, &buf) || ((list_check_exact(x) || tuple_check_exact(x)));
        if (!collect_init(x, data)) return nullptr;
        if (!sized) {
            // Iterators grow the buffer one append at a time.
            for (char c : data) {
                ssize_t n = ba_size(self.get());
                if (bytearray_resize(self.get(), n + 1) < 0) return nullptr;
                bytearray_data(self.get())[n] = c;
            }
            return self.release();
        }
    }
    if (bytearray_resize(self.get(), static_cast<ssize_t>(data.size())) < 0) return nullptr;
    if (!data.empty()) std::memcpy(bytearray_data(self.get()), data.data(), data.size());
    return self.release();
}

void bytearray_dealloc(Object* o) {
    auto* b = as_ba(o);
    mem_free(b->data, static_cast<size_t>(b->allocated));
    if (is_gc_type(o->ob_type)) {
        gc_untrack(o);  // a subclass instance, from subtype_dealloc (which releases the class)
        gc_free(o);
    } else {
        object_free(o);
    }
}

Object* bytearray_repr(Object* self) {
    std::string out = type_name_of(self);
    out += "(";
    bytes_repr_into(bytearray_view(self), out);
    out += ")";
    return str_from_ascii(out);
}

ssize_t bytearray_length(Object* self) { return ba_size(self); }

Object* bytearray_concat(Object* a, Object* b) {
    std::string_view x, y;
    if (!get_buffer(a, &x) || !get_buffer(b, &y)) {
        return type_error("can't concat %s to %s", type_name_of(b), type_name_of(a));
    }
    std::string joined(x);
    joined += y;
    return bytearray_from(joined);
}

Object* bytearray_iconcat(Object* self, Object* other) {
    std::string_view y;
    if (!get_buffer(other, &y)) return type_error("can't concat %s to %s", type_name_of(other), type_name_of(self));
    std::string copy(y);  // `other` may be self
    ssize_t n = ba_size(self);
    if (bytearray_resize(self, n + static_cast<ssize_t>(copy.size())) < 0) return nullptr;
    if (!copy.empty()) std::memcpy(bytearray_data(self) + n, copy.data(), copy.size());
    return newref(self);
}

Object* bytearray_repeat(Object* self, ssize_t n) {
    std::string_view v = bytearray_view(self);
    if (n < 0) n = 0;
    if (!v.empty() && n > PTRDIFF_MAX / static_cast<ssize_t>(v.size())) return no_memory();
    std::string out;
    out.reserve(v.size() * static_cast<size_t>(n));
    for (ssize_t i = 0; i < n; ++i) out += v;
    return bytearray_from(out);
}

Object* bytearray_irepeat(Object* self, ssize_t n) {
    std::string v(bytearray_view(self));
    if (n < 0) n = 0;
    if (!v.empty() && n > PTRDIFF_MAX / static_cast<ssize_t>(v.size())) return no_memory();
    ssize_t size = static_cast<ssize_t>(v.size()) * n;
    if (bytearray_resize(self, size) < 0) return nullptr;
    char* buf = bytearray_data(self);
    for (ssize_t i = 0; i < n; ++i) std::memcpy(buf + static_cast<size_t>(i) * v.size(), v.data(), v.size());
    return newref(self);
}

int bytearray_contains(Object* self, Object* item) { return bytes_like_contains(self, item); }

Object* bytearray_mod_slot(Object* a, Object* b) {
    if (!bytearray_check(a)) return newref(NotImplemented());
    return bytes_mod(a, b);
}

Object* bytearray_subscript(Object* self, Object* key) {
    std::string_view v = bytearray_view(self);
    if (int_check(key) || key->ob_type->nb_index) {
        ssize_t i = index_as_ssize(key, &IndexErrorType);
        if (i == -1 && error_occurred()) return nullptr;
        if (i < 0) i += static_cast<ssize_t>(v.size());
        if (i < 0 || i >= static_cast<ssize_t>(v.size())) {
            set_error(&IndexErrorType, "bytearray index out of range");
            return nullptr;
        }
        return int_from_int64(static_cast<unsigned char>(v[static_cast<size_t>(i)]));
    }
    if (slice_check(key)) {
        ssize_t start, stop, step, n;
        if (slice_unpack_indices(key, static_cast<ssize_t>(v.size()), &start, &stop, &step, &n) < 0) return nullptr;
        std::string out;
        for (ssize_t i = 0, k = start; i < n; ++i, k += step) out.push_back(v[static_cast<size_t>(k)]);
        return bytearray_from(out);
    }
    return type_error("bytearray indices must be integers or slices, not %s", type_name_of(key));
}

int bytearray_ass_subscript(Object* self, Object* key, Object* value) {
    ssize_t size = ba_size(self);
    if (int_check(key) || key->ob_type->nb_index) {
        ssize_t i = index_as_ssize(key, &IndexErrorType);
        if (i == -1 && error_occurred()) return -1;
        if (i < 0) i += size;
        if (i < 0 || i >= size) {
            set_error(&IndexErrorType, "bytearray index out of range");
            return -1;
        }
        if (!value) return setslice_linear(self, i, i + 1, nullptr, 0);
        int v;
        if (!byte_value(value, &v)) return -1;
        bytearray_data(self)[i] = static_cast<char>(v);
        return 0;
    }
    if (!slice_check(key)) {
        type_error("bytearray indices must be integers or slices, not %s", type_name_of(key));
        return -1;
    }
    std::string bytes;
    if (value) {
        if (int_check(value) || value->ob_type->nb_index || value->ob_type->nb_float || str_check(value)) {
            type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
            return -1;
        }
        if (!collect_init(value, bytes)) return -1;
    }
    ssize_t start, stop, step, n;
    if (slice_unpack_indices(key, size, &start, &stop, &step, &n) < 0) return -1;
    ssize_t needed = static_cast<ssize_t>(bytes.size());
    if (step == 1) {
        if (stop < start) stop = start;
        return setslice_linear(self, start, stop, bytes.data(), needed);
    }
    char* buf = bytearray_data(self);
    if (!value) {
        // Delete an extended slice: compact the survivors, then shrink.
        if (n <= 0) return 0;
        if (step < 0) {
            start = start + step * (n - 1);
            step = -step;
        }
        ssize_t out = start;
        for (ssize_t i = start; i < size; ++i) {
            if (i >= start && (i - start) % step == 0 && (i - start) / step < n) continue;
            buf[out++] = buf[i];
        }
        return bytearray_resize(self, size - n);
    }
    if (needed != n) {
        set_error_format(&ValueErrorType, "attempt to assign bytes of size %zd to extended slice of size %zd", needed,
                         n);
        return -1;
    }
    for (ssize_t i = 0, k = start; i < n; ++i, k += step) buf[k] = bytes[static_cast<size_t>(i)];
    return 0;
}

// ---- Methods --------------------------------------------------------------------------------

Object* ba_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("bytearray.append", nargs, kwnames)) return nullptr;
    int v;
    if (!byte_value(args[0], &v)) return nullptr;
    ssize_t n = ba_size(self);
    if (bytearray_resize(self, n + 1) < 0) return nullptr;
    bytearray_data(self)[n] = static_cast<char>(v);
    return new_none();
}

Object* ba_extend(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("bytearray.extend", nargs, kwnames)) return nullptr;
    Object* x = args[0];
    std::string_view buf;
    if (get_buffer(x, &buf)) {
        Ref r(bytearray_iconcat(self, x));
        return r ? new_none() : nullptr;
    }
    Ref it(object_get_iter(x));
    if (!it) {
        if (error_matches(&TypeErrorType)) {
            clear_error();
            type_error("can't extend bytearray with %s", type_name_of(x));
        }
        return nullptr;
    }
    std::string data;
    while (Object* item = iter_next(it.get())) {
        Ref owned(item);
        int v;
        if (!byte_value(item, &v)) return nullptr;
        data.push_back(static_cast<char>(v));
    }
    if (error_occurred()) return nullptr;
    ssize_t n = ba_size(self);
    if (setslice_linear(self, n, n, data.data(), static_cast<ssize_t>(data.size())) < 0) return nullptr;
    return new_none();
}

Object* ba_pop(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    if (!parse_args({"pop", {"index"}, 0, 1, 0, "bytearray.pop"}, args, nargs, kwnames, a)) return nullptr;
    ssize_t i = -1;
    if (a[0] && !as_index_arg(a[0], &i)) return nullptr;
    ssize_t n = ba_size(self);
    if (n == 0) {
        set_error(&IndexErrorType, "pop from empty bytearray");
        return nullptr;
    }
    if (i < 0) i += n;
    if (i < 0 || i >= n) {
        set_error(&IndexErrorType, "pop index out of range");
        return nullptr;
    }
    char* buf = bytearray_data(self);
    auto value = static_cast<unsigned char>(buf[i]);
    std::memmove(buf + i, buf + i + 1, static_cast<size_t>(n - i - 1));
    if (bytearray_resize(self, n - 1) < 0) return nullptr;
    return int_from_int64(value);
}

Object* ba_insert(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2];
    if (!parse_args({"insert", {"index", "item"}, 2, 2, 0, "bytearray.insert"}, args, nargs, kwnames, a)) return nullptr;
    ssize_t i;
    if (!as_index_arg(a[0], &i)) return nullptr;
    int v;
    if (!byte_value(a[1], &v)) return nullptr;
    ssize_t n = ba_size(self);
    if (bytearray_resize(self, n + 1) < 0) return nullptr;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    char* buf = bytearray_data(self);
    std::memmove(buf + i + 1, buf + i, static_cast<size_t>(n - i));
    buf[i] = static_cast<char>(v);
    return new_none();
}

Object* ba_remove(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("bytearray.remove", nargs, kwnames)) return nullptr;
    int v;
    if (!byte_value(args[0], &v)) return nullptr;
    std::string_view view = bytearray_view(self);
    size_t pos = view.find(static_cast<char>(v));
    if (pos == std::string_view::npos) return value_error("value not found in bytearray");
    ssize_t n = ba_size(self);
    char* buf = bytearray_data(self);
    std::memmove(buf + pos, buf + pos + 1, static_cast<size_t>(n) - pos - 1);
    if (bytearray_resize(self, n - 1) < 0) return nullptr;
    return new_none();
}

Object* ba_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.clear", nargs, kwnames)) return nullptr;
    if (bytearray_resize(self, 0) < 0) return nullptr;
    return new_none();
}

Object* ba_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.copy", nargs, kwnames)) return nullptr;
    return bytearray_from(bytearray_view(self));
}

Object* ba_reverse(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.reverse", nargs, kwnames)) return nullptr;
    char* buf = bytearray_data(self);
    if (buf) std::reverse(buf, buf + ba_size(self));
    return new_none();
}

Object* ba_alloc_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.__alloc__", nargs, kwnames)) return nullptr;
    return int_from_int64(as_ba(self)->allocated);
}

Object* ba_sizeof_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("bytearray.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_int64(bytearray_sizeof(self));
}

// ---- Iterator -------------------------------------------------------------------------------

struct ByteArrayIterObject : Object {
    ssize_t it_index = 0;
    Object* it_seq = nullptr;
};

Object* bytearray_iter(Object* self) {
    Object* o = gc_alloc(&ByteArrayIterType, sizeof(ByteArrayIterObject));
    if (!o) return nullptr;
    auto* it = static_cast<ByteArrayIterObject*>(o);
    it->it_index = 0;
    it->it_seq = newref(self);
    gc_track(o);
    return o;
}

void baiter_dealloc(Object* o) {
    gc_untrack(o);
    xdecref(static_cast<ByteArrayIterObject*>(o)->it_seq);
    gc_free(o);
}

int baiter_traverse(Object* o, visitproc visit, void* arg) {
    HS_VISIT(static_cast<ByteArrayIterObject*>(o)->it_seq);
    return 0;
}

Object* baiter_next(Object* o) {
    auto* it = static_cast<ByteArrayIterObject*>(o);
    Object* seq = it->it_seq;
    if (!seq) return nullptr;
    if (it->it_index < ba_size(seq)) {
        return int_from_int64(static_cast<unsigned char>(bytearray_data(seq)[it->it_index++]));
    }
    it->it_seq = nullptr;
    decref(seq);
    return nullptr;
}

Object* baiter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<ByteArrayIterObject*>(self);
    ssize_t n = it->it_seq ? ba_size(it->it_seq) - it->it_index : 0;
    return int_from_int64(n < 0 ? 0 : n);
}

Object* iter_self(Object* o) { return newref(o); }

const MethodDef baiter_methods[] = {
    {"__length_hint__", baiter_length_hint},
    {nullptr, nullptr},
};

const MethodDef bytearray_methods[] = {
    {"__alloc__", ba_alloc_method},
    {"__sizeof__", ba_sizeof_method},
    {"append", ba_append},
    {"capitalize", bytes_capitalize},
    {"center", bytes_center},
    {"clear", ba_clear},
    {"copy", ba_copy},
    {"count", bytes_count},
    {"decode", bytes_decode},
    {"endswith", bytes_endswith},
    {"extend", ba_extend},
    {"find", bytes_find},
    {"fromhex", bytes_fromhex, METH_CLASS},
    {"hex", bytes_hex},
    {"index", bytes_index},
    {"insert", ba_insert},
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
    {"pop", ba_pop},
    {"remove", ba_remove},
    {"removeprefix", bytes_removeprefix},
    {"removesuffix", bytes_removesuffix},
    {"replace", bytes_replace},
    {"reverse", ba_reverse},
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

void init_bytearray_type() {
    TypeObject& t = ByteArrayType;
    t.ob_refcnt = IMMORTAL_REFCNT;
    t.ob_type = &TypeType;
    t.tp_name = "bytearray";
    t.tp_basicsize = 56;
    t.tp_cxx_size = sizeof(ByteArrayObject);
    t.tp_flags = TPFLAGS_BASETYPE;
    t.tp_dealloc = bytearray_dealloc;
    t.tp_repr = bytearray_repr;
    t.tp_str = bytearray_repr;
    t.tp_richcompare = bytes_like_richcompare;
    t.tp_iter = bytearray_iter;
    t.tp_new = bytearray_new;
    t.nb_binary[NB_REMAINDER] = bytearray_mod_slot;
    t.sq_length = bytearray_length;
    t.sq_concat = bytearray_concat;
    t.sq_repeat = bytearray_repeat;
    t.sq_inplace_concat = bytearray_iconcat;
    t.sq_inplace_repeat = bytearray_irepeat;
    t.sq_contains = bytearray_contains;
    t.mp_length = bytearray_length;
    t.mp_subscript = bytearray_subscript;
    t.mp_ass_subscript = bytearray_ass_subscript;
    t.tp_methods = bytearray_methods;
    t.tp_doc = "bytearray(iterable_of_ints) -> bytearray";
    register_static_type(&t);

    TypeObject& it = ByteArrayIterType;
    it.ob_refcnt = IMMORTAL_REFCNT;
    it.ob_type = &TypeType;
    it.tp_name = "bytearray_iterator";
    it.tp_basicsize = 32;
    it.tp_cxx_size = sizeof(ByteArrayIterObject);
    it.tp_flags = TPFLAGS_HAVE_GC;
    it.tp_dealloc = baiter_dealloc;
    it.tp_traverse = baiter_traverse;
    it.tp_iter = iter_self;
    it.tp_iternext = baiter_next;
    it.tp_methods = baiter_methods;
    register_static_type(&it);
}

} // namespace hs
