// Atoms and the constructs inside brackets: tuples, groups, lists, dicts, sets,
// comprehensions, call arguments and subscripts.
#include <cstdlib>

#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;
using ast::ExprKind;

namespace {

ast::ConstantExpr* make_keyword_constant(ast::Arena& arena, ast::ConstantValue::Kind kind) {
    auto* c = arena.make<ast::ConstantExpr>();
    c->value.kind = kind;
    return c;
}

} // namespace

// At 'for' or 'async' 'for' (the second token is only looked at after 'async').
bool Parser::at_comprehension(bool quiet) {
    if (at(TokenKind::KwFor)) return true;
    if (!at(TokenKind::KwAsync)) return false;
    return (quiet ? quiet_kind_at(1) : kind_at(1)) == TokenKind::KwFor;
}

ast::Expr* Parser::parse_atom() {
    int start = m_pos;
    switch (kind()) {
    case TokenKind::Name: {
        auto* n = m_arena.make<ast::NameExpr>();
        n->id = name_of(m_pos);
        advance();
        n->pos = span_from(start);
        return n;
    }
    case TokenKind::KwTrue:
    case TokenKind::KwFalse:
    case TokenKind::KwNone:
    case TokenKind::Ellipsis: {
        ast::ConstantValue::Kind k = at(TokenKind::KwTrue)    ? ast::ConstantValue::Kind::True
                                     : at(TokenKind::KwFalse) ? ast::ConstantValue::Kind::False
                                     : at(TokenKind::KwNone)  ? ast::ConstantValue::Kind::None
                                                              : ast::ConstantValue::Kind::Ellipsis;
        auto* c = make_keyword_constant(m_arena, k);
        advance();
        c->pos = span_from(start);
        return c;
    }
    case TokenKind::String: return parse_strings();
    case TokenKind::Number: return parse_number();
    case TokenKind::LPar: return parse_paren_atom();
    case TokenKind::LSqb: return parse_list_atom();
    case TokenKind::LBrace: return parse_brace_atom();
    default: return fail();
    }
}

ast::Expr* Parser::parse_number() {
    int start = m_pos;
    std::string_view raw = token_text(m_pos);
    advance();
    std::string text;
    text.reserve(raw.size());
    for (char c : raw)
        if (c != '_') text.push_back(c);
    auto* c = m_arena.make<ast::ConstantExpr>();
    ast::ConstantValue& v = c->value;
    char last = text.back();
    bool is_hex = text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X');
    if (last == 'j' || last == 'J') {
        v.kind = ast::ConstantValue::Kind::Imaginary;
        text.pop_back();
        v.number = std::strtod(text.c_str(), nullptr);
    } else if (!is_hex && text.find_first_of(".eE") != std::string::npos) {
        v.kind = ast::ConstantValue::Kind::Float;
        v.number = std::strtod(text.c_str(), nullptr);
    } else {
        v.kind = ast::ConstantValue::Kind::Int;
        if (text.size() > 1 && text[0] == '0' && text[1] != '0' && !(text[1] >= '1' && text[1] <= '9')) {
            char b = text[1];
            v.base = (b == 'x' || b == 'X') ? 16 : (b == 'o' || b == 'O') ? 8 : 2;
            v.text = text.substr(2);
        } else {
            v.text = text;
        }
        if (v.base == 10 && v.text.size() > 4300) {
            const Token& t = tok(start);
            m_error = make_info("SyntaxError",
                                "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                                    std::to_string(v.text.size()) +
                                    " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                                    "hexadecimal for huge integer literals to avoid decimal conversion limits.",
                                t.lineno, 0, t.end_lineno, 0);
            m_failed = true;
            m_first_pass_error = true;
            return nullptr;
        }
    }
    c->pos = span_from(start);
    return c;
}

