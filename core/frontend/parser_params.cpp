// Parameters of `def` and `lambda` (CPython grammar: params, lambda_params and their
// invalid_* rules).
#include "frontend/parser_impl.h"

namespace hs::frontend {

using ast::Expr;

// param: NAME annotation? (a lambda parameter has no annotation). With `star_annotation`,
// the annotation may be a starred expression (`*args: *Ts`).
ast::Arg* Parser::parse_param(bool is_lambda, bool star_annotation) {
    int start = m_pos;
    if (!at(TokenKind::Name)) return fail();
    std::string name = name_of(m_pos);
    advance();
    Expr* annotation = nullptr;
    if (!is_lambda && accept(TokenKind::Colon)) {
        annotation = star_annotation ? parse_star_expression() : parse_expression();
        if (!annotation) return nullptr;
    }
    auto* a = make<ast::Arg>(start);
    a->arg = std::move(name);
    a->annotation = annotation;
    return a;
}

// The parameter list up to (not including) ')' for a def or ':' for a lambda.
ast::Arguments* Parser::parse_parameters(bool is_lambda) {
    const TokenKind close = is_lambda ? TokenKind::Colon : TokenKind::RPar;
    auto* args = m_arena.make<ast::Arguments>();
    std::vector<ast::Arg*> positional;
    std::vector<Expr*> defaults;
    bool seen_slash = false, seen_star = false, seen_kwarg = false, seen_default = false;
    while (!at(close)) {
        if (at(TokenKind::Slash)) {
            if (seen_kwarg) return raise_token("arguments cannot follow var-keyword argument", m_pos);
            if (seen_star) return raise_token("/ must be ahead of *", m_pos);
            if (seen_slash) return raise_token("/ may appear only once", m_pos);
            if (positional.empty()) {
                if (quiet_kind_at(1) == TokenKind::Comma)
                    return raise_token("at least one argument must precede /", m_pos);
                return fail();
            }
            seen_slash = true;
            args->posonlyargs = std::move(positional);
            positional.clear();
            advance();
            if (at(TokenKind::Star)) return raise_token("expected comma between / and *", m_pos);
        } else if (at(TokenKind::Star)) {
            int star = m_pos;
            if (seen_kwarg) return raise_token("arguments cannot follow var-keyword argument", m_pos);
            if (seen_star) {
                TokenKind after = quiet_kind_at(1);
                if (after == TokenKind::Name || after == TokenKind::Comma)
                    return raise_token("* argument may appear only once", m_pos);
                return fail();
            }
            seen_star = true;
            advance();
            if (at(TokenKind::Comma)) {
                TokenKind after = kind_at(1);
                if (after == close || after == TokenKind::DoubleStar) {
                    if (is_lambda) {
                        advance();
                        return raise_at_last_fetched("SyntaxError", "named arguments must follow bare *");
                    }
                    return raise_token("named arguments must follow bare *", star);
                }
            } else if (at(close)) {
                if (is_lambda) return raise_at_last_fetched("SyntaxError", "named arguments must follow bare *");
                return raise_token("named arguments must follow bare *", star);
            } else {
                ast::Arg* a = parse_param(is_lambda, true);
                if (!a) return nullptr;
                if (at(TokenKind::Equal)) return raise_token("var-positional argument cannot have default value", m_pos);
                args->vararg = a;
            }
        } else if (at(TokenKind::DoubleStar)) {
            if (seen_kwarg) return raise_token("arguments cannot follow var-keyword argument", m_pos);
            advance();
            ast::Arg* a = parse_param(is_lambda, false);
            if (!a) return nullptr;
            if (at(TokenKind::Equal)) return raise_token("var-keyword argument cannot have default value", m_pos);
            args->kwarg = a;
            seen_kwarg = true;
        } else if (at(TokenKind::Name)) {
            ast::Arg* a = parse_param(is_lambda, false);
            if (!a) return nullptr;
            if (seen_kwarg) return raise_node("arguments cannot follow var-keyword argument", a->pos);
            Expr* value = nullptr;
            if (at(TokenKind::Equal)) {
                int equal = m_pos;
                advance();
                if (at(TokenKind::Comma) || at(close))
                    return raise_token("expected default value expression", equal);
                value = parse_expression();
                if (!value) return nullptr;
            }
            if (!seen_star) {
                if (value) {
                    seen_default = true;
                    defaults.push_back(value);
                } else if (seen_default) {
                    TokenKind after = quiet_kind_at(0);
                    if (after == TokenKind::Comma || after == close)
                        return raise_node("non-default argument follows default argument", a->pos);
                    return fail();
                }
                positional.push_back(a);
            } else {
                args->kwonlyargs.push_back(a);
                args->kw_defaults.push_back(value);
            }
        } else if (at(TokenKind::LPar)) {
            // invalid_parameters: '(' param (',' param)* ','? ')'
            int open = m_pos;
            int i = m_pos + 1;
            bool names = tok(i).kind == TokenKind::Name;
            while (names && tok(i).kind == TokenKind::Name) {
                ++i;
                if (tok(i).kind == TokenKind::Comma) ++i;
            }
            if (names && tok(i).kind == TokenKind::RPar) {
                for (int k = m_pos; k <= i; ++k) kind_at(k - m_pos);
                return raise_tokens(is_lambda ? "Lambda expression parameters cannot be parenthesized"
                                              : "Function parameters cannot be parenthesized",
                                    open, i);
            }
            return fail();
        } else {
            return fail();
        }
        if (accept(TokenKind::Comma)) continue;
        if (!at(close)) return fail();
    }
    args->args = std::move(positional);
    args->defaults = std::move(defaults);
    return args;
}

} // namespace hs::frontend
