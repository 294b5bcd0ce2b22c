// BigInt storage, comparison, int64 conversion, hashing and bit counts.
#include "numeric/bigint.h"

#include "numeric/bigint_kernels.h"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>

namespace hs::numeric {

using detail::Digit;
using detail::kMask;
using detail::kShift;

// ---- Storage ----

BigInt::BigInt(const BigInt& other) : m_inline{} {
    std::size_t n = other.ndigits();
    Digit* p = prepare(n);
    if (n > 0)
        std::memcpy(p, other.data(), n * sizeof(Digit));
    m_size = other.m_size;
}

BigInt::BigInt(BigInt&& other) noexcept : m_size(other.m_size), m_capacity(other.m_capacity) {
    if (other.is_heap()) {
        m_heap = other.m_heap;
        other.m_capacity = kInlineDigits;
    } else {
        std::memcpy(m_inline, other.m_inline, sizeof(m_inline));
    }
    other.m_size = 0;
}

BigInt& BigInt::operator=(const BigInt& other) {
    if (this == &other)
        return *this;
    std::size_t n = other.ndigits();
    Digit* p = prepare(n);
    if (n > 0)
        std::memcpy(p, other.data(), n * sizeof(Digit));
    m_size = other.m_size;
    return *this;
}

BigInt& BigInt::operator=(BigInt&& other) noexcept {
    if (this == &other)
        return *this;
    release();
    m_size = other.m_size;
    m_capacity = other.m_capacity;
    if (other.is_heap()) {
        m_heap = other.m_heap;
        other.m_capacity = kInlineDigits;
    } else {
        std::memcpy(m_inline, other.m_inline, sizeof(m_inline));
    }
    other.m_size = 0;
    return *this;
}

void BigInt::release() noexcept {
    if (is_heap())
        delete[] m_heap;
    m_capacity = kInlineDigits;
    m_size = 0;
}

BigInt::Digit* BigInt::prepare(std::size_t n) {
    m_size = 0;
    if (n <= m_capacity)
        return mutable_data();
    // The digit count must fit ob_size; callers bound shifts and powers long before this (nothing
    // catches C++ exceptions, and the wasm build has none: stop as an uncaught one would).
    if (n > kMaxDigits)
        std::abort();
    Digit* fresh = new Digit[n];
    release();
    m_heap = fresh;
    m_capacity = static_cast<std::uint32_t>(n);
    return m_heap;
}

void BigInt::finish(std::size_t n, bool negative) noexcept {
    assert(n <= m_capacity);
    n = detail::normalized_size(data(), n);
    m_size = static_cast<std::int32_t>(n);
    if (negative)
        m_size = -m_size;
}

void BigInt::assign_uint64(std::uint64_t value) noexcept {
    // Three digits hold 90 bits: always inline.
    std::size_t n = 0;
    while (value != 0) {
        m_inline[n++] = static_cast<Digit>(value & kMask);
        value >>= kShift;
    }
    m_size = static_cast<std::int32_t>(n);
}

void BigInt::assign_int64(std::int64_t value) noexcept {
    // Negate in unsigned arithmetic so INT64_MIN works.
    std::uint64_t magnitude = value < 0 ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    assign_uint64(magnitude);
    if (value < 0)
        m_size = -m_size;
}

// ---- int64 conversion ----

bool BigInt::fits_int64() const noexcept {
    return try_to_int64().has_value();
}

std::optional<std::int64_t> BigInt::try_to_int64() const noexcept {
    std::size_t n = ndigits();
    if (n > 3)
        return std::nullopt;
    const Digit* d = data();
    std::uint64_t magnitude = 0;
    for (std::size_t i = n; i-- > 0;) {
        if (magnitude >> (64 - kShift))
            return std::nullopt;
        magnitude = (magnitude << kShift) | d[i];
    }
    if (m_size < 0) {
        if (magnitude > (std::uint64_t{1} << 63))
            return std::nullopt;
        return static_cast<std::int64_t>(0 - magnitude);
    }
    if (magnitude > static_cast<std::uint64_t>(INT64_MAX))
        return std::nullopt;
    return static_cast<std::int64_t>(magnitude);
}

std::int64_t BigInt::to_int64() const noexcept {
    auto v = try_to_int64();
    assert(v.has_value());
    return v.value_or(0);
}

// ---- Sign and comparison ----

BigInt BigInt::operator-() const {
    BigInt r(*this);
    r.negate();
    return r;
}

BigInt BigInt::abs() const {
    BigInt r(*this);
    if (r.m_size < 0)
        r.m_size = -r.m_size;
    return r;
}

bool operator==(const BigInt& a, const BigInt& b) noexcept {
    if (a.m_size != b.m_size)
        return false;
    return std::memcmp(a.data(), b.data(), a.ndigits() * sizeof(Digit)) == 0;
}

std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept {
    if (a.m_size != b.m_size)
        return a.m_size <=> b.m_size;
    int c = detail::compare_mag(a.data(), a.ndigits(), b.data(), b.ndigits());
    if (a.m_size < 0)
        c = -c;
    return c <=> 0;
}

// ---- Hash and bit counts ----

std::int64_t BigInt::hash() const noexcept {
    // CPython's long_hash: fold digits from the top, reducing mod 2**61 - 1 with a rotation, since
    // 2**61 == 1 (mod 2**61 - 1).
    constexpr int kBits = 61;
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
    const Digit* d = data();
    std::uint64_t x = 0;
    for (std::size_t i = ndigits(); i-- > 0;) {
        x = ((x << kShift) & kModulus) | (x >> (kBits - kShift));
        x += d[i];
        if (x >= kModulus)
            x -= kModulus;
    }
    if (m_size < 0)
        x = 0 - x;
    if (x == static_cast<std::uint64_t>(-1))
        x = static_cast<std::uint64_t>(-2);
    return static_cast<std::int64_t>(x);
}

std::uint64_t BigInt::bit_length() const noexcept {
    std::size_t n = ndigits();
    if (n == 0)
        return 0;
    return static_cast<std::uint64_t>(n - 1) * kShift + detail::digit_bit_length(data()[n - 1]);
}

std::uint64_t BigInt::bit_count() const noexcept {
    std::uint64_t count = 0;
    for (Digit d : digits())
        count += static_cast<std::uint64_t>(__builtin_popcount(d));
    return count;
}

} // namespace hs::numeric
