// Python's repr() for the constant values that appear in an AST dump.
#pragma once

#include <string>
#include <string_view>

namespace hs::frontend {

std::string repr_str(std::string_view utf8);      // repr(str): quotes, escapes, printable check
std::string repr_bytes(std::string_view bytes);   // repr(bytes)
std::string repr_float(double value);             // repr(float): shortest round-trip digits
std::string repr_imaginary(double imag);          // repr(complex(0, imag)), e.g. "1.5j"
// The decimal digits of an integer literal written in `base` (digits without prefix).
std::string int_to_decimal(std::string_view digits, int base);

} // namespace hs::frontend
