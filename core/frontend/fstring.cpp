// String literals in the parser: implicit concatenation, bytes, and f-strings the way
// CPython 3.11 parses them (its string_parser.c): the token's text is scanned for
// replacement fields, and each field's expression is parsed by a separate parser run on
// "(" + expression + ")". The positions this produces (every literal part and field spans
// the whole concatenation) are CPython 3.11's, quirks included.
#include <optional>

#include "frontend/parser_impl.h"
#include "frontend/string_literals.h"

namespace hs::frontend {

using ast::Expr;

namespace {

constexpr int kMaxFStringNesting = 200;

// CPython's FstringParser: the pieces of a JoinedStr being built.
struct FState {
    std::vector<Expr*> values;
    std::string last_str;
    bool has_last = false;
    bool fmode = false;

    void add(std::string_view s) {
        if (s.empty()) return;
        if (!has_last) {
            last_str.assign(s);
            has_last = true;
        } else {
            last_str += s;
        }
    }
};

bool is_fstring_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f'; }
bool is_py_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

} // namespace

class FStringParser {
public:
    FStringParser(Parser& p, int first, int last) : m_p(p), m_first(first), m_last(last) {}

    Expr* run() {
        bool bytesmode = false;
        std::string bytes;
        FState state;
        for (int i = m_first; i <= m_last; ++i) {
            std::string_view text = m_p.token_text(i);
            StringLiteralParts parts = split_string_token(text);
            if (parts.is_fstring) {
                if (i != m_first && bytesmode) return error("cannot mix bytes and nonbytes literals");
                bytesmode = false;
                size_t pos = parts.body_offset;
                if (!concat_fstring(state, text, pos, parts.body_offset + parts.body.size(), parts.is_raw, 0, i))
                    return nullptr;
                continue;
            }
            std::string value;
            std::string err;
            bool raw = parts.is_raw || parts.body.find('\\') == std::string_view::npos;
            if (parts.is_bytes) {
                for (char c : text.substr(parts.body_offset))
                    if (static_cast<unsigned char>(c) >= 0x80) {
                        mark_first_pass();
                        Unspeculate u(m_p);
                        return m_p.raise_token("bytes can only contain ASCII literal characters", i);
                    }
                if (raw)
                    value.assign(parts.body);
                else if (!decode_bytes_escapes(parts.body, value, err))
                    return error(std::move(err));
            } else {
                if (raw)
                    value.assign(parts.body);
                else if (!decode_str_escapes(parts.body, value, err))
                    return error(std::move(err));
            }
            if (i != m_first && bytesmode != parts.is_bytes) return error("cannot mix bytes and nonbytes literals");
            bytesmode = parts.is_bytes;
            if (bytesmode)
                bytes += value;
            else
                state.add(value);
        }
        if (bytesmode) {
            auto* c = m_p.m_arena.make<ast::ConstantExpr>();
            c->value.kind = ast::ConstantValue::Kind::Bytes;
            c->value.text = std::move(bytes);
            c->pos = span(m_first, m_last);
            return c;
        }
        return finish(state, m_first, m_last);
    }

private:
    // String errors come from the parser's actions, in CPython's first pass.
    // They are raised even while the parser only tries an alternative.
    std::nullptr_t error(std::string msg) {
        mark_first_pass();
        Unspeculate u(m_p);
        return m_p.raise_at_last_fetched("SyntaxError", std::move(msg));
    }
    void mark_first_pass() {
        if (!m_p.m_error) m_p.m_first_pass_error = true;
    }
    struct Unspeculate {
        explicit Unspeculate(Parser& p) : parser(p), saved(p.m_speculating) { p.m_speculating = 0; }
        ~Unspeculate() { parser.m_speculating = saved; }
        Parser& parser;
        int saved;
    };

    ast::Position span(int first, int last) const {
        const Token& a = m_p.tok(first);
        const Token& b = m_p.tok(last);
        return {a.lineno, a.col, b.end_lineno, b.end_col};
    }

    Expr* make_str(std::string s, int first, int last) {
        auto* c = m_p.m_arena.make<ast::ConstantExpr>();
        c->value.kind = ast::ConstantValue::Kind::Str;
        c->value.text = std::move(s);
        c->value.u_prefix = m_p.token_text(first)[0] == 'u';
        c->pos = span(first, last);
        return c;
    }

    Expr* finish(FState& state, int first, int last) {
        if (!state.fmode) return make_str(state.has_last ? std::move(state.last_str) : std::string(), first, last);
        if (state.has_last) {
            state.values.push_back(make_str(std::move(state.last_str), first, last));
            state.has_last = false;
        }
        auto* j = m_p.m_arena.make<ast::JoinedStrExpr>();
        j->values = std::move(state.values);
        j->pos = span(first, last);
        return j;
    }

