// Building SyntaxErrors exactly as CPython 3.11 reports them: which error wins, where it
// points (1-based character offsets), and which source text it quotes.
#include "frontend/parser_impl.h"

namespace hs::frontend {

namespace {

// CPython's _PyPegen_byte_offset_to_character_offset(): `col` is a 1-based byte offset and
// the count includes the character it falls into. Past the end, the C string's terminating
// NUL counts as one more character.
int byte_to_char_offset(std::string_view line, int col) {
    if (col <= 0) return col;
    auto len = static_cast<int>(line.size());
    if (col > len + 1) col = len + 1;
    if (col == len + 1) return utf8_char_count(line, line.size()) + 1;
    return utf8_char_count(line, static_cast<size_t>(col));
}

} // namespace

// The text CPython quotes: the tokenizer's current line (with its newline) when the error is
// on that line, otherwise the line fetched again from the source (without its newline).
std::string Parser::error_line_text(int lineno) const {
    int base = m_mode == ParseMode::FString ? m_origin.first_lineno - 1 : 0;
    const Token& t = m_tokens[m_fetched];
    int tokenizer_line = (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent ||
                          t.kind == TokenKind::EndMarker || t.kind == TokenKind::Error)
                             ? t.lineno
                             : t.end_lineno;
    if (tokenizer_line > lineno) {
        std::string_view line = m_source.line(lineno - base);
        if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
        return std::string(line);
    }
    int relative = tokenizer_line - base;
    const std::vector<int>& starts = m_stream.buffer_start;
    int first = relative >= 0 && relative < static_cast<int>(starts.size()) && starts[relative] > 0
                    ? starts[relative] - base
                    : relative;
    uint32_t from = m_source.line_start(first);
    uint32_t to = m_source.line_start(relative + 1);
    return m_source.text().substr(from, to - from);
}

SyntaxErrorInfo Parser::make_info(const char* type, std::string msg, int lineno, int col_plus1, int end_lineno,
                                  int end_col_plus1) const {
    SyntaxErrorInfo info;
    info.type = type;
    info.msg = m_mode == ParseMode::FString ? "f-string: " + msg : std::move(msg);
    info.text = error_line_text(lineno);
    if (m_mode == ParseMode::FString) {
        // Columns of the f-string's own parser are reported relative to "(expr)", in bytes.
        col_plus1 -= m_origin.starting_col_offset;
        end_col_plus1 -= m_origin.starting_col_offset;
        info.offset = col_plus1;
        info.end_offset = end_col_plus1;
    } else {
        info.offset = byte_to_char_offset(info.text, col_plus1);
        info.end_offset = end_col_plus1 > 0 ? byte_to_char_offset(info.text, end_col_plus1) : end_col_plus1;
    }
    info.lineno = lineno;
    info.end_lineno = end_lineno;
    return info;
}

std::nullptr_t Parser::fail() {
    m_failed = true;
    return nullptr;
}

std::nullptr_t Parser::raise_at(const char* type, std::string msg, int lineno, int col, int end_lineno,
                                int end_col) {
    if (m_error || m_speculating) {
        m_failed = true;
        return nullptr;
    }
    m_error = make_info(type, std::move(msg), lineno, col + 1, end_lineno, end_col + 1);
    m_failed = true;
    return nullptr;
}

std::nullptr_t Parser::raise_range(std::string msg, const ast::Position& from, const ast::Position& to) {
    return raise_at("SyntaxError", std::move(msg), from.lineno, from.col_offset, to.end_lineno, to.end_col_offset);
}

std::nullptr_t Parser::raise_forced(std::string msg) {
    bool had_error = m_error.has_value();
    raise_token(std::move(msg), m_pos);
    if (!had_error && m_error) m_first_pass_error = true;
    return nullptr;
}

std::nullptr_t Parser::raise_token(std::string msg, int index) { return raise_tokens(std::move(msg), index, index); }

std::nullptr_t Parser::raise_tokens(std::string msg, int first, int last) {
    const Token& a = m_tokens[first];
    const Token& b = m_tokens[last];
    return raise_at("SyntaxError", std::move(msg), a.lineno, a.col, b.end_lineno, b.end_col);
}

// CPython's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: the location is the last token the
// parser fetched; a token without a span (INDENT, DEDENT, ENDMARKER) points at the cursor.
std::nullptr_t Parser::raise_at_last_fetched(const char* type, std::string msg) {
    if (m_error || m_speculating) {
        m_failed = true;
        return nullptr;
    }
    const Token& t = m_tokens[m_fetched];
    int col_plus1, end_plus1;
    if (t.col == -1) {
        int relative = m_mode == ParseMode::FString ? t.lineno - m_origin.first_lineno + 1 : t.lineno;
        col_plus1 = at_script_end(m_fetched) ? 0 : static_cast<int>(t.start - m_source.line_start(relative));
        end_plus1 = -1;
    } else {
        col_plus1 = t.col + 1;
        end_plus1 = t.end_col + 1;
    }
    m_error = make_info(type, std::move(msg), t.lineno, col_plus1, t.end_lineno, end_plus1);
    if (t.col == -1) m_error->end_offset = -1;
    m_failed = true;
    return nullptr;
}

std::nullptr_t Parser::raise_indentation(std::string msg) {
    return raise_at_last_fetched("IndentationError", std::move(msg));
}

// Errors the tokenizer signals without raising (CPython's _Pypegen_tokenizer_error).
SyntaxErrorInfo Parser::tokenizer_error_info(const TokenizerError& e) const {
    if (e.kind == TokenizerErrorKind::Syntax) return e.info;
    switch (e.kind) {
    case TokenizerErrorKind::Eof:
        if (e.open_paren) {
            std::string msg = std::string("'") + e.open_paren + "' was never closed";
            return make_info("SyntaxError", std::move(msg), e.open_paren_lineno, e.open_paren_col + 1,
                             e.open_paren_lineno, 0);
        } else {
            SyntaxErrorInfo info = make_info("SyntaxError", "unexpected EOF while parsing", e.lineno, e.cur_col,
                                             e.lineno, -1);
            return info;
        }
    case TokenizerErrorKind::Dedent:
        return make_info("IndentationError", "unindent does not match any outer indentation level", e.lineno,
                         e.cur_col, e.lineno, -1);
    case TokenizerErrorKind::TabSpace:
        return make_info("TabError", "inconsistent use of tabs and spaces in indentation", e.lineno, 1, e.lineno,
                         0);
    case TokenizerErrorKind::TooDeep:
        return make_info("IndentationError", "too many levels of indentation", e.lineno, 1, e.lineno, 0);
    case TokenizerErrorKind::LineCont:
        return make_info("SyntaxError", "unexpected character after line continuation character", e.lineno,
                         e.cur_col, e.lineno, 0);
    case TokenizerErrorKind::Syntax:
        break;
    }
    return e.info;
}

std::optional<SyntaxErrorInfo> Parser::final_error() {
    const std::optional<TokenizerError>& te = m_stream.error;
    // The parser fetched the tokenizer's error token: that error is what CPython raised.
    if (te && m_fetched >= m_last) return tokenizer_error_info(*te);
    if (m_error && m_error->type == "MemoryError") return m_error;

    // CPython's second pass re-parses from the start with its invalid_* rules, and
    // invalid_legacy_expression matches even valid code such as `print -1`: an earlier such
    // expression wins over the error found here (unless that one stopped the first pass).
    int legacy = m_legacy_candidate;
    int match = m_match_candidate;
    if ((match >= 0 || legacy >= 0) && !m_first_pass_error) {
        // Those rules fire before the second pass reaches the failing statement: the
        // tokenizer is where the first pass left it.
        m_fetched = std::max(m_furthest, std::max(match, legacy));
    }
    if (match >= 0 && (legacy < 0 || match < legacy) && !m_first_pass_error) {
        // invalid_match_stmt: "match" subject_expr NEWLINE -> "expected ':'"
        m_error.reset();
        m_failed = false;
        raise_at_last_fetched("SyntaxError", "expected ':'");
    } else if (legacy >= 0 && !m_first_pass_error) {
        std::optional<SyntaxErrorInfo> saved = m_error;
        m_error.reset();
        m_failed = false;
        m_pos = legacy + 1;
        ast::Expr* b = parse_star_expressions();
        if (m_fetched >= m_last && te) return tokenizer_error_info(*te);
        if (b && !m_error) {
            std::string n(token_text(legacy));
            const Token& t = tok(legacy);
            raise_range("Missing parentheses in call to '" + n + "'. Did you mean " + n + "(...)?",
                        ast::Position{t.lineno, t.col, t.end_lineno, t.end_col}, b->pos);
        } else if (!m_error) {
            m_error = saved;
        }
        m_failed = true;
    }

    bool full_source_check = true;
    SyntaxErrorInfo err;
    if (m_error) {
        err = *m_error;
    } else {
        const Token& t = m_tokens[m_furthest];
        if (t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent) {
            m_failed = false;
            raise_indentation(t.kind == TokenKind::Indent ? "unexpected indent" : "unexpected unindent");
            err = *m_error;
            full_source_check = false;
        } else if (t.col == -1) {
            err = make_info("SyntaxError", "invalid syntax", t.lineno, 0, t.end_lineno, 0);
        } else {
            err = make_info("SyntaxError", "invalid syntax", t.lineno, t.col + 1, t.end_lineno, t.end_col + 1);
        }
    }
    // CPython then tokenizes the rest of the file: a tokenizer error there wins, and so does
    // a bracket left open on a line before the one the parser failed on.
    if (te && full_source_check) {
        int current_line = m_tokens[m_fetched].lineno;
        m_fetched = m_last;  // the tokenizer has now read everything
        if (te->kind == TokenizerErrorKind::Syntax) return te->info;
        if (te->kind == TokenizerErrorKind::Eof && te->open_paren && current_line > te->open_paren_lineno)
            return tokenizer_error_info(*te);
    }
    return err;
}

} // namespace hs::frontend

namespace hs::frontend {

// True when token i is one of the span-less tokens that close a script file (see SourceKind).
bool Parser::at_script_end(int i) const {
    if (m_source_kind != SourceKind::ScriptFile || m_mode != ParseMode::File) return false;
    for (; i <= m_last; i++)
        if (m_tokens[i].kind != TokenKind::Dedent && m_tokens[i].kind != TokenKind::EndMarker) return false;
    return true;
}

int Parser::cursor_col() const {
    const Token& t = m_tokens[m_fetched];
    if (t.col == -1) {
        int relative = m_mode == ParseMode::FString ? t.lineno - m_origin.first_lineno + 1 : t.lineno;
        return static_cast<int>(t.start - m_source.line_start(relative));
    }
    return t.kind == TokenKind::Newline ? t.end_col + 1 : t.end_col;
}

std::nullptr_t Parser::raise_starting_from(std::string msg, const ast::Position& from) {
    if (m_error || m_speculating) {
        m_failed = true;
        return nullptr;
    }
    const Token& t = m_tokens[m_fetched];
    m_error = make_info("SyntaxError", std::move(msg), from.lineno, from.col_offset + 1, t.end_lineno, cursor_col());
    m_failed = true;
    return nullptr;
}

} // namespace hs::frontend
