// CPython reports most syntax errors from a second parsing pass whose `invalid_*` rules
// recognize common mistakes. This file holds the checks that do not belong to a single
// statement: juxtaposed expressions, print without parentheses, and '=' in an expression.
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::ExprKind;

namespace {

bool is_legacy_name(const Expr* e) {
    if (e->kind != ExprKind::Name) return false;
    const std::string& id = static_cast<const ast::NameExpr*>(e)->id;
    return id == "print" || id == "exec";
}

} // namespace

// After a disjunction, the next token starts another expression: invalid_expression
// ("Perhaps you forgot a comma?" inside brackets) and invalid_legacy_expression.
void Parser::check_juxtaposition(int start, Expr* left) {
    SecondPass pass2(*this);
    bool excluded = (tok(start).kind == TokenKind::Name && tok(start + 1).kind == TokenKind::String) ||
                    is_soft_keyword(start);
    if (!excluded) {
        Mark before = mark();
        ++m_speculating;
        ++m_without_invalid;
        m_without_invalid_start = m_pos;
        Expr* b = parse_expression();
        --m_without_invalid;
        --m_speculating;
        if (m_error) return;
        int b_last = last_consumed();
        bool matched = b != nullptr && !failed();
        reset(before);
        if (matched && !is_legacy_name(left) && tok(b_last).level != 0) {
            raise_range("invalid syntax. Perhaps you forgot a comma?", left->pos, b->pos);
            return;
        }
    }
    // invalid_legacy_expression: a=NAME !'(' b=star_expressions, an error only for print
    // and exec (but b is parsed, with its own errors, whatever the name).
    if (tok(start).kind == TokenKind::Name && tok(start + 1).kind != TokenKind::LPar) {
        // `a b c ...` nests one such check per name, as in CPython.
        DepthGuard guard(*this, 4);
        if (!guard) return;
        std::string_view name = token_text(start);
        Mark before = mark();
        m_pos = start + 1;
        if (starts_expression(kind()) || at(TokenKind::Star)) {
            Expr* b = parse_star_expressions();
            if (m_error) return;
            if (b && (name == "print" || name == "exec")) {
                std::string n(name);
                raise_range("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?",
                            ast::Position{tok(start).lineno, tok(start).col, tok(start).end_lineno,
                                          tok(start).end_col},
                            b->pos);
                return;
            }
        }
        reset(before);
    }
}

namespace {

// Can `e` be what CPython's `bitwise_or` rule returned?
bool is_bitwise_or(const Expr* e, bool grouped) {
    if (grouped) return true;
    switch (e->kind) {
    case ExprKind::BoolOp:
    case ExprKind::Compare:
    case ExprKind::IfExp:
    case ExprKind::Lambda:
    case ExprKind::NamedExpr:
    case ExprKind::Starred:
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return false;
    case ExprKind::UnaryOp: return static_cast<const ast::UnaryOpExpr*>(e)->op != ast::UnaryOperator::Not;
    default: return true;
    }
}

} // namespace

// invalid_named_expression, at a '=' that follows the expression `e`:
//   a=NAME '=' b=bitwise_or !('='|':=')
//   !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')
void Parser::check_invalid_named_expression(Expr* e) {
    bool grouped = is_grouped(e);
    bool name_case = e->kind == ExprKind::Name && !grouped;
    bool here_case = false;
    if (!name_case && is_bitwise_or(e, grouped)) {
        // The negative lookahead looks at the leftmost atom of `e`.
        const Expr* atom = e;
        for (;;) {
            if (is_grouped(atom)) break;
            if (atom->kind == ExprKind::BinOp)
                atom = static_cast<const ast::BinOpExpr*>(atom)->left;
            else if (atom->kind == ExprKind::Attribute)
                atom = static_cast<const ast::AttributeExpr*>(atom)->value;
            else if (atom->kind == ExprKind::Subscript)
                atom = static_cast<const ast::SubscriptExpr*>(atom)->value;
            else if (atom->kind == ExprKind::Call)
                atom = static_cast<const ast::CallExpr*>(atom)->func;
            else
                break;
        }
        bool excluded = false;
        if (!is_grouped(atom)) {
            if (atom->kind == ExprKind::List || atom->kind == ExprKind::Tuple ||
                atom->kind == ExprKind::GeneratorExp)
                excluded = true;
            if (atom->kind == ExprKind::Constant) {
                auto k = static_cast<const ast::ConstantExpr*>(atom)->value.kind;
                excluded = k == ast::ConstantValue::Kind::True || k == ast::ConstantValue::Kind::False ||
                           k == ast::ConstantValue::Kind::None;
            }
        }
        here_case = !excluded;
    }
    if (!name_case && !here_case) return;
    SecondPass pass2(*this);
    Mark before = mark();
    advance();  // '='
    Expr* b = parse_bitwise_or();
    if (m_error) return;
    if (b && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
        if (name_case)
            raise_range("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e->pos, b->pos);
        else
            raise_node(std::string("cannot assign to ") + expr_name(e) + " here. Maybe you meant '==' instead of '='?",
                       e->pos);
        return;
    }
    reset(before);
}

// invalid_named_expression: a=expression ':=' expression (at the ':=').
void Parser::check_walrus_target(Expr* e) {
    SecondPass pass2(*this);
    advance();
    Expr* value = starts_expression(kind()) ? parse_expression() : nullptr;
    if (m_error) return;
    if (value) {
        raise_node(std::string("cannot use assignment expressions with ") + expr_name(e), e->pos);
        return;
    }
    fail();
}

// invalid_assignment's second alternative looks at the first target of a failed assignment
// as a star_named_expression, which may match invalid_named_expression.
void Parser::check_assignment_here(Expr* first, bool first_bare_tuple, int first_equal) {
    Expr* e = first_bare_tuple ? static_cast<ast::TupleExpr*>(first)->elts.back() : first;
    if (e->kind == ExprKind::Starred && !is_grouped(e)) return;
    int saved = m_pos;
    m_pos = first_equal;
    check_invalid_named_expression(e);
    if (!failed()) m_pos = saved;
}

} // namespace hs::frontend
