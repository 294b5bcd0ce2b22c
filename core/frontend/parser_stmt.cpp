// Statement sequences and simple statements (CPython grammar: statements, simple_stmts,
// simple_stmt, assignment, and the small statements).
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::ExprKind;
using ast::Stmt;

namespace {

bool aug_operator(TokenKind k, ast::Operator& op) {
    switch (k) {
    case TokenKind::PlusEqual: op = ast::Operator::Add; return true;
    case TokenKind::MinEqual: op = ast::Operator::Sub; return true;
    case TokenKind::StarEqual: op = ast::Operator::Mult; return true;
    case TokenKind::AtEqual: op = ast::Operator::MatMult; return true;
    case TokenKind::SlashEqual: op = ast::Operator::Div; return true;
    case TokenKind::PercentEqual: op = ast::Operator::Mod; return true;
    case TokenKind::AmperEqual: op = ast::Operator::BitAnd; return true;
    case TokenKind::VBarEqual: op = ast::Operator::BitOr; return true;
    case TokenKind::CircumflexEqual: op = ast::Operator::BitXor; return true;
    case TokenKind::LeftShiftEqual: op = ast::Operator::LShift; return true;
    case TokenKind::RightShiftEqual: op = ast::Operator::RShift; return true;
    case TokenKind::DoubleStarEqual: op = ast::Operator::Pow; return true;
    case TokenKind::DoubleSlashEqual: op = ast::Operator::FloorDiv; return true;
    default: return false;
    }
}

bool is_single_target(const Expr* e) {
    return e->kind == ExprKind::Name || e->kind == ExprKind::Attribute || e->kind == ExprKind::Subscript;
}

} // namespace

// statements: statement+ (stops before DEDENT or ENDMARKER)
bool Parser::parse_statements(std::vector<Stmt*>& out) {
    for (;;) {
        TokenKind k = kind();
        if (k == TokenKind::EndMarker || k == TokenKind::Dedent) return true;
        if (!parse_statement(out)) return false;
    }
}

// statement: compound_stmt | simple_stmts
bool Parser::parse_statement(std::vector<Stmt*>& out) {
    bool handled = false;
    Stmt* s = parse_compound(handled);
    if (handled) {
        if (!s) return false;
        out.push_back(s);
        return true;
    }
    return parse_simple_stmts(out);
}

// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
bool Parser::parse_simple_stmts(std::vector<Stmt*>& out) {
    for (;;) {
        Stmt* s = parse_simple_stmt();
        if (!s) return false;
        out.push_back(s);
        if (!accept(TokenKind::Semi)) break;
        if (at(TokenKind::Newline)) break;
    }
    if (!accept(TokenKind::Newline)) {
        fail();
        return false;
    }
    return true;
}

ast::Stmt* Parser::parse_simple_stmt() {
    int start = m_pos;
    switch (kind()) {
    case TokenKind::KwReturn: return parse_return();
    case TokenKind::KwRaise: return parse_raise();
    case TokenKind::KwPass: advance(); return make<ast::PassStmt>(start);
    case TokenKind::KwBreak: advance(); return make<ast::BreakStmt>(start);
    case TokenKind::KwContinue: advance(); return make<ast::ContinueStmt>(start);
    case TokenKind::KwDel: return parse_del();
    case TokenKind::KwAssert: return parse_assert();
    case TokenKind::KwGlobal:
    case TokenKind::KwNonlocal: return parse_global_or_nonlocal();
    case TokenKind::KwImport: return parse_import();
    case TokenKind::KwFrom: return parse_from_import();
    case TokenKind::KwYield: {
        Expr* y = parse_yield_expr();
        if (!y) return nullptr;
        if (at(TokenKind::Equal)) {
            // invalid_assignment: (star_targets '=')* yield_expr '='
            return raise_node("assignment to yield expression not possible", y->pos);
        }
        auto* s = make<ast::ExprStmt>(start);
        s->value = y;
        return s;
    }
    default: return parse_expression_statement();
    }
}