// '(' ... ')': tuple, group or generator expression
ast::Expr* Parser::parse_paren_atom() {
    int start = m_pos;
    advance();
    if (accept(TokenKind::RPar)) return make<ast::TupleExpr>(start);
    if (at(TokenKind::KwYield)) {
        Expr* y = parse_yield_expr();
        if (!y) return nullptr;
        if (!accept(TokenKind::RPar)) return fail();
        m_grouped.insert(y);
        return y;
    }
    if (at(TokenKind::DoubleStar)) {
        // invalid_group: '(' '**' expression ')'
        int star = m_pos;
        int furthest = m_furthest;
        advance();
        if (starts_expression(kind())) {
            if (!parse_expression() && m_error) return nullptr;
            if (!failed() && at(TokenKind::RPar)) return raise_token("cannot use double starred expression here", star);
        }
        m_furthest = std::max(furthest, star);
        return fail();
    }
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (at_comprehension()) {
        std::vector<ast::Comprehension*> generators;
        if (!parse_for_if_clauses(generators)) return nullptr;
        if (first->kind == ExprKind::Starred)
            return raise_node("iterable unpacking cannot be used in comprehension", first->pos);
        if (!accept(TokenKind::RPar)) return fail();
        auto* g = make<ast::GeneratorExpExpr>(start);
        g->elt = first;
        g->generators = std::move(generators);
        return g;
    }
    if (at(TokenKind::Comma)) {
        auto* t = m_arena.make<ast::TupleExpr>();
        t->elts.push_back(first);
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RPar)) break;
            Expr* e = parse_star_named_expression();
            if (!e) return nullptr;
            t->elts.push_back(e);
        }
        if (!accept(TokenKind::RPar)) return fail();
        t->pos = span_from(start);
        return t;
    }
    if (!at(TokenKind::RPar)) return fail();
    if (first->kind == ExprKind::Starred) return raise_node("cannot use starred expression here", first->pos);
    advance();
    m_grouped.insert(first);
    return first;
}

// '[' ... ']': list display or list comprehension
ast::Expr* Parser::parse_list_atom() {
    int start = m_pos;
    advance();
    if (accept(TokenKind::RSqb)) return make<ast::ListExpr>(start);
    Expr* first = parse_star_named_expression();
    if (!first) return nullptr;
    if (at_comprehension()) {
        std::vector<ast::Comprehension*> generators;
        if (!parse_for_if_clauses(generators)) return nullptr;
        if (first->kind == ExprKind::Starred)
            return raise_node("iterable unpacking cannot be used in comprehension", first->pos);
        if (!accept(TokenKind::RSqb)) return fail();
        auto* l = make<ast::ListCompExpr>(start);
        l->elt = first;
        l->generators = std::move(generators);
        return l;
    }
    std::vector<Expr*> elts{first};
    while (at(TokenKind::Comma)) {
        int comma = m_pos;
        advance();
        if (at_comprehension(true)) {
            // invalid_comprehension: '[' a=star_named_expression b=',' for_if_clauses
            std::vector<ast::Comprehension*> generators;
            if (!parse_for_if_clauses(generators)) return nullptr;
            if (elts.size() == 1)
                return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                                   ast::Position{tok(comma).lineno, tok(comma).col, tok(comma).end_lineno,
                                                 tok(comma).end_col});
            return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                               elts.back()->pos);
        }
        if (at(TokenKind::RSqb)) break;
        Expr* e = parse_star_named_expression();
        if (!e) return nullptr;
        elts.push_back(e);
        if (elts.size() >= 2 && at_comprehension(true)) {
            std::vector<ast::Comprehension*> generators;
            if (!parse_for_if_clauses(generators)) return nullptr;
            return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                               elts.back()->pos);
        }
    }
    if (!accept(TokenKind::RSqb)) return fail();
    auto* l = make<ast::ListExpr>(start);
    l->elts = std::move(elts);
    return l;
}

