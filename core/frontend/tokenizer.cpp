// The tokenizer follows CPython 3.11's tokenizer state machine closely, because its exact
// error messages and positions (and which input is an error at all) are part of what
// heapscope reproduces. It reads the whole source up front; the parser then walks a vector.
#include "frontend/tokenizer.h"

#include <cstdio>

#include "unicode/chartype.h"
#include "unicode/utf8.h"

namespace hs::frontend {
namespace {

constexpr int kEof = -1;
constexpr int kTabSize = 8;
constexpr int kAltTabSize = 1;
constexpr int kMaxIndent = 100;
constexpr int kMaxLevel = 200;
constexpr int64_t kNoPos = -1;

bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_xdigit(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_potential_identifier_start(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
}
bool is_potential_identifier_char(int c) { return is_potential_identifier_start(c) || is_digit(c); }

TokenKind one_char(int c) {
    switch (c) {
    case '%': return TokenKind::Percent;
    case '&': return TokenKind::Amper;
    case '(': return TokenKind::LPar;
    case ')': return TokenKind::RPar;
    case '*': return TokenKind::Star;
    case '+': return TokenKind::Plus;
    case ',': return TokenKind::Comma;
    case '-': return TokenKind::Minus;
    case '.': return TokenKind::Dot;
    case '/': return TokenKind::Slash;
    case ':': return TokenKind::Colon;
    case ';': return TokenKind::Semi;
    case '<': return TokenKind::Less;
    case '=': return TokenKind::Equal;
    case '>': return TokenKind::Greater;
    case '@': return TokenKind::At;
    case '[': return TokenKind::LSqb;
    case ']': return TokenKind::RSqb;
    case '^': return TokenKind::Circumflex;
    case '{': return TokenKind::LBrace;
    case '|': return TokenKind::VBar;
    case '}': return TokenKind::RBrace;
    case '~': return TokenKind::Tilde;
    default: return TokenKind::Unknown;
    }
}

// TokenKind::EndMarker stands for "not a two/three character operator".
TokenKind two_chars(int c1, int c2) {
    switch (c1) {
    case '!': return c2 == '=' ? TokenKind::NotEqual : TokenKind::EndMarker;
    case '%': return c2 == '=' ? TokenKind::PercentEqual : TokenKind::EndMarker;
    case '&': return c2 == '=' ? TokenKind::AmperEqual : TokenKind::EndMarker;
    case '*':
        if (c2 == '*') return TokenKind::DoubleStar;
        return c2 == '=' ? TokenKind::StarEqual : TokenKind::EndMarker;
    case '+': return c2 == '=' ? TokenKind::PlusEqual : TokenKind::EndMarker;
    case '-':
        if (c2 == '=') return TokenKind::MinEqual;
        return c2 == '>' ? TokenKind::RArrow : TokenKind::EndMarker;
    case '/':
        if (c2 == '/') return TokenKind::DoubleSlash;
        return c2 == '=' ? TokenKind::SlashEqual : TokenKind::EndMarker;
    case ':': return c2 == '=' ? TokenKind::ColonEqual : TokenKind::EndMarker;
    case '<':
        if (c2 == '<') return TokenKind::LeftShift;
        if (c2 == '=') return TokenKind::LessEqual;
        // "<>" is a token only for Barry-as-FLUFL; the parser never accepts it.
        return c2 == '>' ? TokenKind::Unknown : TokenKind::EndMarker;
    case '=': return c2 == '=' ? TokenKind::EqEqual : TokenKind::EndMarker;
    case '>':
        if (c2 == '=') return TokenKind::GreaterEqual;
        return c2 == '>' ? TokenKind::RightShift : TokenKind::EndMarker;
    case '@': return c2 == '=' ? TokenKind::AtEqual : TokenKind::EndMarker;
    case '^': return c2 == '=' ? TokenKind::CircumflexEqual : TokenKind::EndMarker;
    case '|': return c2 == '=' ? TokenKind::VBarEqual : TokenKind::EndMarker;
    default: return TokenKind::EndMarker;
    }
}

TokenKind three_chars(int c1, int c2, int c3) {
    if (c3 != '=') return TokenKind::EndMarker;
    if (c1 == '*' && c2 == '*') return TokenKind::DoubleStarEqual;
    if (c1 == '/' && c2 == '/') return TokenKind::DoubleSlashEqual;
    if (c1 == '<' && c2 == '<') return TokenKind::LeftShiftEqual;
    if (c1 == '>' && c2 == '>') return TokenKind::RightShiftEqual;
    return TokenKind::EndMarker;
}

std::string hex4(uint32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04X", cp);
    return buf;
}

class Tokenizer {
public:
    Tokenizer(const SourceText& src, int first_lineno) : m_text(src.text()), m_lineno(first_lineno - 1) {
        m_indstack[0] = 0;
        m_altindstack[0] = 0;
    }

    TokenStream run() {
        TokenStream out;
        out.tokens.reserve(m_text.size() / 5 + 8);
        m_buffer_start.push_back(0);
        for (;;) {
            int64_t start = kNoPos, end = kNoPos;
            TokenKind kind = get(start, end);
            Token t;
            t.kind = kind;
            t.level = static_cast<uint8_t>(m_level);
            if (kind == TokenKind::String) {
                t.lineno = m_first_lineno;
                t.col = static_cast<int>(start - m_multi_line_start);
            } else {
                t.lineno = m_lineno;
                t.col = start == kNoPos ? -1 : static_cast<int>(start - m_line_start);
            }
            t.end_lineno = m_lineno;
            t.end_col = end == kNoPos ? -1 : static_cast<int>(end - m_line_start);
            t.start = static_cast<uint32_t>(start == kNoPos ? m_pos : start);
            t.end = static_cast<uint32_t>(end == kNoPos ? m_pos : end);
            out.tokens.push_back(t);
            if (kind == TokenKind::Error) {
                out.error = std::move(m_error);
                out.buffer_start = std::move(m_buffer_start);
                return out;
            }
            if (kind == TokenKind::EndMarker) break;
        }
        out.buffer_start = std::move(m_buffer_start);
        return out;
    }

private:
    // ---- Reading characters (CPython's tok_nextc / tok_backup) ----------------------------

    int next_char() {
        if (m_pos == m_line_end) {
            if (m_pos >= m_text.size()) return kEof;
            m_line_start = m_pos;
            ++m_lineno;
            if (!m_in_token) {
                m_buffer_first_line = m_lineno;
                m_buffer_first_offset = m_pos;
            }
            m_buffer_start.push_back(m_buffer_first_line);
            size_t nl = m_text.find('\n', m_pos);
            m_line_end = static_cast<uint32_t>(nl == std::string::npos ? m_text.size() : nl + 1);
        }
        return static_cast<unsigned char>(m_text[m_pos++]);
    }

    void backup(int c) {
        if (c != kEof) --m_pos;
    }

    // ---- Errors ----------------------------------------------------------------------------

    std::string_view current_line_text() const {
        std::string_view line = std::string_view(m_text).substr(m_line_start);
        size_t nl = line.find('\n');
        return nl == std::string_view::npos ? line : line.substr(0, nl);
    }

    // CPython's syntaxerror(): columns default to the cursor, counted in characters.
    TokenKind syntax_error(std::string msg, int col_offset = -1, int end_col_offset = -1) {
        TokenizerError e;
        e.kind = TokenizerErrorKind::Syntax;
        e.lineno = m_lineno;
        e.info.msg = std::move(msg);
        std::string_view line = std::string_view(m_text).substr(m_line_start);
        if (col_offset == -1) col_offset = utf8_char_count(line, m_pos - m_line_start);
        if (end_col_offset == -1) end_col_offset = col_offset;
        e.info.lineno = e.info.end_lineno = m_lineno;
        e.info.offset = col_offset;
        e.info.end_offset = end_col_offset;
        e.info.text = std::string(current_line_text());
        m_error = std::move(e);
        return TokenKind::Error;
    }

    // Errors CPython signals through tok->done and reports from the parser.
    TokenKind state_error(TokenizerErrorKind kind) {
        TokenizerError e;
        e.kind = kind;
        e.lineno = m_lineno;
        e.cur_col = static_cast<int>(m_pos - m_line_start);
        // CPython measures this one from the start of its line buffer (tok->buf).
        if (kind == TokenizerErrorKind::LineCont) e.cur_col = static_cast<int>(m_pos - m_buffer_first_offset);
        if (kind == TokenizerErrorKind::Eof && m_level > 0) {
            e.open_paren = m_parenstack[m_level - 1];
            e.open_paren_lineno = m_parenlinenostack[m_level - 1];
            e.open_paren_col = m_parencolstack[m_level - 1];
        }
        m_error = std::move(e);
        return TokenKind::Error;
    }

    TokenKind indent_error() {
        m_pos = m_line_end;
        return state_error(TokenizerErrorKind::TabSpace);
    }

    // ---- The token loop (CPython's tok_get) -------------------------------------------------

    // Returns the kind of the next token and its byte span (kNoPos when it has none).
    TokenKind get(int64_t& p_start, int64_t& p_end) {
        int c;
    nextline:
        bool blankline = false;
        if (m_atbol) {
            int col = 0, altcol = 0, cont_line_col = 0;
            m_atbol = false;
            for (;;) {
                c = next_char();
                if (c == ' ') {
                    ++col;
                    ++altcol;
                } else if (c == '\t') {
                    col = (col / kTabSize + 1) * kTabSize;
                    altcol = (altcol / kAltTabSize + 1) * kAltTabSize;
                } else if (c == '\f') {
                    col = altcol = 0;
                } else if (c == '\\') {
                    // The first backslash decides the indentation of what follows.
                    cont_line_col = cont_line_col ? cont_line_col : col;
                    if (!continuation_line(c)) return TokenKind::Error;
                } else {
                    break;
                }
            }
            backup(c);
            // Blank and comment-only lines do not affect indentation.
            if (c == '#' || c == '\n') blankline = true;
            if (!blankline && m_level == 0) {
                if (cont_line_col) col = altcol = cont_line_col;
                if (col == m_indstack[m_indent]) {
                    if (altcol != m_altindstack[m_indent]) return indent_error();
                } else if (col > m_indstack[m_indent]) {
                    if (m_indent + 1 >= kMaxIndent) {
                        m_pos = m_line_end;
                        return state_error(TokenizerErrorKind::TooDeep);
                    }
                    if (altcol <= m_altindstack[m_indent]) return indent_error();
                    ++m_pendin;
                    m_indstack[++m_indent] = col;
                    m_altindstack[m_indent] = altcol;
                } else {
                    while (m_indent > 0 && col < m_indstack[m_indent]) {
                        --m_pendin;
                        --m_indent;
                    }
                    if (col != m_indstack[m_indent]) {
                        m_pos = m_line_end;
                        return state_error(TokenizerErrorKind::Dedent);
                    }
                    if (altcol != m_altindstack[m_indent]) return indent_error();
                }
            }
        }

        if (m_pendin != 0) {
            if (m_pendin < 0) {
                ++m_pendin;
                return TokenKind::Dedent;
            }
            --m_pendin;
            return TokenKind::Indent;
        }

    again:
        do {
            c = next_char();
        } while (c == ' ' || c == '\t' || c == '\f');
        int64_t tok_start = c == kEof ? m_pos : m_pos - 1;

        if (c == '#') {
            while (c != kEof && c != '\n') c = next_char();
        }

        if (c == kEof) {
            if (m_level) return state_error(TokenizerErrorKind::Eof);
            return TokenKind::EndMarker;
        }

        // Identifier, keyword, or a string with a prefix.
        if (is_potential_identifier_start(c)) {
            bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
            for (;;) {
                if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
                    saw_b = true;
                } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
                    saw_u = true;
                } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
                    saw_r = true;
                } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
                    saw_f = true;
                } else {
                    break;
                }
                c = next_char();
                if (c == '"' || c == '\'') return string(c, tok_start, p_start, p_end);
            }
            bool nonascii = false;
            while (is_potential_identifier_char(c)) {
                if (c >= 128) nonascii = true;
                c = next_char();
            }
            backup(c);
            if (nonascii && !verify_identifier(tok_start)) return TokenKind::Error;
            p_start = tok_start;
            p_end = m_pos;
            if (nonascii) return TokenKind::Name;
            return keyword_kind(std::string_view(m_text).substr(tok_start, m_pos - tok_start));
        }

