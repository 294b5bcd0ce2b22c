// Compound statements: if, while, for, with, try, def, class, decorators, async, match.
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::Stmt;

namespace {

std::string block_message(const char* what, int lineno) {
    return std::string("expected an indented block after ") + what + " on line " + std::to_string(lineno);
}

} // namespace

// block: NEWLINE INDENT statements DEDENT | simple_stmts
bool Parser::parse_block(std::vector<Stmt*>& out, const BlockOwner& owner) {
    if (accept(TokenKind::Newline)) {
        if (!at(TokenKind::Indent)) {
            raise_indentation(block_message(owner.what, owner.lineno));
            return false;
        }
        advance();
        // Each block costs CPython a few rule levels (block, statements, statement...).
        DepthGuard guard(*this, 6);
        if (!guard) return false;
        if (!parse_statements(out)) return false;
        if (!accept(TokenKind::Dedent)) {
            fail();
            return false;
        }
        return true;
    }
    return parse_simple_stmts(out);
}

// The ':' of a header, when CPython reports a missing one only before a NEWLINE.
bool Parser::expect_colon_block(std::vector<Stmt*>& out, const BlockOwner& owner) {
    if (!at(TokenKind::Colon)) {
        if (at(TokenKind::Newline))
            raise_at_last_fetched("SyntaxError", "expected ':'");
        else
            fail();
        return false;
    }
    advance();
    return parse_block(out, owner);
}

ast::Stmt* Parser::parse_compound(bool& handled) {
    handled = true;
    switch (kind()) {
    case TokenKind::KwIf: return parse_if(false);
    case TokenKind::KwWhile: return parse_while();
    case TokenKind::KwFor: return parse_for(m_pos, false);
    case TokenKind::KwTry: return parse_try();
    case TokenKind::KwWith: return parse_with(m_pos, false);
    case TokenKind::KwDef: return parse_funcdef(m_pos, false, {});
    case TokenKind::KwClass: return parse_classdef({});
    case TokenKind::At: return parse_decorated();
    case TokenKind::KwAsync: {
        int start = m_pos;
        TokenKind next = kind_at(1);
        if (next == TokenKind::KwDef) {
            advance();
            return parse_funcdef(start, true, {});
        }
        if (next == TokenKind::KwFor) {
            advance();
            return parse_for(start, true);
        }
        if (next == TokenKind::KwWith) {
            advance();
            return parse_with(start, true);
        }
        return fail();
    }
    case TokenKind::Name:
        if (token_text(m_pos) == "match") return parse_match(handled);
        break;
    default: break;
    }
    handled = false;
    return nullptr;
}