// '{' ... '}': dict, set, dict comprehension or set comprehension
ast::Expr* Parser::parse_brace_atom() {
    int start = m_pos;
    advance();
    if (accept(TokenKind::RBrace)) return make<ast::DictExpr>(start);
    std::vector<Expr*> keys, values;
    // One key/value pair (or '**' mapping); false on error.
    auto parse_pair = [&](bool first_item) -> bool {
        if (at(TokenKind::DoubleStar)) {
            int star = m_pos;
            advance();
            Expr* v = parse_bitwise_or();
            if (!v) return false;
            if (first_item && at_comprehension(true)) {
                std::vector<ast::Comprehension*> generators;
                if (!parse_for_if_clauses(generators)) return false;
                if (at(TokenKind::RBrace)) raise_token("dict unpacking cannot be used in dict comprehension", star);
                else fail();
                return false;
            }
            keys.push_back(nullptr);
            values.push_back(v);
            return true;
        }
        Expr* k = nullptr;
        if (first_item) {
            k = parse_expression();
        } else {
            // CPython reports a later key that is not followed by ':' before any error the
            // key itself may hold (invalid_kvpair), unless that key cannot be parsed at all.
            Mark before = mark();
            ++m_speculating;
            k = parse_expression();
            --m_speculating;
            if (m_error) return false;
            if (!k || failed()) {
                reset(before);
                k = parse_expression();
            }
        }
        if (!k) return false;
        if (!at(TokenKind::Colon)) {
            // invalid_kvpair: a=expression !(':')
            if (first_item) {
                fail();
                return false;
            }
            const ast::Position& p = k->pos;
            raise_at("SyntaxError", "':' expected after dictionary key", p.lineno, p.end_col_offset - 1,
                     p.end_lineno, -1);
            return false;
        }
        int colon = m_pos;
        advance();
        if (at(TokenKind::Star)) {
            int star = m_pos;
            advance();
            if (!parse_bitwise_or()) return false;
            raise_starting_from("cannot use a starred expression in a dictionary value",
                                ast::Position{tok(star).lineno, tok(star).col, tok(star).end_lineno,
                                              tok(star).end_col});
            return false;
        }
        if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
            raise_token("expression expected after dictionary key and ':'", colon);
            return false;
        }
        Expr* v = parse_expression();
        if (!v) return false;
        keys.push_back(k);
        values.push_back(v);
        return true;
    };

    bool is_dict = at(TokenKind::DoubleStar);
    Expr* first = nullptr;
    if (!is_dict) {
        first = parse_star_named_expression();
        if (!first) return nullptr;
        if (at(TokenKind::Colon) && first->kind != ExprKind::Starred &&
            !(first->kind == ExprKind::NamedExpr && !is_grouped(first))) {
            is_dict = true;
            int colon = m_pos;
            advance();
            if (at(TokenKind::Star)) {
                int star = m_pos;
                advance();
                if (!parse_bitwise_or()) return nullptr;
                return raise_starting_from("cannot use a starred expression in a dictionary value",
                                           ast::Position{tok(star).lineno, tok(star).col, tok(star).end_lineno,
                                                         tok(star).end_col});
            }
            if (at(TokenKind::RBrace) || at(TokenKind::Comma))
                return raise_token("expression expected after dictionary key and ':'", colon);
            Expr* v = parse_expression();
            if (!v) return nullptr;
            if (at_comprehension()) {
                std::vector<ast::Comprehension*> generators;
                if (!parse_for_if_clauses(generators)) return nullptr;
                if (!accept(TokenKind::RBrace)) return fail();
                auto* d = make<ast::DictCompExpr>(start);
                d->key = first;
                d->value = v;
                d->generators = std::move(generators);
                return d;
            }
            keys.push_back(first);
            values.push_back(v);
        }
    } else if (!parse_pair(true)) {
        return nullptr;
    }

    if (is_dict) {
        while (accept(TokenKind::Comma)) {
            if (at(TokenKind::RBrace)) break;
            if (!parse_pair(false)) return nullptr;
        }
        if (!accept(TokenKind::RBrace)) return fail();
        auto* d = make<ast::DictExpr>(start);
        d->keys = std::move(keys);
        d->values = std::move(values);
        return d;
    }

    if (at_comprehension()) {
        std::vector<ast::Comprehension*> generators;
        if (!parse_for_if_clauses(generators)) return nullptr;
        if (first->kind == ExprKind::Starred)
            return raise_node("iterable unpacking cannot be used in comprehension", first->pos);
        if (!accept(TokenKind::RBrace)) return fail();
        auto* s = make<ast::SetCompExpr>(start);
        s->elt = first;
        s->generators = std::move(generators);
        return s;
    }
    std::vector<Expr*> elts{first};
    while (at(TokenKind::Comma)) {
        int comma = m_pos;
        advance();
        if (at_comprehension(true)) {
            std::vector<ast::Comprehension*> generators;
            if (!parse_for_if_clauses(generators)) return nullptr;
            if (elts.size() == 1)
                return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                                   ast::Position{tok(comma).lineno, tok(comma).col, tok(comma).end_lineno,
                                                 tok(comma).end_col});
            return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                               elts.back()->pos);
        }
        if (at(TokenKind::RBrace)) break;
        Expr* e = parse_star_named_expression();
        if (!e) return nullptr;
        elts.push_back(e);
        if (at_comprehension(true)) {
            std::vector<ast::Comprehension*> generators;
            if (!parse_for_if_clauses(generators)) return nullptr;
            return raise_range("did you forget parentheses around the comprehension target?", elts[0]->pos,
                               elts.back()->pos);
        }
    }
    if (!accept(TokenKind::RBrace)) return fail();
    auto* s = make<ast::SetExpr>(start);
    s->elts = std::move(elts);
    return s;
}