    // The literal text up to the next replacement field. Returns 1 when a doubled brace
    // ended it (scanning goes on after it), 0 otherwise, -1 on error.
    int find_literal(std::string_view text, size_t& pos, size_t end, bool raw, int recurse_lvl,
                     std::optional<std::string>& literal) {
        size_t s = pos;
        size_t literal_start = s;
        int result = 0;
        bool done = false;
        while (s < end) {
            char ch = text[s++];
            if (!raw && ch == '\\' && s < end) {
                ch = text[s++];
                if (ch == 'N') {
                    // Skip "\N{...}" so that its brace does not start a field.
                    if (s < end && text[s++] == '{') {
                        while (s < end && text[s++] != '}') {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}') {
                if (recurse_lvl == 0) {
                    if (s < end && text[s] == ch) {
                        pos = s + 1;
                        result = 1;
                        done = true;
                        break;
                    }
                    if (ch == '}') {
                        pos = s - 1;
                        error("f-string: single '}' is not allowed");
                        return -1;
                    }
                }
                --s;
                break;
            }
        }
        if (!done) pos = s;
        if (literal_start != s) {
            std::string_view chunk = text.substr(literal_start, s - literal_start);
            std::string value, err;
            if (raw) {
                value.assign(chunk);
            } else if (!decode_str_escapes(chunk, value, err)) {
                error(std::move(err));
                return -1;
            }
            literal = std::move(value);
        }
        return result;
    }

    // Parses the expression text of a replacement field with a parser of its own.
    Expr* compile_expr(std::string_view text, size_t expr_start, size_t expr_end, int t) {
        size_t s = expr_start;
        while (s < expr_end && is_fstring_space(text[s])) ++s;
        if (s == expr_end) {
            char c = text[expr_end];
            if (c == '!' || c == ':' || c == '=')
                return error(std::string("f-string: expression required before '") + c + "'");
            return error("f-string: empty expression not allowed");
        }
        // Where CPython places the sub-parser (fstring_find_expr_location). Fields come in
        // increasing order, so newlines before the brace are counted incrementally.
        size_t brace = expr_start - 1;
        if (t != m_scan_token || brace < m_scan_offset) {
            m_scan_token = t;
            m_scan_offset = 0;
            m_scan_lines = 0;
            m_scan_last_newline = std::string_view::npos;
        }
        for (; m_scan_offset < brace; ++m_scan_offset) {
            if (text[m_scan_offset] == '\n') {
                ++m_scan_lines;
                m_scan_last_newline = m_scan_offset;
            }
        }
        int lines = m_scan_lines;
        bool newline_after_brace = true;
        for (size_t k = brace + 1; k < text.size() && text[k] != '}' && text[k] != '\n'; ++k) {
            if (text[k] != ' ' && text[k] != '\t' && text[k] != '\f') {
                newline_after_brace = false;
                break;
            }
        }
        int cols = 0;
        if (!newline_after_brace) {
            // The distance from the line start (or the token start) to the brace.
            if (m_scan_last_newline == std::string_view::npos)
                cols = static_cast<int>(brace);
            else
                cols = static_cast<int>(brace - m_scan_last_newline) - 1;
        }
        const Token& tt = m_p.tok(t);
        FStringOrigin origin;
        origin.first_lineno = tt.lineno + lines;
        origin.starting_col_offset = (lines == 0 ? tt.col : 0) + cols;

        std::string sub = "(";
        sub.append(text.substr(expr_start, expr_end - expr_start));
        sub += ")\n";
        SourceText source(std::move(sub));
        TokenStream tokens = tokenize(source, origin.first_lineno);
        for (Token& k : tokens.tokens) {
            if (k.end_lineno != origin.first_lineno) continue;
            if (k.col >= 0) k.col += origin.starting_col_offset;
            if (k.end_col >= 0) k.end_col += origin.starting_col_offset;
        }
        Parser sub_parser(source, tokens, m_p.m_arena, ParseMode::FString, origin);
        sub_parser.m_stack_base = m_p.m_stack_base;
        Expr* e = sub_parser.parse_fstring();
        if (!e) {
            mark_first_pass();
            if (!m_p.m_error) m_p.m_error = sub_parser.final_error();
            m_p.m_failed = true;
            return nullptr;
        }
        return e;
    }

    // A replacement field starting at the '{' at `pos`.
    bool find_expr(std::string_view text, size_t& pos, size_t end, bool raw, int recurse_lvl,
                   std::optional<std::string>& expr_text, Expr*& expression, int t) {
        if (recurse_lvl >= 2) {
            error("f-string: expressions nested too deeply");
            return false;
        }
        ++pos;
        size_t expr_start = pos;
        char quote_char = 0;
        int string_type = 0;
        int nested_depth = 0;
        char parenstack[kMaxFStringNesting];
        for (; pos < end; ++pos) {
            char ch = text[pos];
            if (ch == '\\') {
                error("f-string expression part cannot include a backslash");
                return false;
            }
            if (quote_char) {
                if (ch == quote_char) {
                    if (string_type == 3) {
                        if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch) {
                            pos += 2;
                            string_type = 0;
                            quote_char = 0;
                        }
                    } else {
                        string_type = 0;
                        quote_char = 0;
                    }
                }
                continue;
            }
            if (ch == '\'' || ch == '"') {
                if (pos + 2 < end && text[pos + 1] == ch && text[pos + 2] == ch) {
                    string_type = 3;
                    pos += 2;
                } else {
                    string_type = 1;
                }
                quote_char = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (nested_depth >= kMaxFStringNesting) {
                    error("f-string: too many nested parenthesis");
                    return false;
                }
                parenstack[nested_depth++] = ch;
            } else if (ch == '#') {
                error("f-string expression part cannot include '#'");
                return false;
            } else if (nested_depth == 0 &&
                       (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end) {
                    char next = text[pos + 1];
                    if ((ch == '!' && next == '=') || (ch == '=' && next == '=') || (ch == '<' && next == '=') ||
                        (ch == '>' && next == '=')) {
                        ++pos;
                        continue;
                    }
                }
                if (ch == '>' || ch == '<') continue;
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (!nested_depth) {
                    error(std::string("f-string: unmatched '") + ch + "'");
                    return false;
                }
                char opening = parenstack[--nested_depth];
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                      (opening == '{' && ch == '}'))) {
                    error(std::string("f-string: closing parenthesis '") + ch +
                          "' does not match opening parenthesis '" + opening + "'");
                    return false;
                }
            }
        }
        size_t expr_end = pos;
        if (quote_char) {
            error("f-string: unterminated string");
            return false;
        }
        if (nested_depth) {
            error(std::string("f-string: unmatched '") + parenstack[nested_depth - 1] + "'");
            return false;
        }
        if (pos >= end) return expecting_brace();