// assignment | star_expressions
ast::Stmt* Parser::parse_expression_statement() {
    int start = m_pos;
    if (at(TokenKind::Name) && kind_at(1) == TokenKind::Colon) {
        // NAME ':' expression ['=' annotated_rhs]: a simple annotation.
        auto* name = make<ast::NameExpr>(start);
        advance();
        name->pos = span_from(start);
        name->id = name_of(start);
        name->ctx = ast::ExprContext::Store;
        return parse_annotated_rest(start, name);
    }
    if (!starts_expression(kind()) && !at(TokenKind::Star)) return fail();
    bool bare_tuple = false;
    Expr* first = parse_star_expressions(&bare_tuple);
    if (!first) return nullptr;
    ast::Operator op;
    if (at(TokenKind::Equal)) return parse_assignment_rest(start, first, bare_tuple);
    if (at(TokenKind::Colon)) {
        if (!bare_tuple && is_single_target(first)) return parse_annotated_rest(start, first);
        if (first->kind == ExprKind::Starred && !is_grouped(first)) return fail();
        // invalid_assignment: the annotation is parsed before the target is rejected.
        SecondPass pass2(*this);
        advance();
        if (!starts_expression(kind()) || !parse_expression()) {
            if (m_error) return nullptr;
            return fail();
        }
        if (bare_tuple) {
            auto* t = static_cast<ast::TupleExpr*>(first);
            return raise_node("only single target (not tuple) can be annotated", t->elts.front()->pos);
        }
        if (first->kind == ExprKind::List || first->kind == ExprKind::Tuple)
            return raise_node(std::string("only single target (not ") + expr_name(first) + ") can be annotated",
                              first->pos);
        return raise_node("illegal target for annotation", first->pos);
    }
    if (aug_operator(kind(), op)) return parse_augmented_rest(start, first);
    if (at(TokenKind::ColonEqual)) {
        // invalid_assignment sees the first target as a named expression.
        Expr* e = bare_tuple ? static_cast<ast::TupleExpr*>(first)->elts.back() : first;
        if ((e->kind == ExprKind::Starred || e->kind == ExprKind::Name) && !is_grouped(e)) return fail();
        check_walrus_target(e);
        return nullptr;
    }
    auto* s = make<ast::ExprStmt>(start);
    s->value = first;
    return s;
}

ast::Stmt* Parser::parse_annotated_rest(int start, Expr* target) {
    advance();  // ':'
    Expr* annotation = parse_expression();
    if (!annotation) return nullptr;
    Expr* value = nullptr;
    if (accept(TokenKind::Equal)) {
        value = parse_annotated_rhs();
        if (!value) return nullptr;
    }
    auto* s = make<ast::AnnAssignStmt>(start);
    s->target = target;
    s->annotation = annotation;
    s->value = value;
    s->simple = target->kind == ExprKind::Name && !is_grouped(target);
    set_context(target, ast::ExprContext::Store);
    return s;
}

ast::Stmt* Parser::parse_augmented_rest(int start, Expr* target) {
    std::optional<SecondPass> pass2;
    if (!is_single_target(target)) pass2.emplace(*this);  // CPython only re-reads it to report
    ast::Operator op;
    aug_operator(kind(), op);
    advance();
    Expr* value = parse_annotated_rhs();
    if (!value) return nullptr;
    if (!is_single_target(target))
        return raise_node(std::string("'") + expr_name(target) + "' is an illegal expression for augmented assignment",
                          target->pos);
    set_context(target, ast::ExprContext::Store);
    auto* s = make<ast::AugAssignStmt>(start);
    s->target = target;
    s->op = op;
    s->value = value;
    return s;
}