// for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
bool Parser::parse_for_if_clauses(std::vector<ast::Comprehension*>& out) {
    while (at_comprehension()) {
        auto* c = m_arena.make<ast::Comprehension>();
        c->is_async = accept(TokenKind::KwAsync);
        advance();  // 'for'
        c->target = parse_for_targets();
        if (!c->target) return false;
        advance();  // 'in'
        c->iter = parse_disjunction();
        if (!c->iter) return false;
        while (accept(TokenKind::KwIf)) {
            Expr* cond = parse_disjunction();
            if (!cond) return false;
            c->ifs.push_back(cond);
        }
        out.push_back(c);
    }
    return true;
}

// primary '(' [arguments] ')' or primary genexp. With func == null this parses the
// bases of a class definition (where a bare generator expression is not allowed).
ast::Expr* Parser::parse_call(int start, Expr* func) {
    int open = m_pos;
    advance();
    std::vector<Expr*> args;
    std::vector<ast::Keyword*> keywords;
    bool seen_keyword = false, seen_double_star = false;
    int positional_after_keyword = -1;  // the first such argument's token
    bool all_starred = true;            // every argument so far is `*x`
    while (!at(TokenKind::RPar)) {
        int arg_start = m_pos;
        if (at(TokenKind::Star)) {
            // invalid_arguments: (args ',' kwargs | kwargs) ',' '*' where the '*' cannot
            // continue the keyword arguments.
            bool kwargs_before = (seen_keyword || seen_double_star || (all_starred && !args.empty())) &&
                                 positional_after_keyword < 0;
            if (kwargs_before && (seen_double_star || !starts_expression(quiet_kind_at(1))))
                return raise_token("iterable argument unpacking follows keyword argument unpacking", arg_start);
            advance();
            Expr* value = parse_expression();
            if (!value) return nullptr;
            auto* s = make<ast::StarredExpr>(arg_start);
            s->value = value;
            args.push_back(s);
        } else if (at(TokenKind::DoubleStar)) {
            advance();
            Expr* value = parse_expression();
            if (!value) return nullptr;
            auto* k = make<ast::Keyword>(arg_start);
            k->value = value;
            keywords.push_back(k);
            seen_double_star = true;
        } else if ((at(TokenKind::Name) || at(TokenKind::KwTrue) || at(TokenKind::KwFalse) ||
                    at(TokenKind::KwNone)) &&
                   kind_at(1) == TokenKind::Equal) {
            if (!at(TokenKind::Name)) {
                // invalid_kwarg: ('True'|'False'|'None') '='
                std::string msg = "cannot assign to " + std::string(token_text(m_pos));
                return raise_tokens(std::move(msg), m_pos, m_pos + 1);
            }
            std::string name = name_of(m_pos);
            advance();
            int equal = m_pos;
            advance();
            Expr* value = parse_expression();
            if (!value) return nullptr;
            if (at_comprehension(true)) {
                // invalid_kwarg: NAME '=' expression for_if_clauses
                std::vector<ast::Comprehension*> generators;
                if (!parse_for_if_clauses(generators)) return nullptr;
                return raise_tokens("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", arg_start, equal);
            }
            auto* k = make<ast::Keyword>(arg_start);
            k->arg = std::move(name);
            k->value = value;
            keywords.push_back(k);
            seen_keyword = true;
        } else {
            Expr* value = nullptr;
            if (at(TokenKind::Name) && kind_at(1) == TokenKind::ColonEqual) {
                value = parse_named_expression();
            } else {
                if (!starts_expression(kind())) return fail();
                value = parse_expression();
            }
            if (!value) return nullptr;
            if (at(TokenKind::Equal)) {
                // invalid_kwarg: !(NAME '=') a=expression b='='
                return raise_range("expression cannot contain assignment, perhaps you meant \"==\"?", value->pos,
                                   ast::Position{tok(m_pos).lineno, tok(m_pos).col, tok(m_pos).end_lineno,
                                                 tok(m_pos).end_col});
            }
            if (at_comprehension()) {
                if (!func) return fail();
                std::vector<ast::Comprehension*> generators;
                if (!parse_for_if_clauses(generators)) return nullptr;
                ast::Comprehension* last = generators.back();
                Expr* last_item = last->ifs.empty() ? last->iter : last->ifs.back();
                bool alone = args.empty() && keywords.empty();
                if (alone && at(TokenKind::RPar)) {
                    // primary genexp: the generator expression spans the call's parentheses.
                    advance();
                    auto* g = make<ast::GeneratorExpExpr>(open);
                    g->elt = value;
                    g->generators = std::move(generators);
                    auto* call = make<ast::CallExpr>(start);
                    call->func = func;
                    call->args.push_back(g);
                    return call;
                }
                if (alone && !at(TokenKind::Comma)) return fail();
                return raise_range("Generator expression must be parenthesized", value->pos, last_item->pos);
            }
            if ((seen_keyword || seen_double_star) && positional_after_keyword < 0)
                positional_after_keyword = arg_start;
            all_starred = false;
            args.push_back(value);
        }
        if (accept(TokenKind::Comma)) continue;
        if (!at(TokenKind::RPar)) break;
    }
    if (positional_after_keyword >= 0) {
        bool unpacking = false;
        for (ast::Keyword* k : keywords)
            if (k->arg.empty()) unpacking = true;
        return raise_at_last_fetched("SyntaxError", unpacking ? "positional argument follows keyword argument unpacking"
                                                              : "positional argument follows keyword argument");
    }
    if (!accept(TokenKind::RPar)) return fail();
    auto* call = make<ast::CallExpr>(start);
    call->func = func;
    call->args = std::move(args);
    call->keywords = std::move(keywords);
    return call;
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
ast::Expr* Parser::parse_slices() {
    int start = m_pos;
    auto one = [&]() -> Expr* {
        if (!at(TokenKind::Star)) return parse_slice();
        int s = m_pos;
        advance();
        Expr* value = parse_expression();
        if (!value) return nullptr;
        auto* st = make<ast::StarredExpr>(s);
        st->value = value;
        return st;
    };
    bool first_starred = at(TokenKind::Star);
    Expr* first = one();
    if (!first) return nullptr;
    if (!at(TokenKind::Comma) && !first_starred) return first;
    auto* t = m_arena.make<ast::TupleExpr>();
    t->elts.push_back(first);
    while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RSqb)) break;
        Expr* e = one();
        if (!e) return nullptr;
        t->elts.push_back(e);
    }
    t->pos = span_from(start);
    return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
ast::Expr* Parser::parse_slice() {
    int start = m_pos;
    Expr* lower = nullptr;
    if (!at(TokenKind::Colon)) {
        lower = parse_named_expression();
        if (!lower) return nullptr;
        if (!at(TokenKind::Colon) || (lower->kind == ExprKind::NamedExpr && !is_grouped(lower))) return lower;
    }
    advance();  // ':'
    Expr* upper = nullptr;
    Expr* step = nullptr;
    if (starts_expression(kind())) {
        upper = parse_expression();
        if (!upper) return nullptr;
    }
    if (accept(TokenKind::Colon) && starts_expression(kind())) {
        step = parse_expression();
        if (!step) return nullptr;
    }
    auto* s = make<ast::SliceExpr>(start);
    s->lower = lower;
    s->upper = upper;
    s->step = step;
    return s;
}

} // namespace hs::frontend
