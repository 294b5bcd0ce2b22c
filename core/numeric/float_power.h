// Powers of floats and complex numbers, and complex division, with CPython 3.11's results
// (float_pow in Objects/floatobject.c; complex_pow and _Py_c_quot, _Py_c_pow in
// Objects/complexobject.c). The float and complex types use them, and so does the compiler's
// constant folding, which must fold to exactly what the program would compute.
#pragma once

namespace hs::numeric {

struct Complex {
    double real, imag;
};

inline Complex complex_prod(Complex a, Complex b) {
    return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
}

// a / b by Smith's method, scaled by the larger part of b; false when b is 0 (CPython: "complex
// division by zero"). A nan part of b gives nan parts.
bool complex_quot(Complex a, Complex b, Complex& r);

// How a power ends when CPython does not return a number of the operands' type.
enum class PowResult {
    Value,         // r holds the result
    ZeroDivision,  // float: "0.0 cannot be raised to a negative power";
                   // complex: "0.0 to a negative or complex power"
    Overflow,      // float: OverflowError (34, 'Numerical result out of range');
                   // complex: "complex exponentiation"
    Complex,       // float only: a negative base to a fractional power is complex_power's
};

// float ** float.
PowResult float_power(double iv, double iw, double& r);
// complex ** complex: integral exponents up to 100 in size by repeated squaring, else polar form.
PowResult complex_power(Complex a, Complex b, Complex& r);

} // namespace hs::numeric
