// The parser's driver: token access, positions, the recursion limit, and parse_module().
#include "frontend/parser.h"

#include <algorithm>
#include <cstdio>

#include "frontend/parser_impl.h"
#include "unicode/nfkc.h"
#include "unicode/utf8.h"

namespace hs::frontend {

namespace {
// CPython's parser gives up with MemoryError past 6000 nested rule calls (MAXSTACK). Our
// rules are fewer, so each one charges what the matching CPython rules would; see enter().
constexpr int kMaxDepth = 5999;
// Whatever the levels say, never use more than this much machine stack (the browser build
// has 5 MB in all; sanitizer builds have large frames).
constexpr uintptr_t kMaxStackBytes = 2 * 1024 * 1024;

uintptr_t current_frame() { return reinterpret_cast<uintptr_t>(__builtin_frame_address(0)); }
} // namespace

Parser::Parser(const SourceText& source, const TokenStream& tokens, ast::Arena& arena, ParseMode mode,
               FStringOrigin origin)
    : m_source(source), m_tokens(tokens.tokens), m_stream(tokens), m_arena(arena), m_mode(mode),
      m_origin(origin) {
    m_last = static_cast<int>(m_tokens.size()) - 1;
    m_stack_base = current_frame();
    // The statement rules CPython goes through before reaching an expression.
    m_depth = mode == ParseMode::File ? 30 : 22;
}

TokenKind Parser::kind_at(int offset) {
    int i = m_pos + offset;
    if (i > m_last) i = m_last;
    if (i > m_furthest) m_furthest = i;
    if (i > m_fetched) m_fetched = i;
    return m_tokens[i].kind;
}

std::string_view Parser::token_text(int i) const {
    const Token& t = m_tokens[i];
    return std::string_view(m_source.text()).substr(t.start, t.end - t.start);
}

std::string Parser::name_of(int i) const {
    std::string_view text = token_text(i);
    bool ascii = true;
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
    if (ascii) return std::string(text);
    // Non-ASCII identifiers are NFKC-normalized (so "ℌ" and "H" are one name).
    std::string out;
    size_t k = 0;
    while (k < text.size()) {
        int32_t cp = utf8_decode(text, k);
        if (cp < 0) continue;
        if (!unicode::append_nfkc(static_cast<uint32_t>(cp), out)) unicode::append_utf8(out, static_cast<uint32_t>(cp));
    }
    return out;
}

// CPython 3.11 compares only the token's length of each soft keyword (strncmp), so any
// prefix of "match" or "case" ("c", "ma"...) counts as one.
bool Parser::is_soft_keyword(int i) const {
    if (m_tokens[i].kind != TokenKind::Name) return false;
    std::string_view t = token_text(i);
    for (std::string_view keyword : {"_", "case", "match"})
        if (t.size() <= keyword.size() && keyword.substr(0, t.size()) == t) return true;
    return false;
}

int Parser::last_consumed() const {
    int e = m_pos - 1;
    while (e > 0) {
        TokenKind k = m_tokens[e].kind;
        if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent &&
            k != TokenKind::EndMarker)
            break;
        --e;
    }
    return e < 0 ? 0 : e;
}

ast::Position Parser::span_from(int start) const {
    const Token& s = m_tokens[start];
    const Token& e = m_tokens[last_consumed()];
    return {s.lineno, s.col, e.end_lineno, e.end_col};
}

bool Parser::enter(int levels) {
    m_depth += levels;
    uintptr_t here = current_frame();
    bool stack_ok = here >= m_stack_base || m_stack_base - here < kMaxStackBytes;
    if (m_depth <= kMaxDepth && stack_ok) return true;
    m_depth -= levels;
    if (!m_failed) {
        // CPython raises a bare MemoryError ("Parser stack overflowed").
        SyntaxErrorInfo info;
        info.type = "MemoryError";
        m_error = info;
        m_failed = true;
    }
    return false;
}

SecondPass::SecondPass(Parser& p) : m_parser(p), m_furthest(p.m_furthest) {}
SecondPass::~SecondPass() { m_parser.m_furthest = m_furthest; }

void Parser::reset(const Mark& m) {
    m_pos = m.pos;
    m_failed = m.failed;
    if (!m.has_error) m_error.reset();
}

bool Parser::parse_file(std::vector<ast::Stmt*>& body) {
    if (!parse_statements(body)) return false;
    if (!at(TokenKind::EndMarker)) {
        fail();
        return false;
    }
    return true;
}

ast::Expr* Parser::parse_fstring() {
    ast::Expr* e = parse_star_expressions();
    if (!e) return nullptr;
    return e;
}

// ---- The public API --------------------------------------------------------------------------

ParseResult parse_module(std::string_view source, SourceKind kind) {
    ParseResult result;
    size_t nul = source.find('\0');
    if (nul != std::string_view::npos) {
        // As `python3 file.py` reports it: the line holding the first NUL, up to it.
        SyntaxErrorInfo info;
        info.msg = "source code cannot contain null bytes";
        size_t line_start = source.rfind('\n', nul);
        line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
        info.lineno = info.end_lineno = 1 + static_cast<int>(std::count(source.begin(), source.begin() + nul, '\n'));
        info.text = std::string(source.substr(line_start, nul - line_start));
        result.error = info;
        return result;
    }
    size_t bad = utf8_find_invalid(source);
    if (bad != std::string_view::npos) {
        SyntaxErrorInfo info;
        char hex[8];
        std::snprintf(hex, sizeof hex, "%02x", static_cast<unsigned char>(source[bad]));
        info.msg = std::string("(unicode error) 'utf-8' codec can't decode byte 0x") + hex + " in position " +
                   std::to_string(bad) + ": invalid utf-8";
        result.error = info;
        return result;
    }
    SourceText text = SourceText::from_source(source);
    TokenStream tokens = tokenize(text);
    auto module = std::make_unique<ast::Module>();
    Parser parser(text, tokens, *module->arena, ParseMode::File);
    parser.set_source_kind(kind);
    if (parser.parse_file(module->body))
        result.module = std::move(module);
    else
        result.error = parser.final_error();
    return result;
}

} // namespace hs::frontend
