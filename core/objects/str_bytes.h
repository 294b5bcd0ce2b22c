// Internals shared by bytes and bytearray (bytesobject.cpp, bytearrayobject.cpp and the common
// methods in str_bytes_methods.cpp). Like CPython's bytes_methods.c, the methods work on the
// bytes of either type and build their results with the type of `self`.
#pragma once

#include "objects/bytesobject.h"
#include "objects/str_impl.h"

#include <string>
#include <string_view>

namespace hs {

inline std::string_view bytearray_view(const Object* o) {
    auto* b = static_cast<const ByteArrayObject*>(o);
    return {b->data ? b->data + b->start : "", static_cast<size_t>(b->ob_size)};
}
inline bool bytearray_check(const Object* o) {
    return o->ob_type == &ByteArrayType || type_is_subtype(o->ob_type, &ByteArrayType);
}

// The bytes of a bytes-like object (bytes or bytearray); false when o is neither.
inline bool get_buffer(Object* o, std::string_view* out) {
    if (bytes_check(o)) {
        *out = bytes_view(o);
        return true;
    }
    if (bytearray_check(o)) {
        *out = bytearray_view(o);
        return true;
    }
    return false;
}
// As get_buffer, with TypeError "a bytes-like object is required, not 'str'".
bool require_buffer(Object* o, std::string_view* out);
// The bytes of self (a bytes or a bytearray).
inline std::string_view self_view(Object* self) { return bytes_check(self) ? bytes_view(self) : bytearray_view(self); }
// A new object of self's kind (bytes or bytearray) holding data.
Object* same_kind(Object* self, std::string_view data);
// self unchanged when it is an exact bytes, else a copy of its kind.
Object* same_kind_unchanged(Object* self);

Object* bytearray_from(std::string_view data);
// CPython's PyByteArray_Resize growth policy; the new bytes are uninitialized.
int bytearray_resize(Object* ba, ssize_t size);
// bytes repr b'...' (CPython's quote choice and escapes) into out.
void bytes_repr_into(std::string_view data, std::string& out);
// bytes(x) / bytearray(x) contents from an int count, a buffer, or an iterable of ints.
bool bytes_collect(Object* x, std::string& out);
// A byte value from an int-like object ("byte must be in range(0, 256)").
bool byte_value(Object* o, int* out);
// bytes % args and bytearray % args (str_printf.cpp).
Object* bytes_mod(Object* format, Object* args);
// Comparison shared by bytes and bytearray.
Object* bytes_like_richcompare(Object* a, Object* b, int op);

// The methods common to bytes and bytearray (str_bytes_methods.cpp).
#define HS_BYTES_METHOD(name) Object* name(Object* self, Object* const* args, size_t nargs, Object* kwnames)
HS_BYTES_METHOD(bytes_find);
HS_BYTES_METHOD(bytes_rfind);
HS_BYTES_METHOD(bytes_index);
HS_BYTES_METHOD(bytes_rindex);
HS_BYTES_METHOD(bytes_count);
HS_BYTES_METHOD(bytes_startswith);
HS_BYTES_METHOD(bytes_endswith);
HS_BYTES_METHOD(bytes_split);
HS_BYTES_METHOD(bytes_rsplit);
HS_BYTES_METHOD(bytes_splitlines);
HS_BYTES_METHOD(bytes_strip);
HS_BYTES_METHOD(bytes_lstrip);
HS_BYTES_METHOD(bytes_rstrip);
HS_BYTES_METHOD(bytes_join);
HS_BYTES_METHOD(bytes_replace);
HS_BYTES_METHOD(bytes_partition);
HS_BYTES_METHOD(bytes_rpartition);
HS_BYTES_METHOD(bytes_removeprefix);
HS_BYTES_METHOD(bytes_removesuffix);
HS_BYTES_METHOD(bytes_upper);
HS_BYTES_METHOD(bytes_lower);
HS_BYTES_METHOD(bytes_swapcase);
HS_BYTES_METHOD(bytes_title);
HS_BYTES_METHOD(bytes_capitalize);
HS_BYTES_METHOD(bytes_isdigit);
HS_BYTES_METHOD(bytes_isalpha);
HS_BYTES_METHOD(bytes_isalnum);
HS_BYTES_METHOD(bytes_isspace);
HS_BYTES_METHOD(bytes_isupper);
HS_BYTES_METHOD(bytes_islower);
HS_BYTES_METHOD(bytes_isascii);
HS_BYTES_METHOD(bytes_center);
HS_BYTES_METHOD(bytes_ljust);
HS_BYTES_METHOD(bytes_rjust);
HS_BYTES_METHOD(bytes_zfill);
HS_BYTES_METHOD(bytes_decode);
HS_BYTES_METHOD(bytes_hex);
// A class method: `self` is the type (bytes or bytearray).
HS_BYTES_METHOD(bytes_fromhex);
#undef HS_BYTES_METHOD

} // namespace hs
