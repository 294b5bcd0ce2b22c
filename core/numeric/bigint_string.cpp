// BigInt <-> text: str()/bin()/oct()/hex(), int(str, base) and literal parsing, and the
// int_max_str_digits limit CPython 3.11 puts on decimal conversions.
#include "numeric/bigint.h"

#include "numeric/bigint_kernels.h"

#include <algorithm>
#include <cassert>
#include <vector>

namespace hs::numeric {

using namespace detail;

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

// The value of an ASCII digit in bases up to 36; 37 for anything else.
int digit_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37;
}

bool is_power_of_two(int base) {
    return (base & (base - 1)) == 0;
}

int log2_of_power_of_two(int base) {
    return __builtin_ctz(static_cast<unsigned>(base));
}

// Py_ISSPACE: the ASCII whitespace set.
bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Appends |value| in a power-of-two base, most significant first.
void append_binary_base(const BigInt& value, int base, std::string& out) {
    const int bits = log2_of_power_of_two(base);
    const std::uint64_t total = value.bit_length();
    const std::uint64_t chars = (total + bits - 1) / bits;
    const Digit* d = value.data();
    for (std::uint64_t c = chars; c-- > 0;) {
        // Gather the `bits` bits starting at bit c*bits; they may straddle two digits.
        std::uint64_t bit = c * bits;
        std::size_t index = static_cast<std::size_t>(bit / kShift);
        int offset = static_cast<int>(bit % kShift);
        TwoDigits window = d[index];
        if (index + 1 < value.ndigits())
            window |= static_cast<TwoDigits>(d[index + 1]) << kShift;
        out.push_back(kDigitChars[(window >> offset) & static_cast<TwoDigits>(base - 1)]);
    }
}

