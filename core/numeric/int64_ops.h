// Python int semantics on int64_t for the interpreter's small-int fast path. Each checked_* helper
// returns false when the exact result does not fit, and the caller retries with BigInt.
#pragma once

#include <cstdint>

namespace hs::numeric {

// a // b with floor semantics. Preconditions: b != 0 and not (a == INT64_MIN and b == -1).
inline std::int64_t python_floordiv(std::int64_t a, std::int64_t b) noexcept {
    std::int64_t q = a / b;
    // C truncates toward zero; step down when the signs differ and the division was inexact.
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// a % b with the sign of b. Precondition: b != 0.
inline std::int64_t python_mod(std::int64_t a, std::int64_t b) noexcept {
    if (b == -1)
        return 0; // INT64_MIN % -1 is undefined behaviour in C++
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

inline bool checked_add(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    return !__builtin_add_overflow(a, b, &out);
}

inline bool checked_sub(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    return !__builtin_sub_overflow(a, b, &out);
}

inline bool checked_mul(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    return !__builtin_mul_overflow(a, b, &out);
}

inline bool checked_neg(std::int64_t a, std::int64_t& out) noexcept {
    return !__builtin_sub_overflow(std::int64_t{0}, a, &out);
}

// a // b for b != 0 (the caller raises ZeroDivisionError); only INT64_MIN // -1 does not fit.
inline bool checked_floordiv(std::int64_t a, std::int64_t b, std::int64_t& out) noexcept {
    if (b == -1)
        return checked_neg(a, out);
    out = python_floordiv(a, b);
    return true;
}

// a << shift for shift >= 0.
inline bool checked_lshift(std::int64_t a, std::uint64_t shift, std::int64_t& out) noexcept {
    if (a == 0) {
        out = 0;
        return true;
    }
    if (shift >= 63)
        return false;
    std::int64_t r = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << shift);
    if ((r >> shift) != a)
        return false;
    out = r;
    return true;
}

// a >> shift for shift >= 0: floors, like Python (C++20 defines >> on negatives as arithmetic).
inline std::int64_t python_rshift(std::int64_t a, std::uint64_t shift) noexcept {
    return shift >= 63 ? (a < 0 ? -1 : 0) : (a >> shift);
}

// base ** exp for exp >= 0, by squaring.
inline bool checked_pow(std::int64_t base, std::uint64_t exp, std::int64_t& out) noexcept {
    std::int64_t result = 1;
    while (true) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                return false;
        }
        exp >>= 1;
        if (exp == 0)
            break;
        if (__builtin_mul_overflow(base, base, &base))
            return false;
    }
    out = result;
    return true;
}

// hash(int) for a value held in an int64: |v| mod 2**61-1 with the sign of v; -1 becomes -2.
inline std::int64_t hash_int64(std::int64_t v) noexcept {
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;
    std::uint64_t magnitude = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
    std::uint64_t x = magnitude % kModulus;
    if (v < 0)
        x = 0 - x;
    if (x == static_cast<std::uint64_t>(-1))
        x = static_cast<std::uint64_t>(-2);
    return static_cast<std::int64_t>(x);
}

} // namespace hs::numeric
