// Every expression table of the number and builtins tests, checked against CPython 3.11.7's
// results: values, reprs and the exact text of every error message.
#include "builtins_test_support.h"

using namespace hs::test;

TEST_CASE("int and bool expressions give CPython's results and messages", "[int][bool]") {
    check_expr_cases(int_expr_cases);
}

TEST_CASE("float and complex expressions give CPython's results and messages", "[float][complex]") {
    check_expr_cases(float_expr_cases);
}

TEST_CASE("builtin functions give CPython's results and messages", "[builtins]") {
    check_expr_cases(builtins_expr_cases);
}

TEST_CASE("argument errors and sys functions give CPython's messages", "[args][sys]") {
    check_expr_cases(args_expr_cases);
}