// Appends |value| in any other base by converting to chunks of base**k < 2**30.
void append_general_base(const BigInt& value, int base, std::string& out) {
    std::size_t n = value.ndigits();
    if (base == 10) {
        // CPython's scheme for str(): feed the binary digits, most significant first, into an array
        // of base 10**9 digits. Quadratic, like CPython 3.11; the constant divisor compiles to a
        // multiplication.
        constexpr Digit kDecimalBase = 1000000000;
        constexpr int kDecimalChars = 9;
        std::vector<Digit> chunks;
        chunks.reserve(1 + n + n / 99);
        const Digit* d = value.data();
        for (std::size_t i = n; i-- > 0;) {
            Digit hi = d[i];
            for (Digit& o : chunks) {
                TwoDigits z = (static_cast<TwoDigits>(o) << kShift) | hi;
                hi = static_cast<Digit>(z / kDecimalBase);
                o = static_cast<Digit>(z - static_cast<TwoDigits>(hi) * kDecimalBase);
            }
            while (hi != 0) {
                chunks.push_back(hi % kDecimalBase);
                hi /= kDecimalBase;
            }
        }
        std::size_t start = out.size();
        for (std::size_t i = 0; i < chunks.size(); ++i) {
            Digit c = chunks[i];
            for (int k = 0; k < kDecimalChars; ++k) {
                out.push_back(static_cast<char>('0' + c % 10));
                c /= 10;
                if (c == 0 && i + 1 == chunks.size())
                    break;
            }
        }
        std::reverse(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
        return;
    }
    // Other bases: repeated division by base**k < 2**30, collecting characters least significant first.
    Digit chunk_base = static_cast<Digit>(base);
    int chunk_chars = 1;
    while (static_cast<TwoDigits>(chunk_base) * base < kBase) {
        chunk_base *= static_cast<Digit>(base);
        ++chunk_chars;
    }
    std::vector<Digit> work(value.data(), value.data() + n);
    std::size_t start = out.size();
    while (n > 0) {
        Digit rem = divrem1(work.data(), n, chunk_base, work.data());
        n = normalized_size(work.data(), n);
        for (int k = 0; k < chunk_chars; ++k) {
            out.push_back(kDigitChars[rem % base]);
            rem /= base;
            if (rem == 0 && n == 0)
                break;
        }
    }
    std::reverse(out.begin() + static_cast<std::ptrdiff_t>(start), out.end());
}

// Converts the validated digit characters text[begin, end) (underscores skipped) in `base`.
BigInt digits_to_bigint(std::string_view text, int base, std::int64_t digit_count) {
    BigInt z;
    if (digit_count == 0)
        return z;
    if (is_power_of_two(base)) {
        const int bits = log2_of_power_of_two(base);
        const std::size_t n = static_cast<std::size_t>((digit_count * bits + kShift - 1) / kShift);
        Digit* p = z.prepare(n);
        std::fill(p, p + n, Digit{0});
        // Fill from the least significant character.
        std::uint64_t bit = 0;
        for (std::size_t i = text.size(); i-- > 0;) {
            if (text[i] == '_')
                continue;
            TwoDigits v = static_cast<TwoDigits>(digit_value(text[i])) << (bit % kShift);
            std::size_t index = static_cast<std::size_t>(bit / kShift);
            p[index] |= static_cast<Digit>(v & kMask);
            if (index + 1 < n)
                p[index + 1] |= static_cast<Digit>(v >> kShift);
            bit += static_cast<std::uint64_t>(bits);
        }
        z.finish(n, false);
        return z;
    }
    Digit chunk_limit = static_cast<Digit>(base);
    while (static_cast<TwoDigits>(chunk_limit) * base < kBase)
        chunk_limit *= static_cast<Digit>(base);
    // ceil(log2(base)) bits per character bounds the digit count.
    const int bits_per_char = 32 - __builtin_clz(static_cast<unsigned>(base - 1));
    const std::size_t capacity = static_cast<std::size_t>(digit_count * bits_per_char / kShift + 2);
    Digit* p = z.prepare(capacity);
    std::size_t size = 0;
    Digit chunk = 0, multiplier = 1;
    auto flush = [&] {
        Digit carry = mul_add1(p, size, multiplier, chunk);
        if (carry != 0)
            p[size++] = carry;
        chunk = 0;
        multiplier = 1;
    };
    for (char c : text) {
        if (c == '_')
            continue;
        chunk = chunk * static_cast<Digit>(base) + static_cast<Digit>(digit_value(c));
        multiplier *= static_cast<Digit>(base);
        if (multiplier == chunk_limit)
            flush();
    }
    if (multiplier != 1)
        flush();
    assert(size <= capacity);
    z.finish(size, false);
    return z;
}

// PyLong_FromString's grammar. With int_call, surrounding whitespace and one sign are allowed and
// max_str_digits applies (0 = unlimited).
IntParseResult parse(std::string_view text, int base, bool int_call, int max_str_digits) {
    IntParseResult result;
    if (base != 0 && (base < 2 || base > 36))
        return result;
    std::size_t pos = 0;
    const std::size_t end = text.size();
    auto at = [&](std::size_t i) { return i < end ? text[i] : '\0'; };
    bool negative = false;
    if (int_call) {
        while (pos < end && is_space(text[pos]))
            ++pos;
        if (at(pos) == '+') {
            ++pos;
        } else if (at(pos) == '-') {
            negative = true;
            ++pos;
        }
    }
    bool error_if_nonzero = false;
    if (base == 0) {
        char next = at(pos + 1);
        if (at(pos) != '0')
            base = 10;
        else if (next == 'x' || next == 'X')
            base = 16;
        else if (next == 'o' || next == 'O')
            base = 8;
        else if (next == 'b' || next == 'B')
            base = 2;
        else {
            // An old C-style octal literal such as 017 is invalid, but 0, 00 and 0_0 are zero.
            error_if_nonzero = true;
            base = 10;
        }
    }
    if (at(pos) == '0') {
        char next = at(pos + 1);
        if ((base == 16 && (next == 'x' || next == 'X')) || (base == 8 && (next == 'o' || next == 'O')) ||
            (base == 2 && (next == 'b' || next == 'B'))) {
            pos += 2;
            if (at(pos) == '_') // one underscore may follow the prefix
                ++pos;
        }
    }
    if (at(pos) == '_')
        return result;

    const std::size_t start = pos;
    std::int64_t digits = 0;
    char prev = '\0';
    while (pos < end && (digit_value(text[pos]) < base || text[pos] == '_')) {
        if (text[pos] == '_') {
            if (prev == '_')
                return result;
        } else {
            ++digits;
        }
        prev = text[pos];
        ++pos;
    }
    if (prev == '_')
        return result;
    // The limit is checked before trailing garbage, as CPython does.
    if (!is_power_of_two(base) && max_str_digits > 0 && digits > max_str_digits) {
        result.status = IntParseStatus::exceeds_digit_limit;
        result.digit_count = digits;
        return result;
    }
    if (digits == 0)
        return result;
    BigInt value = digits_to_bigint(text.substr(start, pos - start), base, digits);
    if (error_if_nonzero && !value.is_zero())
        return result;
    if (int_call) {
        while (pos < end && is_space(text[pos]))
            ++pos;
    }
    if (pos != end)
        return result;
    if (negative)
        value.negate();
    result.status = IntParseStatus::ok;
    result.value = std::move(value);
    return result;
}

} // namespace

