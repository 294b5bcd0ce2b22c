// Arbitrary-precision integers stored like CPython's longobject.
//
// A BigInt is sign + magnitude, the magnitude in base 2**30 digits (least significant first), so that
// `ndigits()` is exactly CPython's abs(ob_size) and sys.getsizeof(int) = 24 + 4 * max(1, ndigits()).
// Values of up to four digits (120 bits) live inline: small arithmetic does not allocate.
//
// Every operation has Python semantics (floor division, infinite two's complement for bitwise ops).
// Nothing here throws except std::bad_alloc; preconditions (a non-zero divisor, ...) are the caller's
// job, and the caller raises the Python exception (messages below mirror CPython 3.11's).
#pragma once

#include <compare>
#include <concepts>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>

namespace hs::numeric {

// sys.int_info.default_max_str_digits and the smallest non-zero value set_int_max_str_digits() accepts.
inline constexpr int kDefaultMaxStrDigits = 4300;
inline constexpr int kMaxStrDigitsThreshold = 640;

class BigInt {
public:
    using Digit = std::uint32_t;
    static constexpr int kShift = 30;
    static constexpr Digit kBase = Digit{1} << kShift;
    static constexpr Digit kMask = kBase - 1;
    static constexpr std::size_t kInlineDigits = 4;
    // The most digits a value may have (ob_size is 32-bit here); about 8 GB of digits.
    static constexpr std::size_t kMaxDigits = 0x7fffffff;

    BigInt() noexcept : m_inline{} {}
    template <std::integral T>
    BigInt(T value) noexcept : m_inline{} {
        if constexpr (std::is_signed_v<T>)
            assign_int64(static_cast<std::int64_t>(value));
        else
            assign_uint64(static_cast<std::uint64_t>(value));
    }
    BigInt(const BigInt& other);
    BigInt(BigInt&& other) noexcept;
    BigInt& operator=(const BigInt& other);
    BigInt& operator=(BigInt&& other) noexcept;
    ~BigInt() { release(); }

    // int(x) for a float: truncates toward zero; nullopt for inf and nan (the caller raises
    // OverflowError "cannot convert float infinity to integer" / ValueError "cannot convert float NaN
    // to integer").
    static std::optional<BigInt> from_double(double value);

    // Magnitude digits, least significant first; empty for zero.
    std::span<const Digit> digits() const noexcept { return {data(), ndigits()}; }
    std::size_t ndigits() const noexcept { return static_cast<std::size_t>(m_size < 0 ? -m_size : m_size); }
    bool is_zero() const noexcept { return m_size == 0; }
    bool is_negative() const noexcept { return m_size < 0; }
    int sign() const noexcept { return (m_size > 0) - (m_size < 0); }

    bool fits_int64() const noexcept;
    std::int64_t to_int64() const noexcept; // precondition: fits_int64()
    std::optional<std::int64_t> try_to_int64() const noexcept;

    // PyLong_AsDouble: correctly rounded (half-even). Sets overflow (and returns +-inf) when the value
    // is too large: OverflowError "int too large to convert to float".
    double to_double(bool& overflow) const noexcept;

    // hash(int): the value mod 2**61-1 with the sign of the value; -1 becomes -2.
    std::int64_t hash() const noexcept;
    // int.bit_length() and int.bit_count().
    std::uint64_t bit_length() const noexcept;
    std::uint64_t bit_count() const noexcept;

    BigInt operator-() const;
    BigInt abs() const;
    void negate() noexcept { m_size = -m_size; }

    friend bool operator==(const BigInt& a, const BigInt& b) noexcept;
    friend std::strong_ordering operator<=>(const BigInt& a, const BigInt& b) noexcept;

    // ---- Text conversion (bigint_string.cpp) ----

    // Digits in `base` (2..36), lowercase, with a leading '-' for negatives, no prefix, no digit limit.
    std::string to_string(int base = 10) const;
    // str(int) under sys.set_int_max_str_digits(max_str_digits) (0 = unlimited): nullopt when the
    // value has more decimal digits than allowed (see int_max_str_digits_to_str_message()).
    std::optional<std::string> to_decimal_string(int max_str_digits) const;
    // bin() / oct() / hex(): "0b101", "-0o17", "0xff". base must be 2, 8 or 16.
    std::string to_prefixed_string(int base) const;
    // Cheap upper bound on the number of decimal digits of |value| (at least 1).
    std::uint64_t decimal_digits_upper_bound() const noexcept;

    // Literal digits in base 2..36, or base 0 for Python literal rules (0x/0o/0b prefixes, no leading
    // zeros on non-zero decimals). Underscores are accepted between digits as in literals; no sign and
    // no whitespace. No digit limit (source literals are not limited). nullopt when invalid.
    static std::optional<BigInt> from_string(std::string_view text, int base);

    // ---- Implementation access for the numeric library's own kernels ----

    // Makes the value zero with room for n digits (contents unspecified) and returns the buffer.
    Digit* prepare(std::size_t n);
    // Sets the digit count and sign after writing through prepare(), dropping leading zero digits.
    void finish(std::size_t n, bool negative) noexcept;
    Digit* mutable_data() noexcept { return is_heap() ? m_heap : m_inline; }
    const Digit* data() const noexcept { return is_heap() ? m_heap : m_inline; }

private:
    bool is_heap() const noexcept { return m_capacity > kInlineDigits; }
    void release() noexcept;
    void assign_int64(std::int64_t value) noexcept;
    void assign_uint64(std::uint64_t value) noexcept;

