// Expressions, from star_expressions down to primary (CPython grammar: EXPRESSIONS).
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::ExprKind;

namespace {

// Binary operators from bitwise_or down to term, with their precedence.
int binary_precedence(TokenKind k, ast::Operator& op) {
    switch (k) {
    case TokenKind::VBar: op = ast::Operator::BitOr; return 1;
    case TokenKind::Circumflex: op = ast::Operator::BitXor; return 2;
    case TokenKind::Amper: op = ast::Operator::BitAnd; return 3;
    case TokenKind::LeftShift: op = ast::Operator::LShift; return 4;
    case TokenKind::RightShift: op = ast::Operator::RShift; return 4;
    case TokenKind::Plus: op = ast::Operator::Add; return 5;
    case TokenKind::Minus: op = ast::Operator::Sub; return 5;
    case TokenKind::Star: op = ast::Operator::Mult; return 6;
    case TokenKind::Slash: op = ast::Operator::Div; return 6;
    case TokenKind::DoubleSlash: op = ast::Operator::FloorDiv; return 6;
    case TokenKind::Percent: op = ast::Operator::Mod; return 6;
    case TokenKind::At: op = ast::Operator::MatMult; return 6;
    default: return 0;
    }
}

} // namespace

bool Parser::starts_expression(TokenKind k) const {
    switch (k) {
    case TokenKind::Name:
    case TokenKind::Number:
    case TokenKind::String:
    case TokenKind::LPar:
    case TokenKind::LSqb:
    case TokenKind::LBrace:
    case TokenKind::Minus:
    case TokenKind::Plus:
    case TokenKind::Tilde:
    case TokenKind::KwNot:
    case TokenKind::KwLambda:
    case TokenKind::KwAwait:
    case TokenKind::KwNone:
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::Ellipsis: return true;
    default: return false;
    }
}

// star_expressions: star_expression (',' star_expression)* [','] (a tuple when there is a comma)
ast::Expr* Parser::parse_star_expressions(bool* bare_tuple) {
    int start = m_pos;
    if (bare_tuple) *bare_tuple = false;
    Expr* first = parse_star_expression();
    if (!first) return nullptr;
    if (!at(TokenKind::Comma)) return first;
    auto* t = m_arena.make<ast::TupleExpr>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (!starts_expression(kind()) && !at(TokenKind::Star)) break;
        Expr* e = parse_star_expression();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    t->pos = span_from(start);
    if (bare_tuple) *bare_tuple = true;
    return t;
}

// star_expression: '*' bitwise_or | expression
ast::Expr* Parser::parse_star_expression() {
    if (!at(TokenKind::Star)) return parse_expression();
    int start = m_pos;
    advance();
    Expr* value = parse_bitwise_or();
    if (!value) return nullptr;
    auto* s = make<ast::StarredExpr>(start);
    s->value = value;
    return s;
}

// star_named_expression: '*' bitwise_or | named_expression
ast::Expr* Parser::parse_star_named_expression() {
    if (!at(TokenKind::Star)) return parse_named_expression();
    return parse_star_expression();
}

// The rest of `first ',' star_named_expression* [',']` as a Load tuple (a match subject).
ast::Expr* Parser::parse_star_named_expressions_tuple(int start, Expr* first, TokenKind close) {
    auto* t = m_arena.make<ast::TupleExpr>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(close)) break;
        Expr* e = parse_star_named_expression();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    t->pos = span_from(start);
    return t;
}

