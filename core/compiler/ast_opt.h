// The AST the compiler works on: a private copy of the parser's tree, constant-folded.
//
// CPython folds constants in place (Python/ast_opt.c) before building symbol tables. heapscope
// must not modify the caller's tree, so clone_module() copies it first; every Constant node of
// the copy is a ConstantNode that carries its value as a compiler::Constant, which can also
// hold the tuples and frozensets that folding produces.
#pragma once

#include "compiler/code.h"
#include "frontend/ast.h"

namespace hs::compiler {

struct ConstantNode : ast::ConstantExpr {
    Constant constant;
};

// The value of a Constant node of a cloned tree.
inline const Constant& constant_of(const ast::Expr* e) {
    return static_cast<const ConstantNode*>(e)->constant;
}

// A deep copy of `module` whose nodes live in the copy's own arena. `too_deep` is set when
// statements and expressions nest deeper than CPython compiles (RecursionError). The value of
// every Constant node is appended to `ast_constants` (see CompileResult::ast_constants).
ast::Module clone_module(const ast::Module& module, bool& too_deep, std::vector<Constant>& ast_constants);

// Folds constant expressions of a cloned tree in place, as CPython 3.11's _PyAST_Optimize
// (with optimization level 0: `__debug__` is True). Each folded value is appended to
// `ast_constants`.
void optimize_ast(ast::Module& module, std::vector<Constant>& ast_constants);

// Folding of one operation on constants; false when CPython would leave it to run time
// (an error, or a result over the size limits). Defined in const_fold.cpp.
bool fold_unary(ast::UnaryOperator op, const Constant& operand, Constant& result);
bool fold_binary(ast::Operator op, const Constant& left, const Constant& right, Constant& result);
bool fold_subscript(const Constant& value, const Constant& index, Constant& result);
// Python equality of constants (1 == 1.0 == True), used to build frozensets.
bool constant_equal(const Constant& a, const Constant& b);

} // namespace hs::compiler
