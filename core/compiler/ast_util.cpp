#include "compiler/ast_util.h"

namespace hs::compiler {

const ast::ConstantExpr* docstring_of(const std::vector<ast::Stmt*>& body) {
    if (body.empty() || body[0]->kind != ast::StmtKind::Expr) return nullptr;
    const ast::Expr* value = as<ast::ExprStmt>(body[0])->value;
    if (value->kind != ast::ExprKind::Constant) return nullptr;
    const auto* c = as<ast::ConstantExpr>(value);
    return c->value.kind == ast::ConstantValue::Kind::Str ? c : nullptr;
}

} // namespace hs::compiler