// named_expression: NAME ':=' expression | invalid_named_expression | expression !':='
ast::Expr* Parser::parse_named_expression() {
    int start = m_pos;
    if (at(TokenKind::Name) && kind_at(1) == TokenKind::ColonEqual) {
        auto* target = make<ast::NameExpr>(start);
        advance();
        target->pos = span_from(start);
        target->id = name_of(start);
        target->ctx = ast::ExprContext::Store;
        advance();
        Expr* value = parse_expression();
        if (!value) return nullptr;
        auto* n = make<ast::NamedExprExpr>(start);
        n->target = target;
        n->value = value;
        return n;
    }
    Expr* e = parse_expression();
    if (!e) return nullptr;
    if (at(TokenKind::ColonEqual)) {
        check_walrus_target(e);
        return fail();
    }
    if (at(TokenKind::Equal)) check_invalid_named_expression(e);
    if (failed()) return nullptr;
    return e;
}

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
// A chain of conditional expressions is built without recursion.
ast::Expr* Parser::parse_expression() {
    if (m_without_invalid && m_pos != m_without_invalid_start) m_expression_memo.insert(m_pos);
    if (at(TokenKind::KwLambda)) return parse_lambdef();
    if (m_legacy_candidate < 0 && !m_speculating && at(TokenKind::Name)) {
        std::string_view name = token_text(m_pos);
        TokenKind next = quiet_kind_at(1);
        if ((name == "print" || name == "exec") && next != TokenKind::LPar &&
            (starts_expression(next) || next == TokenKind::Star))
            m_legacy_candidate = m_pos;
    }
    struct Frame {
        int start;
        Expr* body;
        Expr* test;
    };
    std::vector<Frame> frames;
    int start = m_pos;
    Expr* result = nullptr;
    for (;;) {
        Expr* body = parse_disjunction();
        if (!body) break;
        if (!at(TokenKind::KwIf)) {
            if (!m_speculating && starts_expression(kind()) && !m_expression_memo.count(start))
                check_juxtaposition(start, body);
            if (!failed()) result = body;
            break;
        }
        int if_token = m_pos;
        advance();
        Expr* test = parse_disjunction();
        if (!m_error && (!test || (m_speculating && !at(TokenKind::KwElse)))) {
            // As a PEG alternative, a failed conditional leaves just its body.
            m_pos = if_token;
            m_failed = false;
            result = body;
            break;
        }
        if (!test) break;
        if (!accept(TokenKind::KwElse)) {
            // invalid_expression: disjunction 'if' disjunction !('else' | ':')
            if (!at(TokenKind::Colon))
                raise_range("expected 'else' after 'if' expression", body->pos, test->pos);
            else
                fail();
            break;
        }
        if (!enter(1)) break;
        frames.push_back({start, body, test});
        if (at(TokenKind::KwLambda)) {
            result = parse_lambdef();
            break;
        }
        start = m_pos;
    }
    for (auto it = frames.rbegin(); it != frames.rend(); ++it) {
        leave(1);
        if (!result) continue;
        auto* n = make<ast::IfExpExpr>(it->start);
        n->test = it->test;
        n->body = it->body;
        n->orelse = result;
        result = n;
    }
    return result;
}

// lambdef: 'lambda' [lambda_params] ':' expression
ast::Expr* Parser::parse_lambdef() {
    DepthGuard guard(*this, 2);
    if (!guard) return nullptr;
    int start = m_pos;
    advance();
    ast::Arguments* args = parse_parameters(true);
    if (!args) return nullptr;
    if (!accept(TokenKind::Colon)) return fail();
    Expr* body = parse_expression();
    if (!body) return nullptr;
    auto* l = make<ast::LambdaExpr>(start);
    l->args = args;
    l->body = body;
    return l;
}

// disjunction: conjunction ('or' conjunction)*
ast::Expr* Parser::parse_disjunction() {
    int start = m_pos;
    Expr* first = parse_conjunction();
    if (!first || !at(TokenKind::KwOr)) return first;
    std::vector<Expr*> values{first};
    while (at(TokenKind::KwOr)) {
        Mark before_op = mark();
        advance();
        Expr* e = parse_conjunction();
        if (!e) {
            if (m_error) return nullptr;
            reset(before_op);
            break;
        }
        values.push_back(e);
    }
    if (values.size() == 1) return first;
    auto* b = make<ast::BoolOpExpr>(start);
    b->op = ast::BoolOperator::Or;
    b->values = std::move(values);
    return b;
}

// conjunction: inversion ('and' inversion)*
ast::Expr* Parser::parse_conjunction() {
    int start = m_pos;
    Expr* first = parse_inversion();
    if (!first || !at(TokenKind::KwAnd)) return first;
    std::vector<Expr*> values{first};
    while (at(TokenKind::KwAnd)) {
        Mark before_op = mark();
        advance();
        Expr* e = parse_inversion();
        if (!e) {
            if (m_error) return nullptr;
            reset(before_op);
            break;
        }
        values.push_back(e);
    }
    if (values.size() == 1) return first;
    auto* b = make<ast::BoolOpExpr>(start);
    b->op = ast::BoolOperator::And;
    b->values = std::move(values);
    return b;
}

