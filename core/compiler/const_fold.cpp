// Arithmetic on constants for ast_opt, with CPython 3.11's semantics and size limits
// (safe_multiply, safe_power, safe_lshift in Python/ast_opt.c). Whenever CPython's operation
// would raise, or the result would exceed a limit, nothing is folded and the operation is left
// to run time, where it raises (or computes) as written.
#include "compiler/ast_opt.h"
#include "compiler/constant.h"
#include "numeric/float_power.h"

#include <cmath>

namespace hs::compiler {

using numeric::BigInt;
using K = Constant::Kind;

namespace {

constexpr uint64_t kMaxIntSize = 128;       // bits
constexpr int64_t kMaxCollectionSize = 256; // items
constexpr int64_t kMaxStrSize = 4096;       // characters
constexpr int64_t kMaxTotalItems = 1024;    // including nested collections

bool is_int(const Constant& c) {
    return c.kind == K::Int || c.kind == K::True || c.kind == K::False;
}
bool is_number(const Constant& c) {
    return is_int(c) || c.kind == K::Float || c.kind == K::Complex;
}

BigInt int_of(const Constant& c) {
    if (c.kind == K::True) return BigInt(1);
    if (c.kind == K::False) return BigInt(0);
    return c.integer;
}

Constant int_const(BigInt value) {
    Constant c;
    c.kind = K::Int;
    c.integer = std::move(value);
    return c;
}

Constant complex_const(double real, double imag) {
    Constant c;
    c.kind = K::Complex;
    c.real = real;
    c.imag = imag;
    return c;
}

// float(x) of an int or float constant; false on OverflowError.
bool as_double(const Constant& c, double& out) {
    if (c.kind == K::Float) {
        out = c.real;
        return true;
    }
    bool overflow = false;
    out = int_of(c).to_double(overflow);
    return !overflow;
}

bool as_complex(const Constant& c, double& real, double& imag) {
    if (c.kind == K::Complex) {
        real = c.real;
        imag = c.imag;
        return true;
    }
    imag = 0.0;
    return as_double(c, real);
}

bool float_binary(ast::Operator op, double a, double b, Constant& result) {
    using Op = ast::Operator;
    double r;
    switch (op) {
    case Op::Add:
        r = a + b;
        break;
    case Op::Sub:
        r = a - b;
        break;
    case Op::Mult:
        r = a * b;
        break;
    case Op::Div:
        if (b == 0) return false;
        r = a / b;
        break;
    case Op::FloorDiv:
    case Op::Mod: {
        if (b == 0) return false;
        double mod = std::fmod(a, b);
        double div = (a - mod) / b;
        if (mod) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = std::copysign(0.0, b);
        }
        if (op == Op::Mod) {
            r = mod;
            break;
        }
        if (div) {
            r = std::floor(div);
            if (div - r > 0.5) r += 1.0;
        } else {
            r = std::copysign(0.0, a / b);
        }
        break;
    }
    case Op::Pow:
        switch (numeric::float_power(a, b, r)) {
        case numeric::PowResult::Value:
            break;
        case numeric::PowResult::Complex: {
            numeric::Complex c;
            if (numeric::complex_power({a, 0.0}, {b, 0.0}, c) != numeric::PowResult::Value) return false;
            result = complex_const(c.real, c.imag);
            return true;
        }
        default:
            return false;
        }
        break;
    default:
        return false;
    }
    result = make_float(r);
    return true;
}

bool complex_binary(ast::Operator op, const Constant& l, const Constant& r, Constant& result) {
    double ar, ai, br, bi;
    if (!as_complex(l, ar, ai) || !as_complex(r, br, bi)) return false;
    switch (op) {
    case ast::Operator::Add:
        result = complex_const(ar + br, ai + bi);
        return true;
    case ast::Operator::Sub:
        result = complex_const(ar - br, ai - bi);
        return true;
    case ast::Operator::Mult:
        result = complex_const(ar * br - ai * bi, ar * bi + ai * br);
        return true;
    case ast::Operator::Div: {
        numeric::Complex q;
        if (!numeric::complex_quot({ar, ai}, {br, bi}, q)) return false;
        result = complex_const(q.real, q.imag);
        return true;
    }
    case ast::Operator::Pow: {
        numeric::Complex p;
        if (numeric::complex_power({ar, ai}, {br, bi}, p) != numeric::PowResult::Value) return false;
        result = complex_const(p.real, p.imag);
        return true;
    }
    default:
        return false;
    }
}

bool int_binary(ast::Operator op, const Constant& l, const Constant& r, Constant& result) {
    using Op = ast::Operator;
    BigInt a = int_of(l), b = int_of(r);
    bool both_bool = !(l.kind == K::Int) && !(r.kind == K::Int);
    switch (op) {
    case Op::Add:
        result = int_const(a + b);
        return true;
    case Op::Sub:
        result = int_const(a - b);
        return true;
    case Op::Mult:
        if (!a.is_zero() && !b.is_zero() && a.bit_length() + b.bit_length() > kMaxIntSize) return false;
        result = int_const(a * b);
        return true;
    case Op::Div: {
        if (b.is_zero()) return false;
        double out;
        if (!numeric::true_divide(a, b, out)) return false;
        result = make_float(out);
        return true;
    }
    case Op::FloorDiv:
        if (b.is_zero()) return false;
        result = int_const(numeric::floor_div(a, b));
        return true;
    case Op::Mod:
        if (b.is_zero()) return false;
        result = int_const(numeric::floor_mod(a, b));
        return true;
    case Op::Pow: {
        if (!a.is_zero() && b.sign() > 0) {
            auto wbits = b.try_to_int64();
            if (!wbits) return false;
            if (a.bit_length() > kMaxIntSize / static_cast<uint64_t>(*wbits)) return false;
        }
        if (b.is_negative()) {
            // int ** negative int is float pow.
            double x, y;
            if (!as_double(l, x) || !as_double(r, y)) return false;
            double out;
            if (numeric::float_power(x, y, out) != numeric::PowResult::Value) return false;
            result = make_float(out);
            return true;
        }
        result = int_const(numeric::pow(a, b));
        return true;
    }
    case Op::LShift: {
        if (b.is_negative()) return false; // ValueError
        if (!a.is_zero() && !b.is_zero()) {
            auto wbits = b.try_to_int64();
            if (!wbits || static_cast<uint64_t>(*wbits) > kMaxIntSize ||
                a.bit_length() > kMaxIntSize - static_cast<uint64_t>(*wbits)) {
                return false;
            }
        }
        if (a.is_zero()) {
            result = int_const(BigInt(0));
            return true;
        }
        result = int_const(a << static_cast<uint64_t>(b.to_int64()));
        return true;
    }
    case Op::RShift: {
        if (b.is_negative()) return false;
        auto shift = b.try_to_int64();
        if (!shift) {
            result = int_const(BigInt(a.is_negative() ? -1 : 0));
            return true;
        }
        result = int_const(a >> static_cast<uint64_t>(*shift));
        return true;
    }
    case Op::BitAnd:
    case Op::BitOr:
    case Op::BitXor: {
        BigInt v = op == Op::BitAnd ? (a & b) : op == Op::BitOr ? (a | b) : (a ^ b);
        // bool & bool stays a bool.
        result = both_bool ? make_bool(!v.is_zero()) : int_const(std::move(v));
        return true;
    }
    case Op::MatMult:
        return false;
    }
    return false;
}

// Items of a tuple/frozenset tree, against a budget (check_complexity).
int64_t check_complexity(const Constant& c, int64_t limit) {
    if (c.kind != K::Tuple && c.kind != K::FrozenSet) return limit;
    limit -= static_cast<int64_t>(c.items.size());
    for (size_t i = 0; limit >= 0 && i < c.items.size(); ++i)
        limit = check_complexity(c.items[i], limit);
    return limit;
}

// sequence * int with CPython's limits (safe_multiply).
bool repeat(const Constant& seq, const Constant& count, Constant& result) {
    int64_t size = seq.kind == K::Str     ? static_cast<int64_t>(utf8_length(seq.text))
                   : seq.kind == K::Bytes ? static_cast<int64_t>(seq.text.size())
                                          : static_cast<int64_t>(seq.items.size());
    auto n64 = int_of(count).try_to_int64();
    if (!n64) return false; // OverflowError
    int64_t n = *n64;
    if (size) {
        int64_t limit = seq.kind == K::Tuple ? kMaxCollectionSize : kMaxStrSize;
        if (n < 0 || n > limit / size) return false;
        if (seq.kind == K::Tuple && n && check_complexity(seq, kMaxTotalItems / n) < 0) return false;
    }
    result = seq;
    result.text.clear();
    result.items.clear();
    if (!size) return true;
    for (int64_t i = 0; i < n; ++i) {
        result.text += seq.text;
        result.items.insert(result.items.end(), seq.items.begin(), seq.items.end());
    }
    return true;
}

bool numbers_equal(const Constant& a, const Constant& b) {
    if (a.kind == K::Complex || b.kind == K::Complex) {
        double ar, ai, br, bi;
        bool ok_a = as_complex(a, ar, ai), ok_b = as_complex(b, br, bi);
        if (a.kind != K::Complex && !ok_a) return false;
        if (b.kind != K::Complex && !ok_b) return false;
        return ar == br && ai == bi;
    }
    if (is_int(a) && is_int(b)) return int_of(a) == int_of(b);
    if (is_int(a)) return numeric::compare(int_of(a), b.real) == std::partial_ordering::equivalent;
    if (is_int(b)) return numeric::compare(int_of(b), a.real) == std::partial_ordering::equivalent;
    return a.real == b.real;
}

} // namespace