// (star_targets '=')+ (yield_expr | star_expressions) !'='
ast::Stmt* Parser::parse_assignment_rest(int start, Expr* first, bool first_bare_tuple) {
    std::vector<Expr*> targets{first};
    int first_equal = m_pos;
    Expr* value = nullptr;
    for (;;) {
        Expr* target = targets.back();
        if (!is_valid_target(target, ast::ExprContext::Store)) {
            // CPython's second pass (invalid_assignment): first "cannot assign to ... here" on
            // the first target, then the first target that is not a valid one.
            SecondPass pass2(*this);
            check_assignment_here(first, first_bare_tuple, first_equal);
            if (failed()) return nullptr;
            if ((target->kind == ExprKind::Yield || target->kind == ExprKind::YieldFrom) && !is_grouped(target))
                return raise_node("assignment to yield expression not possible", target->pos);
            Expr* bad = invalid_target(target, kStarTargets);
            if (bad) return raise_node(std::string("cannot assign to ") + expr_name(bad), bad->pos);
            return fail();
        }
        advance();  // '='
        Expr* rhs = parse_annotated_rhs();
        if (!rhs) return nullptr;
        if (at(TokenKind::Equal)) {
            targets.push_back(rhs);
            continue;
        }
        value = rhs;
        break;
    }
    for (Expr* t : targets) set_context(t, ast::ExprContext::Store);
    auto* s = make<ast::AssignStmt>(start);
    s->targets = std::move(targets);
    s->value = value;
    return s;
}

// 'return' [star_expressions]
ast::Stmt* Parser::parse_return() {
    int start = m_pos;
    advance();
    Expr* value = nullptr;
    if (starts_expression(kind()) || at(TokenKind::Star)) {
        value = parse_star_expressions();
        if (!value) return nullptr;
    }
    auto* s = make<ast::ReturnStmt>(start);
    s->value = value;
    return s;
}

// 'raise' [expression ['from' expression]]
ast::Stmt* Parser::parse_raise() {
    int start = m_pos;
    advance();
    Expr* exc = nullptr;
    Expr* cause = nullptr;
    if (starts_expression(kind())) {
        exc = parse_expression();
        if (!exc) return nullptr;
        if (accept(TokenKind::KwFrom)) {
            cause = parse_expression();
            if (!cause) return nullptr;
        }
    }
    auto* s = make<ast::RaiseStmt>(start);
    s->exc = exc;
    s->cause = cause;
    return s;
}

// 'del' del_targets &(';' | NEWLINE), or invalid_del_stmt: 'del' star_expressions
ast::Stmt* Parser::parse_del() {
    int start = m_pos;
    advance();
    int targets_start = m_pos;
    std::vector<Expr*> targets;
    bool ok = true;
    for (;;) {
        if (at(TokenKind::Star) || !starts_expression(kind()) || at(TokenKind::Minus) || at(TokenKind::Plus) ||
            at(TokenKind::Tilde) || at(TokenKind::KwNot) || at(TokenKind::KwLambda) || at(TokenKind::KwAwait)) {
            ok = false;
            break;
        }
        Expr* t = parse_primary();
        if (!t) {
            ok = false;
            break;
        }
        if (!is_valid_target(t, ast::ExprContext::Del)) {
            ok = false;
            break;
        }
        targets.push_back(t);
        if (!accept(TokenKind::Comma)) break;
        if (at(TokenKind::Semi) || at(TokenKind::Newline)) break;
    }
    if (ok && (at(TokenKind::Semi) || at(TokenKind::Newline))) {
        for (Expr* t : targets) set_context(t, ast::ExprContext::Del);
        auto* s = make<ast::DeleteStmt>(start);
        s->targets = std::move(targets);
        return s;
    }
    if (m_error) return nullptr;
    SecondPass pass2(*this);
    m_failed = false;
    m_pos = targets_start;
    if (starts_expression(kind()) || at(TokenKind::Star)) {
        Expr* e = parse_star_expressions();
        if (m_error) return nullptr;
        if (e) {
            Expr* bad = invalid_target(e, kDelTargets);
            if (bad) return raise_node(std::string("cannot delete ") + expr_name(bad), bad->pos);
        }
    }
    return fail();
}

// 'assert' expression [',' expression]
ast::Stmt* Parser::parse_assert() {
    int start = m_pos;
    advance();
    Expr* test = parse_expression();
    if (!test) return nullptr;
    Expr* msg = nullptr;
    if (accept(TokenKind::Comma)) {
        msg = parse_expression();
        if (!msg) return nullptr;
    }
    auto* s = make<ast::AssertStmt>(start);
    s->test = test;
    s->msg = msg;
    return s;
}