    // CPython's ob_size: the digit count, negated for negative values.
    std::int32_t m_size = 0;
    std::uint32_t m_capacity = kInlineDigits;
    union {
        Digit m_inline[kInlineDigits];
        Digit* m_heap;
    };
};

// ---- Arithmetic with Python semantics (bigint_arith.cpp, bigint_bitwise.cpp) ----

BigInt add(const BigInt& a, const BigInt& b);
BigInt sub(const BigInt& a, const BigInt& b);
BigInt mul(const BigInt& a, const BigInt& b);

// Floor division and modulo; precondition: b != 0 (ZeroDivisionError "integer division or modulo by
// zero" for // and divmod, "integer modulo by zero" for %).
struct BigIntDivMod {
    BigInt quotient;
    BigInt remainder;
};
BigInt floor_div(const BigInt& a, const BigInt& b);
BigInt floor_mod(const BigInt& a, const BigInt& b);
BigIntDivMod divmod(const BigInt& a, const BigInt& b);

// base ** exp for exp >= 0 (the caller turns negative exponents into float pow).
BigInt pow(const BigInt& base, const BigInt& exp);
// pow(base, exp, mod) for exp >= 0 and mod != 0 (ValueError "pow() 3rd argument cannot be 0"); the
// result has the sign of mod, like Python's %.
BigInt pow_mod(const BigInt& base, const BigInt& exp, const BigInt& mod);
// The inverse of a modulo m (m != 0) in [0, |m|) for m > 0 or (-|m|, 0] for m < 0, as pow(a, -1, m);
// nullopt when a is not invertible (ValueError "base is not invertible for the given modulus").
std::optional<BigInt> mod_inverse(const BigInt& a, const BigInt& m);
// math.gcd for two values: always >= 0.
BigInt gcd(const BigInt& a, const BigInt& b);

// Shifts by a non-negative count (ValueError "negative shift count"); rshift floors toward -inf.
// lshift of a non-zero value needs about (bit_length + shift) / 8 bytes, and pow about
// bit_length * exp / 8: the caller bounds them (MemoryError) before asking; beyond kMaxDigits digits
// the program stops (std::abort), as with any failed allocation.
BigInt lshift(const BigInt& a, std::uint64_t shift);
BigInt rshift(const BigInt& a, std::uint64_t shift);

// Bitwise operators on the infinite two's complement representation.
BigInt bit_and(const BigInt& a, const BigInt& b);
BigInt bit_or(const BigInt& a, const BigInt& b);
BigInt bit_xor(const BigInt& a, const BigInt& b);
BigInt bit_invert(const BigInt& a);

inline BigInt operator+(const BigInt& a, const BigInt& b) { return add(a, b); }
inline BigInt operator-(const BigInt& a, const BigInt& b) { return sub(a, b); }
inline BigInt operator*(const BigInt& a, const BigInt& b) { return mul(a, b); }
inline BigInt operator&(const BigInt& a, const BigInt& b) { return bit_and(a, b); }
inline BigInt operator|(const BigInt& a, const BigInt& b) { return bit_or(a, b); }
inline BigInt operator^(const BigInt& a, const BigInt& b) { return bit_xor(a, b); }
inline BigInt operator~(const BigInt& a) { return bit_invert(a); }
inline BigInt operator<<(const BigInt& a, std::uint64_t shift) { return lshift(a, shift); }
inline BigInt operator>>(const BigInt& a, std::uint64_t shift) { return rshift(a, shift); }

// ---- Floats (bigint_float.cpp) ----

// int / int, correctly rounded like CPython's long_true_divide. Precondition: b != 0 (ZeroDivisionError
// "division by zero"). Returns false on overflow (OverflowError "integer division result too large for
// a float").
bool true_divide(const BigInt& a, const BigInt& b, double& out);
// Exact comparison of an int with a float (nan is unordered), as int.__lt__(float) and friends.
std::partial_ordering compare(const BigInt& a, double b) noexcept;

// ---- Parsing for int(str, base) (bigint_string.cpp) ----

enum class IntParseStatus {
    ok,
    invalid_literal,      // ValueError "invalid literal for int() with base %d: %R"
    exceeds_digit_limit,  // ValueError int_max_str_digits_to_int_message(limit, digit_count)
};

struct IntParseResult {
    IntParseStatus status = IntParseStatus::invalid_literal;
    BigInt value;
    std::int64_t digit_count = 0; // for exceeds_digit_limit
};

// int(text, base) for ASCII text: surrounding whitespace, one sign, underscores between digits, the
// base prefix when it matches `base`, base 0 literal rules. base must be 0 or 2..36 (the caller raises
// ValueError "int() base must be >= 2 and <= 36, or 0"). max_str_digits limits non-power-of-two bases
// (0 = unlimited); the limit is checked before trailing garbage, as CPython does. The caller maps
// non-ASCII decimal digits and spaces to ASCII first (CPython's
// _PyUnicode_TransformDecimalAndSpaceToASCII) and words invalid_literal with the base it passed.
IntParseResult parse_int_literal(std::string_view text, int base, int max_str_digits = kDefaultMaxStrDigits);

// The ValueError messages for the int_max_str_digits limit, in both directions.
std::string int_max_str_digits_to_str_message(int limit);
std::string int_max_str_digits_to_int_message(int limit, std::int64_t digit_count);

} // namespace hs::numeric