// inversion: 'not' inversion | comparison (a run of 'not's is built without recursion)
ast::Expr* Parser::parse_inversion() {
    std::vector<int> nots;
    while (at(TokenKind::KwNot)) {
        if (!enter(1)) break;
        nots.push_back(m_pos);
        advance();
    }
    Expr* e = failed() ? nullptr : parse_comparison();
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
        leave(1);
        if (!e) continue;
        auto* u = make<ast::UnaryOpExpr>(*it);
        u->op = ast::UnaryOperator::Not;
        u->operand = e;
        e = u;
    }
    return e;
}

// comparison: bitwise_or (compare_op bitwise_or)*
ast::Expr* Parser::parse_comparison() {
    int start = m_pos;
    Expr* left = parse_bitwise_or();
    if (!left) return nullptr;
    std::vector<ast::CmpOperator> ops;
    std::vector<Expr*> comparators;
    for (;;) {
        ast::CmpOperator op;
        int width = 1;
        switch (kind()) {
        case TokenKind::EqEqual: op = ast::CmpOperator::Eq; break;
        case TokenKind::NotEqual: op = ast::CmpOperator::NotEq; break;
        case TokenKind::Less: op = ast::CmpOperator::Lt; break;
        case TokenKind::LessEqual: op = ast::CmpOperator::LtE; break;
        case TokenKind::Greater: op = ast::CmpOperator::Gt; break;
        case TokenKind::GreaterEqual: op = ast::CmpOperator::GtE; break;
        case TokenKind::KwIn: op = ast::CmpOperator::In; break;
        case TokenKind::KwIs:
            if (kind_at(1) == TokenKind::KwNot) {
                op = ast::CmpOperator::IsNot;
                width = 2;
            } else {
                op = ast::CmpOperator::Is;
            }
            break;
        case TokenKind::KwNot:
            if (kind_at(1) != TokenKind::KwIn) goto done;
            op = ast::CmpOperator::NotIn;
            width = 2;
            break;
        default: goto done;
        }
        Mark before_op = mark();
        for (int k = 0; k < width; ++k) advance();
        {
            Expr* right = parse_bitwise_or();
            if (!right) {
                if (m_error) return nullptr;
                reset(before_op);
                break;
            }
            ops.push_back(op);
            comparators.push_back(right);
        }
    }
done:
    if (ops.empty()) return left;
    auto* c = make<ast::CompareExpr>(start);
    c->left = left;
    c->ops = std::move(ops);
    c->comparators = std::move(comparators);
    return c;
}

ast::Expr* Parser::parse_bitwise_or() { return parse_binary(1); }

// bitwise_or ... term: left-associative binary operators by precedence climbing.
ast::Expr* Parser::parse_binary(int min_prec) {
    int start = m_pos;
    Expr* left = parse_factor();
    if (!left) return nullptr;
    for (;;) {
        ast::Operator op;
        int prec = binary_precedence(kind(), op);
        if (prec == 0 || prec < min_prec) break;
        Mark before_op = mark();
        advance();
        Expr* right = parse_binary(prec + 1);
        if (!right) {
            // As in a PEG, a failed operand leaves the expression before the operator.
            if (m_error) return nullptr;
            reset(before_op);
            break;
        }
        auto* b = make<ast::BinOpExpr>(start);
        b->left = left;
        b->op = op;
        b->right = right;
        left = b;
    }
    return left;
}