std::string BigInt::to_string(int base) const {
    assert(base >= 2 && base <= 36);
    std::string out;
    if (is_zero())
        return "0";
    if (is_negative())
        out.push_back('-');
    if (ndigits() <= 2 && base == 10) {
        // Below 2**60: one machine division per character.
        std::uint64_t v = static_cast<std::uint64_t>(data()[0]);
        if (ndigits() == 2)
            v |= static_cast<std::uint64_t>(data()[1]) << kShift;
        char buffer[24];
        char* p = buffer + sizeof(buffer);
        do {
            *--p = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v != 0);
        out.append(p, buffer + sizeof(buffer));
        return out;
    }
    if (is_power_of_two(base))
        append_binary_base(*this, base, out);
    else
        append_general_base(*this, base, out);
    return out;
}

std::uint64_t BigInt::decimal_digits_upper_bound() const noexcept {
    // log10(2) < 0.30103
    return bit_length() * 30103 / 100000 + 1;
}

std::optional<std::string> BigInt::to_decimal_string(int max_str_digits) const {
    if (max_str_digits > 0) {
        // A value of `bits` bits is at least 2**(bits-1), which has at least this many digits
        // (0.30102 < log10(2)): reject huge values before the quadratic conversion.
        std::uint64_t bits = bit_length();
        if (bits > 0 && (bits - 1) * 30102 / 100000 + 1 > static_cast<std::uint64_t>(max_str_digits))
            return std::nullopt;
    }
    std::string s = to_string(10);
    if (max_str_digits > 0 && s.size() - (is_negative() ? 1 : 0) > static_cast<std::size_t>(max_str_digits))
        return std::nullopt;
    return s;
}

std::string BigInt::to_prefixed_string(int base) const {
    assert(base == 2 || base == 8 || base == 16);
    std::string out;
    if (is_negative())
        out.push_back('-');
    out.push_back('0');
    out.push_back(base == 2 ? 'b' : base == 8 ? 'o' : 'x');
    if (is_zero())
        out.push_back('0');
    else
        append_binary_base(*this, base, out);
    return out;
}

std::optional<BigInt> BigInt::from_string(std::string_view text, int base) {
    IntParseResult r = parse(text, base, false, 0);
    if (r.status != IntParseStatus::ok)
        return std::nullopt;
    return std::move(r.value);
}

IntParseResult parse_int_literal(std::string_view text, int base, int max_str_digits) {
    return parse(text, base, true, max_str_digits);
}

std::string int_max_str_digits_to_str_message(int limit) {
    return "Exceeds the limit (" + std::to_string(limit) +
           " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit";
}

std::string int_max_str_digits_to_int_message(int limit, std::int64_t digit_count) {
    return "Exceeds the limit (" + std::to_string(limit) + " digits) for integer string conversion: value has " +
           std::to_string(digit_count) + " digits; use sys.set_int_max_str_digits() to increase the limit";
}

} // namespace hs::numeric
