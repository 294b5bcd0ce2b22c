// float (and complex).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct FloatObject : Object {
    double ob_fval = 0;
};
struct ComplexObject : Object {
    double real = 0, imag = 0;
};

extern TypeObject FloatType;
extern TypeObject ComplexType;

inline bool float_check(const Object* o) { return o->ob_type == &FloatType || type_is_subtype(o->ob_type, &FloatType); }
Object* float_from_double(double v);
// float(o) semantics for numbers: float, int, or __float__/__index__; -1.0 with an error set.
double float_as_double(Object* o);
Object* complex_from_doubles(double real, double imag);

void init_float_type();
void init_complex_type();

} // namespace hs