        if (c == '\n') {
            m_atbol = true;
            if (blankline || m_level > 0) goto nextline;
            p_start = tok_start;
            p_end = m_pos - 1;  // the '\n' itself is left out
            return TokenKind::Newline;
        }

        if (c == '.') {
            c = next_char();
            if (is_digit(c)) return number_fraction(c, tok_start, p_start, p_end);
            if (c == '.') {
                c = next_char();
                if (c == '.') {
                    p_start = tok_start;
                    p_end = m_pos;
                    return TokenKind::Ellipsis;
                }
                backup(c);
                backup('.');
            } else {
                backup(c);
            }
            p_start = tok_start;
            p_end = m_pos;
            return TokenKind::Dot;
        }

        if (is_digit(c)) return number(c, tok_start, p_start, p_end);

        if (c == '\'' || c == '"') return string(c, tok_start, p_start, p_end);

        if (c == '\\') {
            m_in_token = true;
            bool ok = continuation_line(c);
            m_in_token = false;
            if (!ok) return TokenKind::Error;
            goto again;
        }

        {
            int c2 = next_char();
            TokenKind two = two_chars(c, c2);
            if (two != TokenKind::EndMarker) {
                int c3 = next_char();
                TokenKind three = three_chars(c, c2, c3);
                if (three != TokenKind::EndMarker)
                    two = three;
                else
                    backup(c3);
                p_start = tok_start;
                p_end = m_pos;
                return two;
            }
            backup(c2);
        }

