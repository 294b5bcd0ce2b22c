// Small AST queries shared by the compiler passes.
#pragma once

#include "frontend/ast.h"

#include <string>
#include <vector>

namespace hs::compiler {

template <typename T> const T* as(const ast::Expr* e) {
    return static_cast<const T*>(e);
}
template <typename T> T* as(ast::Expr* e) {
    return static_cast<T*>(e);
}
template <typename T> const T* as(const ast::Stmt* s) {
    return static_cast<const T*>(s);
}
template <typename T> T* as(ast::Stmt* s) {
    return static_cast<T*>(s);
}

// The docstring node of a body: a first statement that is a str constant (_PyAST_GetDocString).
// Returns null when there is none.
const ast::ConstantExpr* docstring_of(const std::vector<ast::Stmt*>& body);

} // namespace hs::compiler
