// Internal helpers shared by the float, complex and int files (not part of the public contract).
#pragma once

#include "objects/floatobject.h"

#include <string>
#include <string_view>

namespace hs {

inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->ob_fval; }

// CPython's CONVERT_TO_DOUBLE: a float's or an int's value. Returns 1 on success, 0 when `o`
// is neither (the slot returns NotImplemented), -1 on error (an int too large for a double).
int float_convert_operand(Object* o, double* out);

// OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) builds it.
void set_erange_overflow();

// float(text): non-ASCII digits and spaces mapped as CPython does, then numeric::parse_double.
// `original` is quoted in "could not convert string to float: 'abc'".
Object* float_from_text(std::string_view text, Object* original);

// Maps other scripts' decimal digits to ASCII and Unicode spaces to ' ' (as CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII characters become '?'.
std::string transform_decimal_and_space(std::string_view utf8);

// divmod(a, b) for floats and ints, or NotImplemented (float_methods.cpp).
Object* float_divmod_values(Object* a, Object* b);

// Allocates a float or an instance of a float subclass.
Object* float_subtype_from(TypeObject* type, double v);

// a ** b for complex numbers given as parts, with CPython's errors (complexobject.cpp).
Object* complex_pow_parts(double ar, double ai, double br, double bi);

void init_float_methods(TypeObject* type);  // float_methods.cpp

} // namespace hs