// factor: ('+' | '-' | '~') factor | power;  power: await_primary ['**' factor]
// Both recurse only on their right side, so the whole chain is built with an explicit stack.
ast::Expr* Parser::parse_factor() {
    struct Item {
        bool is_power;
        int token;  // the operator token, or the start of a power's base
        ast::UnaryOperator unary;
        Expr* base;
        int levels;
    };
    std::vector<Item> stack;
    Expr* result = nullptr;
    for (;;) {
        bool stop = false;
        while (!stop) {
            ast::UnaryOperator op;
            switch (kind()) {
            case TokenKind::Plus: op = ast::UnaryOperator::UAdd; break;
            case TokenKind::Minus: op = ast::UnaryOperator::USub; break;
            case TokenKind::Tilde: op = ast::UnaryOperator::Invert; break;
            default: stop = true; continue;
            }
            if (!enter(1)) break;
            stack.push_back({false, m_pos, op, nullptr, 1});
            advance();
        }
        if (failed()) break;
        int start = m_pos;
        Expr* base = parse_await_primary();
        if (!base) break;
        if (!at(TokenKind::DoubleStar)) {
            result = base;
            break;
        }
        TokenKind operand = kind_at(1);
        if (!starts_expression(operand) || operand == TokenKind::KwNot || operand == TokenKind::KwLambda) {
            // `a **` with no operand: the power is just `a` (a PEG alternative failing).
            result = base;
            break;
        }
        if (!enter(2)) break;
        stack.push_back({true, start, ast::UnaryOperator::Not, base, 2});
        advance();
    }
    for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
        leave(it->levels);
        if (!result) continue;
        if (it->is_power) {
            auto* b = make<ast::BinOpExpr>(it->token);
            b->left = it->base;
            b->op = ast::Operator::Pow;
            b->right = result;
            result = b;
        } else {
            auto* u = make<ast::UnaryOpExpr>(it->token);
            u->op = it->unary;
            u->operand = result;
            result = u;
        }
    }
    return result;
}

// await_primary: AWAIT primary | primary
ast::Expr* Parser::parse_await_primary() {
    if (!at(TokenKind::KwAwait)) return parse_primary();
    int start = m_pos;
    advance();
    Expr* value = parse_primary();
    if (!value) return nullptr;
    auto* a = make<ast::AwaitExpr>(start);
    a->value = value;
    return a;
}

// primary: atom followed by '.' NAME, '(' arguments ')', '[' slices ']' or a genexp.
ast::Expr* Parser::parse_primary() {
    int start = m_pos;
    Expr* atom = parse_atom();
    if (!atom) return nullptr;
    return parse_primary_trailers(start, atom);
}

ast::Expr* Parser::parse_primary_trailers(int start, Expr* e) {
    for (;;) {
        Mark before = mark();
        switch (kind()) {
        case TokenKind::Dot: {
            advance();
            if (!at(TokenKind::Name)) {
                reset(before);
                return e;
            }
            int name = m_pos;
            advance();
            auto* a = make<ast::AttributeExpr>(start);
            a->value = e;
            a->attr = name_of(name);
            e = a;
            break;
        }
        case TokenKind::LPar: {
            Expr* call = parse_call(start, e);
            if (!call) {
                // A failed trailer leaves the primary before it, as in a PEG.
                if (m_error) return nullptr;
                reset(before);
                return e;
            }
            e = call;
            break;
        }
        case TokenKind::LSqb: {
            advance();
            Expr* slice = parse_slices();
            if (!slice || !accept(TokenKind::RSqb)) {
                if (m_error) return nullptr;
                reset(before);
                return e;
            }
            auto* s = make<ast::SubscriptExpr>(start);
            s->value = e;
            s->slice = slice;
            e = s;
            break;
        }
        default: return e;
        }
    }
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
ast::Expr* Parser::parse_yield_expr() {
    int start = m_pos;
    advance();
    if (accept(TokenKind::KwFrom)) {
        Expr* value = parse_expression();
        if (!value) return nullptr;
        auto* y = make<ast::YieldFromExpr>(start);
        y->value = value;
        return y;
    }
    Expr* value = nullptr;
    if (starts_expression(kind()) || at(TokenKind::Star)) {
        value = parse_star_expressions();
        if (!value) return nullptr;
    }
    auto* y = make<ast::YieldExpr>(start);
    y->value = value;
    return y;
}

// annotated_rhs: yield_expr | star_expressions
ast::Expr* Parser::parse_annotated_rhs() {
    if (at(TokenKind::KwYield)) return parse_yield_expr();
    if (!starts_expression(kind()) && !at(TokenKind::Star)) return fail();
    return parse_star_expressions();
}

} // namespace hs::frontend
