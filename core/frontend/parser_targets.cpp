// Assignment, deletion and loop targets: validation, contexts (Load/Store/Del) and the
// names CPython uses in "cannot assign to ..." messages.
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::ExprKind;

namespace {

bool starts_target(TokenKind k) {
    switch (k) {
    case TokenKind::Star:
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis: return true;
    default: return false;
    }
}

} // namespace

// CPython's _PyPegen_get_invalid_target: the part of `e` that cannot be a target, or null.
ast::Expr* Parser::invalid_target(Expr* e, int targets_type) {
    if (!e) return nullptr;
    switch (e->kind) {
    case ExprKind::List:
        for (Expr* x : static_cast<ast::ListExpr*>(e)->elts)
            if (Expr* bad = invalid_target(x, targets_type)) return bad;
        return nullptr;
    case ExprKind::Tuple:
        for (Expr* x : static_cast<ast::TupleExpr*>(e)->elts)
            if (Expr* bad = invalid_target(x, targets_type)) return bad;
        return nullptr;
    case ExprKind::Starred:
        if (targets_type == kDelTargets) return e;
        return invalid_target(static_cast<ast::StarredExpr*>(e)->value, targets_type);
    case ExprKind::Compare: {
        // In `for a in b` the target was parsed as the comparison `a in b`.
        if (targets_type == kForTargets) {
            auto* c = static_cast<ast::CompareExpr*>(e);
            if (c->ops.front() == ast::CmpOperator::In) return invalid_target(c->left, targets_type);
            return nullptr;
        }
        return e;
    }
    case ExprKind::Name:
    case ExprKind::Subscript:
    case ExprKind::Attribute: return nullptr;
    default: return e;
    }
}

bool Parser::is_valid_target(Expr* e, ast::ExprContext ctx) {
    switch (e->kind) {
    case ExprKind::Name:
    case ExprKind::Attribute:
    case ExprKind::Subscript: return true;
    case ExprKind::Starred:
        return ctx == ast::ExprContext::Store &&
               is_valid_target(static_cast<ast::StarredExpr*>(e)->value, ctx) &&
               static_cast<ast::StarredExpr*>(e)->value->kind != ExprKind::Starred;
    case ExprKind::List:
        for (Expr* x : static_cast<ast::ListExpr*>(e)->elts)
            if (!is_valid_target(x, ctx)) return false;
        return true;
    case ExprKind::Tuple:
        for (Expr* x : static_cast<ast::TupleExpr*>(e)->elts)
            if (!is_valid_target(x, ctx)) return false;
        return true;
    default: return false;
    }
}

// CPython's _PyPegen_set_expr_context.
void Parser::set_context(Expr* e, ast::ExprContext ctx) {
    switch (e->kind) {
    case ExprKind::Name: static_cast<ast::NameExpr*>(e)->ctx = ctx; break;
    case ExprKind::Attribute: static_cast<ast::AttributeExpr*>(e)->ctx = ctx; break;
    case ExprKind::Subscript: static_cast<ast::SubscriptExpr*>(e)->ctx = ctx; break;
    case ExprKind::Starred: {
        auto* s = static_cast<ast::StarredExpr*>(e);
        s->ctx = ctx;
        set_context(s->value, ctx);
        break;
    }
    case ExprKind::List: {
        auto* l = static_cast<ast::ListExpr*>(e);
        l->ctx = ctx;
        for (Expr* x : l->elts) set_context(x, ctx);
        break;
    }
    case ExprKind::Tuple: {
        auto* t = static_cast<ast::TupleExpr*>(e);
        t->ctx = ctx;
        for (Expr* x : t->elts) set_context(x, ctx);
        break;
    }
    default: break;
    }
}

// CPython's _PyPegen_get_expr_name.
const char* Parser::expr_name(const Expr* e) {
    switch (e->kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant: {
        const auto& v = static_cast<const ast::ConstantExpr*>(e)->value;
        switch (v.kind) {
        case ast::ConstantValue::Kind::None: return "None";
        case ast::ConstantValue::Kind::False: return "False";
        case ast::ConstantValue::Kind::True: return "True";
        case ast::ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
        }
    }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    default: return "expression";
    }
}

// star_target: '*' (!'*' star_target) | target_with_star_atom. The target is parsed as a
// primary; the caller checks that it really is one.
ast::Expr* Parser::parse_star_target() {
    if (!at(TokenKind::Star)) {
        if (!starts_target(kind())) return fail();
        return parse_primary();
    }
    int start = m_pos;
    advance();
    if (at(TokenKind::Star)) return fail();
    Expr* inner = parse_star_target();
    if (!inner) return nullptr;
    auto* s = make<ast::StarredExpr>(start);
    s->value = inner;
    return s;
}

// star_targets: star_target (',' star_target)* [',']
ast::Expr* Parser::parse_star_targets() {
    int start = m_pos;
    Expr* first = parse_star_target();
    if (!first || !at(TokenKind::Comma)) return first;
    auto* t = m_arena.make<ast::TupleExpr>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_target(kind())) break;
        Expr* e = parse_star_target();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    t->pos = span_from(start);
    return t;
}

// The targets of `for ... in`, up to (not consuming) 'in'; otherwise CPython's
// invalid_for_target: 'for' star_expressions, reporting the first invalid target.
ast::Expr* Parser::parse_for_targets() {
    Mark before = mark();
    Expr* t = parse_star_targets();
    if (t && is_valid_target(t, ast::ExprContext::Store) && at(TokenKind::KwIn)) {
        set_context(t, ast::ExprContext::Store);
        return t;
    }
    if (m_error) return nullptr;
    SecondPass pass2(*this);
    reset(before);
    if (!starts_expression(kind()) && !at(TokenKind::Star)) return fail();
    Expr* e = parse_star_expressions();
    if (m_error) return nullptr;
    if (e) {
        Expr* bad = invalid_target(e, kForTargets);
        if (bad) return raise_node(std::string("cannot assign to ") + expr_name(bad), bad->pos);
    }
    return fail();
}

} // namespace hs::frontend