bool constant_equal(const Constant& a, const Constant& b) {
    if (is_number(a) && is_number(b)) return numbers_equal(a, b);
    if (a.kind != b.kind) return false;
    switch (a.kind) {
    case K::None:
    case K::Ellipsis:
        return true;
    case K::Str:
    case K::Bytes:
        return a.text == b.text;
    case K::Tuple:
        if (a.items.size() != b.items.size()) return false;
        for (size_t i = 0; i < a.items.size(); ++i) {
            if (!constant_equal(a.items[i], b.items[i])) return false;
        }
        return true;
    case K::FrozenSet:
        return constant_key(a) == constant_key(b);
    case K::Code:
        return a.code == b.code;
    default:
        return false;
    }
}

bool fold_unary(ast::UnaryOperator op, const Constant& v, Constant& result) {
    using U = ast::UnaryOperator;
    if (op == U::Not) {
        result = make_bool(!constant_is_true(v));
        return true;
    }
    if (is_int(v)) {
        BigInt x = int_of(v);
        result = int_const(op == U::Invert ? ~x : op == U::USub ? -x : x);
        return true;
    }
    if (v.kind == K::Float) {
        if (op == U::Invert) return false;
        result = make_float(op == U::USub ? -v.real : v.real);
        return true;
    }
    if (v.kind == K::Complex) {
        if (op == U::Invert) return false;
        result = op == U::USub ? complex_const(-v.real, -v.imag) : v;
        return true;
    }
    return false;
}

