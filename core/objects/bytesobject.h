// bytes (immutable) and bytearray.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <string_view>

namespace hs {

struct BytesObject : VarObject {
    int64_t hash = -1;
    // followed by ob_size bytes and a NUL
};
struct ByteArrayObject : VarObject {
    ssize_t allocated = 0;   // CPython's ob_alloc, decides getsizeof
    char* data = nullptr;    // the buffer (CPython's ob_bytes)
    ssize_t start = 0;       // the contents begin at data + start (CPython's ob_start - ob_bytes)
};

extern TypeObject BytesType;
extern TypeObject ByteArrayType;

inline bool bytes_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_BYTES_SUBCLASS); }
// The bytes follow the struct; in a bytes subclass instance they follow the instance extras.
inline const char* bytes_data(const Object* b) {
    const TypeObject* t = b->ob_type;
    return reinterpret_cast<const char*>(b) + (t == &BytesType ? sizeof(BytesObject) : t->tp_cxx_size);
}
inline std::string_view bytes_view(const Object* b) {
    return {bytes_data(b), static_cast<size_t>(static_cast<const VarObject*>(b)->ob_size)};
}
Object* bytes_from(std::string_view data);
// The contents of a bytearray (valid until it is next resized).
inline char* bytearray_data(Object* b) {
    auto* o = static_cast<ByteArrayObject*>(b);
    return o->data ? o->data + o->start : nullptr;
}
// sys.getsizeof: bytes 33 + n; bytearray 56 + allocated.
ssize_t bytes_sizeof(const Object* b);
ssize_t bytearray_sizeof(const Object* b);

extern TypeObject BytesIterType;      // bytes_iterator
extern TypeObject ByteArrayIterType;  // bytearray_iterator

void init_bytes_type();
void init_bytearray_type();

} // namespace hs
