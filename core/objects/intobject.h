// int and bool. Values that fit in int64 are stored inline (the fast path); larger ones in a
// BigInt. sys.getsizeof follows CPython's 30-bit digits either way: 24 + 4*max(1, ndigits).
// Small ints -5..256 are preallocated and shared, as in CPython.
#pragma once

#include "numeric/bigint.h"
#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct IntObject : Object {
    int64_t value = 0;               // valid when big == nullptr
    numeric::BigInt* big = nullptr;  // set only for values outside int64
};

extern TypeObject IntType;
extern TypeObject BoolType;
extern IntObject TrueObject;
extern IntObject FalseObject;

inline Object* True() { return &TrueObject; }
inline Object* False() { return &FalseObject; }
inline Object* new_bool(bool b) { return newref(b ? True() : False()); }

inline bool int_check_exact(const Object* o) { return o->ob_type == &IntType; }
inline bool int_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_LONG_SUBCLASS); }
inline bool bool_check(const Object* o) { return o->ob_type == &BoolType; }

Object* int_from_int64(int64_t v);            // shares small ints
Object* int_from_bigint(numeric::BigInt v);   // normalizes to the inline form when it fits
Object* int_from_double(double d);            // int(3.9); OverflowError/ValueError for inf/nan
// The value as int64; sets *overflow (no error) when it does not fit.
int64_t int_as_int64(Object* o, bool* overflow);
// The value as ssize_t, or -1 with OverflowError "Python int too large to convert to C ssize_t".
ssize_t int_as_ssize(Object* o);
numeric::BigInt int_to_bigint(Object* o);
double int_as_double(Object* o);  // -1.0 with OverflowError "int too large to convert to float"
// CPython's PyNumber_AsSsize_t(o, IndexError) for sequence indices: uses __index__.
ssize_t index_as_ssize(Object* o, TypeObject* overflow_error);
// PyNumber_Index: the int behind an __index__-capable object (new reference) or nullptr.
Object* number_index(Object* o);

void init_int_type();
void init_bool_type();

} // namespace hs