        switch (c) {
        case '(':
        case '[':
        case '{':
            if (m_level >= kMaxLevel) return syntax_error("too many nested parentheses");
            m_parenstack[m_level] = static_cast<char>(c);
            m_parenlinenostack[m_level] = m_lineno;
            m_parencolstack[m_level] = static_cast<int>(tok_start - m_line_start);
            ++m_level;
            break;
        case ')':
        case ']':
        case '}': {
            if (!m_level) return syntax_error(std::string("unmatched '") + static_cast<char>(c) + "'");
            --m_level;
            int opening = m_parenstack[m_level];
            if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
                  (opening == '{' && c == '}'))) {
                std::string msg = std::string("closing parenthesis '") + static_cast<char>(c) +
                                  "' does not match opening parenthesis '" +
                                  static_cast<char>(opening) + "'";
                if (m_parenlinenostack[m_level] != m_lineno)
                    msg += " on line " + std::to_string(m_parenlinenostack[m_level]);
                return syntax_error(std::move(msg));
            }
            break;
        }
        default:
            break;
        }

        if (!unicode::is_printable(static_cast<uint32_t>(c)))
            return syntax_error("invalid non-printable character U+" + hex4(static_cast<uint32_t>(c)));

        p_start = tok_start;
        p_end = m_pos;
        return one_char(c);
    }

    // After a backslash: the line must end there, and the file must go on.
    bool continuation_line(int& c) {
        c = next_char();
        if (c != '\n') {
            state_error(TokenizerErrorKind::LineCont);
            return false;
        }
        c = next_char();
        if (c == kEof) {
            m_pos = m_line_end;
            state_error(TokenizerErrorKind::Eof);
            return false;
        }
        backup(c);
        return true;
    }

    bool verify_identifier(int64_t tok_start) {
        std::string_view s = std::string_view(m_text).substr(tok_start, m_pos - tok_start);
        size_t i = 0;
        bool first = true;
        while (i < s.size()) {
            int32_t cp = utf8_decode(s, i);
            bool ok = cp >= 0 && (first ? unicode::is_xid_start(static_cast<uint32_t>(cp))
                                        : unicode::is_xid_continue(static_cast<uint32_t>(cp)));
            first = false;
            if (ok) continue;
            // Report the character, with the cursor just after it.
            m_pos = static_cast<uint32_t>(tok_start + i);
            uint32_t ch = cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp);
            if (unicode::is_printable(ch)) {
                std::string msg = "invalid character '";
                unicode::append_utf8(msg, ch);
                msg += "' (U+" + hex4(ch) + ")";
                syntax_error(std::move(msg));
            } else {
                syntax_error("invalid non-printable character U+" + hex4(ch));
            }
            return false;
        }
        return true;
    }

    // ---- Strings (only their extent: decoding happens in the parser) -------------------------

    TokenKind string(int quote, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        m_in_token = true;
        TokenKind kind = scan_string(quote, tok_start, p_start, p_end);
        m_in_token = false;
        return kind;
    }

    TokenKind scan_string(int quote, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        int quote_size = 1, end_quote_size = 0;
        m_first_lineno = m_lineno;
        m_multi_line_start = m_line_start;
        int c = next_char();
        if (c == quote) {
            c = next_char();
            if (c == quote)
                quote_size = 3;
            else
                end_quote_size = 1;  // the empty string
        }
        if (c != quote) backup(c);
        while (end_quote_size != quote_size) {
            c = next_char();
            if (c == kEof || (quote_size == 1 && c == '\n')) {
                // Report from the string's first character.
                int detected_at = m_lineno;
                m_pos = static_cast<uint32_t>(tok_start + 1);
                m_line_start = m_multi_line_start;
                m_lineno = m_first_lineno;
                return syntax_error(std::string(quote_size == 3 ? "unterminated triple-quoted string literal"
                                                                : "unterminated string literal") +
                                    " (detected at line " + std::to_string(detected_at) + ")");
            }
            if (c == quote) {
                ++end_quote_size;
            } else {
                end_quote_size = 0;
                if (c == '\\') next_char();  // skip the escaped character
            }
        }
        p_start = tok_start;
        p_end = m_pos;
        return TokenKind::String;
    }

    // ---- Numbers -------------------------------------------------------------------------------

    TokenKind number_end(int c, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        backup(c);
        p_start = tok_start;
        p_end = m_pos;
        return TokenKind::Number;
    }

    // Digits and single underscores; returns the first character after them, or 0 on error.
    int decimal_tail() {
        int c;
        for (;;) {
            do {
                c = next_char();
            } while (is_digit(c));
            if (c != '_') break;
            c = next_char();
            if (!is_digit(c)) {
                backup(c);
                syntax_error("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    bool lookahead(const char* rest) {
        const char* s = rest;
        bool result = false;
        for (;;) {
            int c = next_char();
            if (*s == 0) {
                result = !is_potential_identifier_char(c);
            } else if (c == static_cast<unsigned char>(*s)) {
                ++s;
                continue;
            }
            backup(c);
            while (s != rest) {
                --s;
                backup(*s);
            }
            return result;
        }
    }

    // A number directly followed by a letter is an error, unless the letters start one of the
    // keywords that may follow a number in valid code (CPython only warns then).
    bool verify_end_of_number(int c, const char* kind) {
        bool r = false;
        if (c == 'a') {
            r = lookahead("nd");
        } else if (c == 'e') {
            r = lookahead("lse");
        } else if (c == 'f') {
            r = lookahead("or");
        } else if (c == 'i') {
            int c2 = next_char();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
            backup(c2);
        } else if (c == 'o') {
            r = lookahead("r");
        } else if (c == 'n') {
            r = lookahead("ot");
        }
        if (r) return true;
        // A non-ASCII character is reported by the next token (as an invalid character).
        if (c < 128 && is_potential_identifier_char(c)) {
            backup(c);
            syntax_error(std::string("invalid ") + kind + " literal");
            return false;
        }
        return true;
    }

    TokenKind number(int c, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        if (c == '0') {
            c = next_char();
            if (c == 'x' || c == 'X') {
                c = next_char();
                do {
                    if (c == '_') c = next_char();
                    if (!is_xdigit(c)) {
                        backup(c);
                        return syntax_error("invalid hexadecimal literal");
                    }
                    do {
                        c = next_char();
                    } while (is_xdigit(c));
                } while (c == '_');
                if (!verify_end_of_number(c, "hexadecimal")) return TokenKind::Error;
                return number_end(c, tok_start, p_start, p_end);
            }
            if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                bool octal = c == 'o' || c == 'O';
                char top = octal ? '8' : '2';
                const char* name = octal ? "octal" : "binary";
                c = next_char();
                do {
                    if (c == '_') c = next_char();
                    if (c < '0' || c >= top) {
                        if (is_digit(c))
                            return syntax_error(std::string("invalid digit '") + static_cast<char>(c) +
                                                "' in " + name + " literal");
                        backup(c);
                        return syntax_error(std::string("invalid ") + name + " literal");
                    }
                    do {
                        c = next_char();
                    } while (c >= '0' && c < top);
                } while (c == '_');
                if (is_digit(c))
                    return syntax_error(std::string("invalid digit '") + static_cast<char>(c) + "' in " +
                                        name + " literal");
                if (!verify_end_of_number(c, name)) return TokenKind::Error;
                return number_end(c, tok_start, p_start, p_end);
            }
            // Zeros, maybe followed by a float or an (illegal) old-style octal.
            bool nonzero = false;
            for (;;) {
                if (c == '_') {
                    c = next_char();
                    if (!is_digit(c)) {
                        backup(c);
                        return syntax_error("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = next_char();
            }
            int64_t zeros_end = m_pos;
            if (is_digit(c)) {
                nonzero = true;
                c = decimal_tail();
                if (c == 0) return TokenKind::Error;
            }
            if (c == '.') return number_fraction(next_char(), tok_start, p_start, p_end);
            if (c == 'e' || c == 'E') return number_exponent(c, tok_start, p_start, p_end);
            if (c == 'j' || c == 'J') return number_imaginary(tok_start, p_start, p_end);
            if (nonzero) {
                backup(c);
                return syntax_error("leading zeros in decimal integer literals are not permitted; "
                                    "use an 0o prefix for octal integers",
                                    static_cast<int>(tok_start + 1 - m_line_start),
                                    static_cast<int>(zeros_end - m_line_start));
            }
            if (!verify_end_of_number(c, "decimal")) return TokenKind::Error;
            return number_end(c, tok_start, p_start, p_end);
        }
        c = decimal_tail();
        if (c == 0) return TokenKind::Error;
        if (c == '.') return number_fraction(next_char(), tok_start, p_start, p_end);
        return number_after_fraction(c, tok_start, p_start, p_end);
    }

    // `c` is the first character after the '.'.
    TokenKind number_fraction(int c, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        if (is_digit(c)) {
            c = decimal_tail();
            if (c == 0) return TokenKind::Error;
        }
        return number_after_fraction(c, tok_start, p_start, p_end);
    }

    TokenKind number_after_fraction(int c, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        if (c == 'e' || c == 'E') return number_exponent(c, tok_start, p_start, p_end);
        if (c == 'j' || c == 'J') return number_imaginary(tok_start, p_start, p_end);
        if (!verify_end_of_number(c, "decimal")) return TokenKind::Error;
        return number_end(c, tok_start, p_start, p_end);
    }

    TokenKind number_exponent(int e, int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        int c = next_char();
        if (c == '+' || c == '-') {
            c = next_char();
            if (!is_digit(c)) {
                backup(c);
                return syntax_error("invalid decimal literal");
            }
        } else if (!is_digit(c)) {
            // "1else": the 'e' starts the next token.
            backup(c);
            if (!verify_end_of_number(e, "decimal")) return TokenKind::Error;
            backup(e);
            p_start = tok_start;
            p_end = m_pos;
            return TokenKind::Number;
        }
        c = decimal_tail();
        if (c == 0) return TokenKind::Error;
        if (c == 'j' || c == 'J') return number_imaginary(tok_start, p_start, p_end);
        if (!verify_end_of_number(c, "decimal")) return TokenKind::Error;
        return number_end(c, tok_start, p_start, p_end);
    }

    TokenKind number_imaginary(int64_t tok_start, int64_t& p_start, int64_t& p_end) {
        int c = next_char();
        if (!verify_end_of_number(c, "imaginary")) return TokenKind::Error;
        return number_end(c, tok_start, p_start, p_end);
    }

    const std::string& m_text;
    uint32_t m_pos = 0;         // CPython's tok->cur
    uint32_t m_line_start = 0;  // tok->line_start
    uint32_t m_line_end = 0;    // tok->inp
    int m_lineno = 0;
    bool m_atbol = true;
    int m_pendin = 0;
    int m_indent = 0;
    int m_indstack[kMaxIndent];
    int m_altindstack[kMaxIndent];
    int m_level = 0;
    char m_parenstack[kMaxLevel];
    int m_parenlinenostack[kMaxLevel];
    int m_parencolstack[kMaxLevel];
    int m_first_lineno = 0;
    uint32_t m_multi_line_start = 0;
    std::optional<TokenizerError> m_error;
    bool m_in_token = false;  // reading a string or a backslash continuation (tok->start set)
    int m_buffer_first_line = 0;
    uint32_t m_buffer_first_offset = 0;
    std::vector<int> m_buffer_start;
};

} // namespace

TokenStream tokenize(const SourceText& source, int first_lineno) { return Tokenizer(source, first_lineno).run(); }

} // namespace hs::frontend