bool fold_binary(ast::Operator op, const Constant& l, const Constant& r, Constant& result) {
    if (is_number(l) && is_number(r)) {
        if (l.kind == K::Complex || r.kind == K::Complex) return complex_binary(op, l, r, result);
        if (l.kind == K::Float || r.kind == K::Float) {
            double a, b;
            if (!as_double(l, a) || !as_double(r, b)) return false;
            return float_binary(op, a, b, result);
        }
        return int_binary(op, l, r, result);
    }
    bool l_seq = l.kind == K::Str || l.kind == K::Bytes || l.kind == K::Tuple;
    bool r_seq = r.kind == K::Str || r.kind == K::Bytes || r.kind == K::Tuple;
    if (op == ast::Operator::Add && l_seq && l.kind == r.kind) {
        result = l;
        result.text += r.text;
        result.items.insert(result.items.end(), r.items.begin(), r.items.end());
        return true;
    }
    if (op == ast::Operator::Mult) {
        if (l_seq && is_int(r)) return repeat(l, r, result);
        if (r_seq && is_int(l)) return repeat(r, l, result);
    }
    return false;
}

bool fold_subscript(const Constant& value, const Constant& index, Constant& result) {
    if (!is_int(index)) return false;
    auto i64 = int_of(index).try_to_int64();
    if (!i64) return false;
    int64_t i = *i64;
    switch (value.kind) {
    case K::Str: {
        // Index by code point.
        std::vector<std::string> chars;
        for (size_t p = 0; p < value.text.size();) {
            size_t start = p++;
            while (p < value.text.size() && (static_cast<unsigned char>(value.text[p]) & 0xC0) == 0x80)
                ++p;
            chars.push_back(value.text.substr(start, p - start));
        }
        int64_t n = static_cast<int64_t>(chars.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) return false;
        result = make_str(chars[i]);
        return true;
    }
    case K::Bytes: {
        int64_t n = static_cast<int64_t>(value.text.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) return false;
        result = make_int(static_cast<unsigned char>(value.text[i]));
        return true;
    }
    case K::Tuple: {
        int64_t n = static_cast<int64_t>(value.items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) return false;
        result = value.items[i];
        return true;
    }
    default:
        return false;
    }
}

} // namespace hs::compiler
