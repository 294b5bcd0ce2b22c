// Float and complex powers (numeric/float_power.h).
#include "numeric/float_power.h"

#include <cmath>

namespace hs::numeric {

namespace {

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

// x ** n for n >= 0 by repeated squaring (_Py_c_powu).
Complex complex_powu(Complex x, unsigned long n) {
    Complex r{1.0, 0.0}, p = x;
    for (unsigned long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = complex_prod(r, p);
        p = complex_prod(p, p);
    }
    return r;
}

} // namespace

bool complex_quot(Complex a, Complex b, Complex& r) {
    double abs_breal = std::fabs(b.real), abs_bimag = std::fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) return false;
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r = {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
    } else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r = {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
    } else {
        r = {NAN, NAN};  // a part of b is nan
    }
    return true;
}

PowResult float_power(double iv, double iw, double& r) {
    if (iw == 0.0) {
        r = 1.0;
        return PowResult::Value;
    }
    if (std::isnan(iv)) {
        r = iv;
        return PowResult::Value;
    }
    if (std::isnan(iw)) {
        r = iv == 1.0 ? 1.0 : iw;
        return PowResult::Value;
    }
    if (std::isinf(iw)) {
        iv = std::fabs(iv);
        r = iv == 1.0 ? 1.0 : (iw > 0.0) == (iv > 1.0) ? std::fabs(iw) : 0.0;
        return PowResult::Value;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        r = iw > 0.0 ? (odd ? iv : std::fabs(iv)) : (odd ? std::copysign(0.0, iv) : 0.0);
        return PowResult::Value;
    }
    if (iv == 0.0) {
        if (iw < 0.0) return PowResult::ZeroDivision;
        r = is_odd_integer(iw) ? iv : 0.0;
        return PowResult::Value;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw)) return PowResult::Complex;
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        r = negate ? -1.0 : 1.0;
        return PowResult::Value;
    }
    double ix = std::pow(iv, iw);
    // _Py_ADJUST_ERANGE1: an infinite result is an overflow; underflow to 0 is fine.
    if (std::isinf(ix)) return PowResult::Overflow;
    r = negate ? -ix : ix;
    return PowResult::Value;
}

PowResult complex_power(Complex a, Complex b, Complex& r) {
    if (b.imag == 0.0 && b.real == std::floor(b.real) && std::fabs(b.real) <= 100.0) {
        // _Py_c_powi
        auto n = static_cast<long>(b.real);
        Complex p = complex_powu(a, static_cast<unsigned long>(n < 0 ? -n : n));
        if (n < 0 && !complex_quot({1.0, 0.0}, p, p)) return PowResult::ZeroDivision;
        r = p;
    } else if (b.real == 0.0 && b.imag == 0.0) {
        r = {1.0, 0.0};
    } else if (a.real == 0.0 && a.imag == 0.0) {
        // _Py_c_pow's EDOM
        if (b.imag != 0.0 || b.real < 0.0) return PowResult::ZeroDivision;
        r = {0.0, 0.0};
    } else {
        double vabs = std::hypot(a.real, a.imag);
        double len = std::pow(vabs, b.real);
        double at = std::atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= std::exp(at * b.imag);
            phase += b.imag * std::log(vabs);
        }
        r = {len * std::cos(phase), len * std::sin(phase)};
    }
    // _Py_ADJUST_ERANGE2: an infinite part is an overflow.
    if (std::isinf(r.real) || std::isinf(r.imag)) return PowResult::Overflow;
    return PowResult::Value;
}

} // namespace hs::numeric