        Expr* value = compile_expr(text, expr_start, expr_end, t);
        if (!value) return false;

        if (text[pos] == '=') {
            ++pos;
            while (is_py_space(text[pos])) ++pos;
            if (pos >= end) return expecting_brace();
            expr_text = std::string(text.substr(expr_start, pos - expr_start));
        }
        int conversion = -1;
        if (text[pos] == '!') {
            ++pos;
            if (pos >= end) return expecting_brace();
            conversion = static_cast<unsigned char>(text[pos]);
            ++pos;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
                return false;
            }
        }
        Expr* format_spec = nullptr;
        if (pos < end && text[pos] == ':') {
            ++pos;
            if (pos >= end) return expecting_brace();
            FState spec;
            if (!concat_fstring(spec, text, pos, end, raw, recurse_lvl + 1, t)) return false;
            format_spec = finish(spec, t, t);
        }
        if (pos >= end || text[pos] != '}') return expecting_brace();
        ++pos;
        if (expr_text && !format_spec && conversion == -1) conversion = 'r';
        auto* fv = m_p.m_arena.make<ast::FormattedValueExpr>();
        fv->value = value;
        fv->conversion = conversion;
        fv->format_spec = format_spec;
        fv->pos = span(m_first, m_last);
        expression = fv;
        return true;
    }

    bool expecting_brace() {
        error("f-string: expecting '}'");
        return false;
    }

    // Appends the literal parts and replacement fields of one f-string (or format spec).
    bool concat_fstring(FState& state, std::string_view text, size_t& pos, size_t end, bool raw, int recurse_lvl,
                        int t) {
        state.fmode = true;
        for (;;) {
            std::optional<std::string> literal, expr_text;
            Expr* expression = nullptr;
            int result = find_literal(text, pos, end, raw, recurse_lvl, literal);
            if (result < 0) return false;
            if (literal) state.add(*literal);
            if (result == 1) continue;
            if (pos >= end || text[pos] == '}') break;
            if (!find_expr(text, pos, end, raw, recurse_lvl, expr_text, expression, t)) return false;
            if (expr_text) state.add(*expr_text);
            if (state.has_last) {
                state.values.push_back(make_str(std::move(state.last_str), m_first, m_last));
                state.has_last = false;
            }
            state.values.push_back(expression);
        }
        if (recurse_lvl == 0 && pos + 1 < end) {
            error("f-string: unexpected end of string");
            return false;
        }
        if (recurse_lvl != 0 && (pos >= end || text[pos] != '}')) return expecting_brace();
        return true;
    }

    Parser& m_p;
    int m_first;
    int m_last;
    // Newlines seen so far in the token whose fields are being compiled.
    int m_scan_token = -1;
    size_t m_scan_offset = 0;
    int m_scan_lines = 0;
    size_t m_scan_last_newline = std::string_view::npos;
};

// strings: STRING+
ast::Expr* Parser::parse_strings() {
    int first = m_pos;
    while (at(TokenKind::String)) advance();
    return FStringParser(*this, first, m_pos - 1).run();
}

} // namespace hs::frontend