// if_stmt / elif_stmt: ('if' | 'elif') named_expression ':' block (elif_stmt | [else_block])
ast::Stmt* Parser::parse_if(bool is_elif) {
    // An elif chain nests (elif_stmt is recursive in CPython's grammar too).
    DepthGuard guard(*this, is_elif ? 1 : 6);
    if (!guard) return nullptr;
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    Expr* test = parse_named_expression();
    if (!test) return nullptr;
    std::vector<Stmt*> body;
    if (!expect_colon_block(body, {is_elif ? "'elif' statement" : "'if' statement", lineno})) return nullptr;
    std::vector<Stmt*> orelse;
    if (at(TokenKind::KwElif)) {
        Stmt* elif = parse_if(true);
        if (!elif) return nullptr;
        orelse.push_back(elif);
    } else if (at(TokenKind::KwElse)) {
        if (!parse_else_block(orelse)) return nullptr;
    }
    auto* s = make<ast::IfStmt>(start);
    s->test = test;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

// else_block: 'else' &&':' block
bool Parser::parse_else_block(std::vector<Stmt*>& out) {
    int lineno = tok(m_pos).lineno;
    advance();
    if (!at(TokenKind::Colon)) {
        raise_forced("expected ':'");
        return false;
    }
    advance();
    return parse_block(out, {"'else' statement", lineno});
}

// while_stmt: 'while' named_expression ':' block [else_block]
ast::Stmt* Parser::parse_while() {
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    Expr* test = parse_named_expression();
    if (!test) return nullptr;
    std::vector<Stmt*> body;
    if (!expect_colon_block(body, {"'while' statement", lineno})) return nullptr;
    std::vector<Stmt*> orelse;
    if (at(TokenKind::KwElse) && !parse_else_block(orelse)) return nullptr;
    auto* s = make<ast::WhileStmt>(start);
    s->test = test;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
ast::Stmt* Parser::parse_for(int start, bool is_async) {
    int lineno = tok(m_pos).lineno;
    advance();
    Expr* target = parse_for_targets();
    if (!target) return nullptr;
    advance();  // 'in'
    Expr* iter = parse_star_expressions();
    if (!iter) return nullptr;
    std::vector<Stmt*> body;
    if (!expect_colon_block(body, {"'for' statement", lineno})) return nullptr;
    std::vector<Stmt*> orelse;
    if (at(TokenKind::KwElse) && !parse_else_block(orelse)) return nullptr;
    auto* s = make<ast::ForStmt>(start);
    if (is_async) s->kind = ast::StmtKind::AsyncFor;
    s->target = target;
    s->iter = iter;
    s->body = std::move(body);
    s->orelse = std::move(orelse);
    return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | invalid_with_item | expression
ast::WithItem* Parser::parse_with_item() {
    Expr* e = parse_expression();
    if (!e) return nullptr;
    auto* item = m_arena.make<ast::WithItem>();
    item->context_expr = e;
    if (!accept(TokenKind::KwAs)) return item;
    int target_start = m_pos;
    Mark before = mark();
    Expr* t = parse_star_target();
    if (t && is_valid_target(t, ast::ExprContext::Store)) {
        bool lookahead = at(TokenKind::Comma) || at(TokenKind::Colon) || at(TokenKind::RPar);
        if (!lookahead) {
            // The target is not followed by ',' ')' or ':': CPython tries invalid_with_item,
            // whose expression may hold a better error ("Perhaps you forgot a comma?").
            SecondPass pass2(*this);
            Mark after = mark();
            m_pos = target_start;
            parse_expression();
            if (m_error) return nullptr;
            reset(after);
        }
        set_context(t, ast::ExprContext::Store);
        item->optional_vars = t;
        return item;
    }
    if (m_error) return nullptr;
    // invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    SecondPass pass2(*this);
    reset(before);
    m_pos = target_start;
    Expr* a = parse_expression();
    if (!a) return nullptr;
    if (at(TokenKind::Comma) || at(TokenKind::Colon) || at(TokenKind::RPar)) {
        Expr* bad = invalid_target(a, kStarTargets);
        if (bad) return raise_node(std::string("cannot assign to ") + expr_name(bad), bad->pos);
    }
    return fail();
}

// with_stmt: [ASYNC] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
ast::Stmt* Parser::parse_with(int start, bool is_async) {
    int lineno = tok(m_pos).lineno;
    advance();
    std::vector<ast::WithItem*> items;
    bool parenthesized = false;
    if (at(TokenKind::LPar)) {
        Mark before = mark();
        advance();
        bool ok = true;
        for (;;) {
            ast::WithItem* item = parse_with_item();
            if (!item) {
                ok = false;
                break;
            }
            items.push_back(item);
            if (!accept(TokenKind::Comma)) break;
            if (at(TokenKind::RPar)) break;
        }
        if (ok && at(TokenKind::RPar) && kind_at(1) == TokenKind::Colon) {
            advance();
            parenthesized = true;
        } else {
            if (m_error) return nullptr;
            reset(before);  // a first-pass alternative: its furthest token still counts
            items.clear();
        }
    }
    if (!parenthesized) {
        for (;;) {
            ast::WithItem* item = parse_with_item();
            if (!item) return nullptr;
            items.push_back(item);
            if (!accept(TokenKind::Comma)) break;
        }
    }
    std::vector<Stmt*> body;
    if (!expect_colon_block(body, {"'with' statement", lineno})) return nullptr;
    auto* s = make<ast::WithStmt>(start);
    if (is_async) s->kind = ast::StmtKind::AsyncWith;
    s->items = std::move(items);
    s->body = std::move(body);
    return s;
}

// except_block: 'except' ['*'] [expression ['as' NAME]] ':' block
ast::ExceptHandler* Parser::parse_except_block(bool& star) {
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    star = accept(TokenKind::Star);
    if (star && (at(TokenKind::Newline) || at(TokenKind::Colon)))
        return raise_at_last_fetched("SyntaxError", "expected one or more exception types");
    Expr* type = nullptr;
    std::string name;
    if (!at(TokenKind::Colon)) {
        if (!at(TokenKind::Newline)) {
            type = parse_expression();
            if (!type) return nullptr;
            if (at(TokenKind::Comma)) {
                // invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME] ':'
                SecondPass pass2(*this);
                while (accept(TokenKind::Comma)) {
                    if (!parse_expression()) return m_error ? nullptr : fail();
                }
                if (accept(TokenKind::KwAs) && !accept(TokenKind::Name)) return fail();
                if (at(TokenKind::Colon))
                    return raise_starting_from("multiple exception types must be parenthesized", type->pos);
                return fail();
            }
            if (accept(TokenKind::KwAs)) {
                if (!at(TokenKind::Name)) return fail();
                name = name_of(m_pos);
                advance();
            }
        }
    }
    auto* h = m_arena.make<ast::ExceptHandler>();
    h->type = type;
    h->name = std::move(name);
    if (!expect_colon_block(h->body, {star ? "'except*' statement" : "'except' statement", lineno})) return nullptr;
    h->pos = span_from(start);
    return h;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else_block] [finally_block]
//           | except_star_block+ [else_block] [finally_block])
ast::Stmt* Parser::parse_try() {
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    if (!at(TokenKind::Colon)) return raise_forced("expected ':'");
    advance();
    std::vector<Stmt*> body;
    if (!parse_block(body, {"'try' statement", lineno})) return nullptr;
    std::vector<ast::ExceptHandler*> handlers;
    bool any_star = false, any_plain = false;
    while (at(TokenKind::KwExcept)) {
        int except = m_pos;
        bool star = kind_at(1) == TokenKind::Star;
        if ((star && any_plain) || (!star && any_star)) {
            // invalid_try_stmt: except blocks then 'except' '*' (or the other way round)
            const char* msg = "cannot have both 'except' and 'except*' on the same 'try'";
            return star ? raise_tokens(msg, except, except + 1) : raise_token(msg, except);
        }
        ast::ExceptHandler* h = parse_except_block(star);
        if (!h) return nullptr;
        (star ? any_star : any_plain) = true;
        handlers.push_back(h);
    }
    std::vector<Stmt*> orelse, finalbody;
    if (!handlers.empty() && at(TokenKind::KwElse) && !parse_else_block(orelse)) return nullptr;
    if (at(TokenKind::KwFinally)) {
        int flineno = tok(m_pos).lineno;
        advance();
        if (!at(TokenKind::Colon)) return raise_forced("expected ':'");
        advance();
        if (!parse_block(finalbody, {"'finally' statement", flineno})) return nullptr;
    } else if (handlers.empty()) {
        return raise_at_last_fetched("SyntaxError", "expected 'except' or 'finally' block");
    }
    auto* s = make<ast::TryStmt>(start);
    if (any_star) s->kind = ast::StmtKind::TryStar;
    s->body = std::move(body);
    s->handlers = std::move(handlers);
    s->orelse = std::move(orelse);
    s->finalbody = std::move(finalbody);
    return s;
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
ast::Stmt* Parser::parse_funcdef(int start, bool is_async, std::vector<Expr*> decorators) {
    int lineno = tok(m_pos).lineno;
    advance();
    if (!at(TokenKind::Name)) return fail();
    std::string name = name_of(m_pos);
    advance();
    if (!at(TokenKind::LPar)) return raise_forced("expected '('");
    advance();
    ast::Arguments* args = parse_parameters(false);
    if (!args) return nullptr;
    if (!accept(TokenKind::RPar)) return fail();
    Expr* returns = nullptr;
    if (at(TokenKind::RArrow)) {
        // ['->' expression] is optional: without an expression, &&':' reports the '->'.
        if (!starts_expression(kind_at(1))) return raise_forced("expected ':'");
        advance();
        returns = parse_expression();
        if (!returns) return nullptr;
    }
    if (!at(TokenKind::Colon)) return raise_forced("expected ':'");
    advance();
    std::vector<Stmt*> body;
    if (!parse_block(body, {"function definition", lineno})) return nullptr;
    auto* s = make<ast::FunctionDefStmt>(start);
    if (is_async) s->kind = ast::StmtKind::AsyncFunctionDef;
    s->name = std::move(name);
    s->args = args;
    s->body = std::move(body);
    s->decorator_list = std::move(decorators);
    s->returns = returns;
    return s;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
ast::Stmt* Parser::parse_classdef(std::vector<Expr*> decorators) {
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    if (!at(TokenKind::Name)) return fail();
    std::string name = name_of(m_pos);
    advance();
    std::vector<Expr*> bases;
    std::vector<ast::Keyword*> keywords;
    if (at(TokenKind::LPar)) {
        Expr* call = parse_call(start, nullptr);
        if (!call) return nullptr;
        auto* c = static_cast<ast::CallExpr*>(call);
        bases = std::move(c->args);
        keywords = std::move(c->keywords);
    }
    std::vector<Stmt*> body;
    if (!expect_colon_block(body, {"class definition", lineno})) return nullptr;
    auto* s = make<ast::ClassDefStmt>(start);
    s->name = std::move(name);
    s->bases = std::move(bases);
    s->keywords = std::move(keywords);
    s->body = std::move(body);
    s->decorator_list = std::move(decorators);
    return s;
}

// decorators: ('@' named_expression NEWLINE)+, then a function or class definition.
ast::Stmt* Parser::parse_decorated() {
    std::vector<Expr*> decorators;
    while (accept(TokenKind::At)) {
        Expr* d = parse_named_expression();
        if (!d) return nullptr;
        decorators.push_back(d);
        if (!accept(TokenKind::Newline)) return fail();
    }
    if (at(TokenKind::KwDef)) return parse_funcdef(m_pos, false, std::move(decorators));
    if (at(TokenKind::KwAsync) && kind_at(1) == TokenKind::KwDef) {
        int start = m_pos;
        advance();
        return parse_funcdef(start, true, std::move(decorators));
    }
    if (at(TokenKind::KwClass)) return parse_classdef(std::move(decorators));
    return fail();
}

namespace {

bool can_be_in_pattern(TokenKind k) {
    switch (k) {
    case TokenKind::Name: case TokenKind::Number: case TokenKind::String: case TokenKind::LPar:
    case TokenKind::RPar: case TokenKind::LSqb: case TokenKind::RSqb: case TokenKind::LBrace:
    case TokenKind::RBrace: case TokenKind::Comma: case TokenKind::Colon: case TokenKind::VBar:
    case TokenKind::Star: case TokenKind::DoubleStar: case TokenKind::Dot: case TokenKind::Equal:
    case TokenKind::Minus: case TokenKind::Plus: case TokenKind::KwAs: case TokenKind::KwNone:
    case TokenKind::KwTrue: case TokenKind::KwFalse: return true;
    default: return false;
    }
}

} // namespace

// `match` is a soft keyword. CPython first tries a match statement; the tokens that attempt
// reads count for the error location even when the line turns out to be an expression.
bool Parser::looks_like_match_statement() {
    TokenKind next = quiet_kind_at(1);
    if (!starts_expression(next) && next != TokenKind::Star) return false;
    Mark before = mark();
    advance();
    int subject_start = m_pos;
    ++m_speculating;
    Expr* subject = parse_star_named_expression();
    if (subject && !failed() && at(TokenKind::Comma))
        subject = parse_star_named_expressions_tuple(subject_start, subject, TokenKind::Colon);
    --m_speculating;
    if (m_error) {
        m_pos = before.pos;
        return true;  // parse_match() stops at once on the error
    }
    bool is_match = false;
    if (subject && !failed()) {
        if (at(TokenKind::Newline)) {
            // invalid_match_stmt ("expected ':'") matches this line, even when it is valid
            // code such as `match(x)`; see final_error().
            if (m_match_candidate < 0) m_match_candidate = before.pos;
        } else if (at(TokenKind::Colon) && kind_at(1) == TokenKind::Newline) {
            is_match = kind_at(2) != TokenKind::Indent ||
                       (kind_at(3) == TokenKind::Name && token_text(m_pos + 3) == "case");
        }
    }
    reset(before);
    return is_match;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// heapscope keeps only the subject; case blocks are checked for structure and dropped.
ast::Stmt* Parser::parse_match(bool& handled) {
    if (!looks_like_match_statement()) {
        handled = false;
        return nullptr;
    }
    if (m_error) return nullptr;
    int start = m_pos;
    int lineno = tok(m_pos).lineno;
    advance();
    int subject_start = m_pos;
    Expr* subject = parse_star_named_expression();
    if (!subject) return nullptr;
    if (at(TokenKind::Comma)) {
        subject = parse_star_named_expressions_tuple(subject_start, subject, TokenKind::Colon);
        if (!subject) return nullptr;
    }
    if (!accept(TokenKind::Colon)) return fail();
    if (!accept(TokenKind::Newline)) return fail();
    if (!accept(TokenKind::Indent))
        return raise_indentation(block_message("'match' statement", lineno));
    bool any_case = false;
    while (at(TokenKind::Name) && token_text(m_pos) == "case") {
        any_case = true;
        int case_lineno = tok(m_pos).lineno;
        int level = tok(m_pos).level;
        advance();
        // The pattern is only checked for tokens a pattern may hold; the guard is parsed.
        if (at(TokenKind::Colon)) return fail();
        while (!(at(TokenKind::Colon) && tok(m_pos).level == level)) {
            if (at(TokenKind::Newline)) return raise_at_last_fetched("SyntaxError", "expected ':'");
            if (at(TokenKind::KwIf) && tok(m_pos).level == level) {
                advance();
                if (!parse_named_expression()) return nullptr;
                if (!at(TokenKind::Colon)) {
                    if (at(TokenKind::Newline)) return raise_at_last_fetched("SyntaxError", "expected ':'");
                    return fail();
                }
                break;
            }
            if (!can_be_in_pattern(kind())) return fail();
            advance();
        }
        advance();
        std::vector<Stmt*> ignored;
        if (!parse_block(ignored, {"'case' statement", case_lineno})) return nullptr;
    }
    if (!any_case || !accept(TokenKind::Dedent)) return fail();
    auto* s = make<ast::MatchStmt>(start);
    s->subject = subject;
    return s;
}

} // namespace hs::frontend