// 'global' ','.NAME+ | 'nonlocal' ','.NAME+
ast::Stmt* Parser::parse_global_or_nonlocal() {
    int start = m_pos;
    bool global = at(TokenKind::KwGlobal);
    advance();
    std::vector<std::string> names;
    for (;;) {
        if (!at(TokenKind::Name)) return fail();
        names.push_back(name_of(m_pos));
        advance();
        if (!accept(TokenKind::Comma)) break;
    }
    if (global) {
        auto* s = make<ast::GlobalStmt>(start);
        s->names = std::move(names);
        return s;
    }
    auto* s = make<ast::NonlocalStmt>(start);
    s->names = std::move(names);
    return s;
}

// dotted_name: NAME ('.' NAME)*
bool Parser::parse_dotted_name(std::string& out) {
    if (!at(TokenKind::Name)) {
        fail();
        return false;
    }
    out = name_of(m_pos);
    advance();
    while (at(TokenKind::Dot) && kind_at(1) == TokenKind::Name) {
        advance();
        out += '.';
        out += name_of(m_pos);
        advance();
    }
    return true;
}

// dotted_as_name: dotted_name ['as' NAME]
ast::Alias* Parser::parse_dotted_as_name() {
    int start = m_pos;
    std::string name;
    if (!parse_dotted_name(name)) return nullptr;
    std::string asname;
    if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) return fail();
        asname = name_of(m_pos);
        advance();
    }
    auto* a = make<ast::Alias>(start);
    a->name = std::move(name);
    a->asname = std::move(asname);
    return a;
}

// import_from_as_name: NAME ['as' NAME]
ast::Alias* Parser::parse_import_from_as_name() {
    int start = m_pos;
    if (!at(TokenKind::Name)) return fail();
    std::string name = name_of(m_pos);
    advance();
    std::string asname;
    if (accept(TokenKind::KwAs)) {
        if (!at(TokenKind::Name)) return fail();
        asname = name_of(m_pos);
        advance();
    }
    auto* a = make<ast::Alias>(start);
    a->name = std::move(name);
    a->asname = std::move(asname);
    return a;
}

// 'import' dotted_as_names
ast::Stmt* Parser::parse_import() {
    int start = m_pos;
    advance();
    std::vector<ast::Alias*> names;
    for (;;) {
        ast::Alias* a = parse_dotted_as_name();
        if (!a) return nullptr;
        names.push_back(a);
        if (!accept(TokenKind::Comma)) break;
    }
    auto* s = make<ast::ImportStmt>(start);
    s->names = std::move(names);
    return s;
}

// 'from' ('.' | '...')* dotted_name 'import' import_from_targets
// | 'from' ('.' | '...')+ 'import' import_from_targets
ast::Stmt* Parser::parse_from_import() {
    int start = m_pos;
    advance();
    int level = 0;
    for (;;) {
        if (accept(TokenKind::Dot))
            level += 1;
        else if (accept(TokenKind::Ellipsis))
            level += 3;
        else
            break;
    }
    std::string module;
    if (at(TokenKind::Name)) {
        if (!parse_dotted_name(module)) return nullptr;
    } else if (level == 0) {
        return fail();
    }
    if (!accept(TokenKind::KwImport)) return fail();
    std::vector<ast::Alias*> names;
    if (at(TokenKind::Star)) {
        int star = m_pos;
        advance();
        auto* a = make<ast::Alias>(star);
        a->name = "*";
        names.push_back(a);
    } else if (accept(TokenKind::LPar)) {
        for (;;) {
            ast::Alias* a = parse_import_from_as_name();
            if (!a) return nullptr;
            names.push_back(a);
            if (!accept(TokenKind::Comma)) break;
            if (at(TokenKind::RPar)) break;
        }
        if (!accept(TokenKind::RPar)) return fail();
    } else {
        for (;;) {
            ast::Alias* a = parse_import_from_as_name();
            if (!a) return nullptr;
            names.push_back(a);
            if (!accept(TokenKind::Comma)) break;
            if (at(TokenKind::Newline))
                return raise_at_last_fetched("SyntaxError", "trailing comma not allowed without surrounding parentheses");
        }
    }
    auto* s = make<ast::ImportFromStmt>(start);
    s->module = std::move(module);
    s->names = std::move(names);
    s->level = level;
    return s;
}

} // namespace hs::frontend
