// Helpers over compiler::Constant: construction, identity keys, truth and repr.
#pragma once

#include "compiler/code.h"

#include <string>

namespace hs::compiler {

Constant make_none();
Constant make_bool(bool value);
Constant make_int(long long value);
Constant make_str(std::string text);
Constant make_float(double value);
Constant make_tuple(std::vector<Constant> items);
Constant make_code(std::shared_ptr<const CodeUnit> code);

// The constant an AST literal denotes (ints are parsed from their digits).
Constant constant_from_ast(const ast::ConstantValue& value);

// Identity for deduplication within a code unit, as CPython's _PyCode_ConstantKey: equal keys
// for equal values of the same type, so 0, 0.0, -0.0, False and "0" all stay distinct.
std::string constant_key(const Constant& c);
std::string code_key(const CodeUnit& code);

// bool(c) as Python computes it.
bool constant_is_true(const Constant& c);

// repr(c), with frozenset items sorted by repr (their hash order carries no meaning).
std::string constant_repr(const Constant& c);

// repr() of a float as Python prints it (shortest round-trip digits).
std::string float_repr(double value);

// Number of code points of a UTF-8 string (len() of a str).
size_t utf8_length(const std::string& s);

} // namespace hs::compiler
