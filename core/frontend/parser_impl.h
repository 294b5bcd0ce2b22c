// The recursive-descent parser (internal to the front end).
//
// It follows the structure of CPython 3.11's PEG grammar (rule names are kept in comments)
// but decides with one or two tokens of lookahead instead of backtracking. CPython's second,
// error-reporting pass is mirrored where a syntax error is found: the checks of its
// `invalid_*` rules run at the point of failure to produce the same message and position.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/parser.h"
#include "frontend/source_text.h"
#include "frontend/token.h"
#include "frontend/tokenizer.h"

namespace hs::frontend {

enum class ParseMode : uint8_t { File, FString };

// Where the parser of an f-string replacement field sits in the enclosing source: CPython
// parses "(" + expression + ")" on its own and shifts the first line's columns.
struct FStringOrigin {
    int first_lineno = 0;        // line of the '(' (the '{' in the source)
    int starting_col_offset = 0;  // added to columns on that line
};

// A syntax error found by the parser, before CPython's priority rules are applied.
struct ParserError {
    SyntaxErrorInfo info;
};

class Parser {
public:
    Parser(const SourceText& source, const TokenStream& tokens, ast::Arena& arena, ParseMode mode,
           FStringOrigin origin = {});

    void set_source_kind(SourceKind kind) { m_source_kind = kind; }

    // file: [statements] ENDMARKER
    bool parse_file(std::vector<ast::Stmt*>& body);
    // fstring: star_expressions (CPython's f-string start rule)
    ast::Expr* parse_fstring();

    // The final error, with CPython's priorities between parser and tokenizer errors applied.
    std::optional<SyntaxErrorInfo> final_error();

private:
    friend class FStringParser;
    friend class DepthGuard;
    friend class SecondPass;

    // ---- Tokens (parser.cpp) -------------------------------------------------------------
    const Token& tok(int i) const { return m_tokens[i]; }
    const Token& peek() {
        if (m_pos > m_furthest) m_furthest = m_pos;
        if (m_pos > m_fetched) m_fetched = m_pos;
        return m_tokens[m_pos];
    }
    TokenKind kind() { return peek().kind; }
    TokenKind kind_at(int offset);  // lookahead that counts as fetched, as in CPython
    // Lookahead of CPython's second pass, which does not move the generic error location.
    TokenKind quiet_kind_at(int offset) {
        int i = std::min(m_pos + offset, m_last);
        if (i > m_fetched) m_fetched = i;
        return m_tokens[i].kind;
    }
    bool at(TokenKind k) { return kind() == k; }
    bool accept(TokenKind k) {
        if (kind() != k) return false;
        advance();
        return true;
    }
    void advance() {
        if (m_pos < m_last) ++m_pos;
    }
    std::string_view token_text(int i) const;
    std::string name_of(int i) const;  // identifier text, NFKC-normalized like CPython
    bool is_soft_keyword(int i) const;

    // ---- Positions -------------------------------------------------------------------------
    // From token `start` to the last non-whitespace token consumed (CPython's EXTRA).
    ast::Position span_from(int start) const;
    int last_consumed() const;  // index of that last non-whitespace token
    template <typename T> T* make(int start) {
        T* node = m_arena.make<T>();
        node->pos = span_from(start);
        return node;
    }

    // ---- Errors (syntax_errors.cpp) -----------------------------------------------------------
    bool failed() const { return m_failed; }
    // A plain failure: "invalid syntax" at the furthest token, unless a better error is set.
    std::nullptr_t fail();
    // Raise at explicit positions (byte columns as in tokens; end_col < 0 keeps CPython's
    // "unknown" end).
    std::nullptr_t raise_at(const char* type, std::string msg, int lineno, int col, int end_lineno,
                            int end_col);
    std::nullptr_t raise_range(std::string msg, const ast::Position& from, const ast::Position& to);
    std::nullptr_t raise_node(std::string msg, const ast::Position& p) { return raise_range(std::move(msg), p, p); }
    std::nullptr_t raise_token(std::string msg, int index);
    // A token the grammar forces (&&':'): CPython raises at once, in its first pass.
    std::nullptr_t raise_forced(std::string msg);
    std::nullptr_t raise_tokens(std::string msg, int first, int last);
    // RAISE_SYNTAX_ERROR(msg): at the last token CPython fetched.
    std::nullptr_t raise_at_last_fetched(const char* type, std::string msg);
    std::nullptr_t raise_indentation(std::string msg);
    // RAISE_SYNTAX_ERROR_STARTING_FROM: from `from` to the tokenizer's cursor.
    std::nullptr_t raise_starting_from(std::string msg, const ast::Position& from);
    int cursor_col() const;  // byte column of the tokenizer's cursor after the last fetched token
    bool at_script_end(int i) const;
    SyntaxErrorInfo make_info(const char* type, std::string msg, int lineno, int col_plus1,
                              int end_lineno, int end_col_plus1) const;
    SyntaxErrorInfo tokenizer_error_info(const TokenizerError& e) const;
    std::string error_line_text(int lineno) const;

    // ---- Recursion limit (CPython's MAXSTACK) --------------------------------------------------
    bool enter(int levels);
    void leave(int levels) { m_depth -= levels; }

    // ---- Statements (parser_stmt.cpp, parser_compound.cpp) ---------------------------------
    bool parse_statements(std::vector<ast::Stmt*>& out);
    bool parse_statement(std::vector<ast::Stmt*>& out);
    bool parse_simple_stmts(std::vector<ast::Stmt*>& out);
    ast::Stmt* parse_simple_stmt();
    ast::Stmt* parse_expression_statement();
    ast::Stmt* parse_assignment_rest(int start, ast::Expr* first, bool first_bare_tuple);
    ast::Stmt* parse_annotated_rest(int start, ast::Expr* target);
    void check_assignment_here(ast::Expr* first, bool first_bare_tuple, int first_equal);
    ast::Stmt* parse_augmented_rest(int start, ast::Expr* target);
    ast::Stmt* parse_return();
    ast::Stmt* parse_raise();
    ast::Stmt* parse_del();
    ast::Stmt* parse_assert();
    ast::Stmt* parse_global_or_nonlocal();
    ast::Stmt* parse_import();
    ast::Stmt* parse_from_import();
    ast::Alias* parse_dotted_as_name();
    ast::Alias* parse_import_from_as_name();
    bool parse_dotted_name(std::string& out);

    // How an indented block is introduced, for "expected an indented block after ...".
    struct BlockOwner {
        const char* what;  // e.g. "'if' statement", "function definition"
        int lineno;
    };
    bool parse_block(std::vector<ast::Stmt*>& out, const BlockOwner& owner);
    bool expect_colon_block(std::vector<ast::Stmt*>& out, const BlockOwner& owner);
    ast::Stmt* parse_compound(bool& handled);
    ast::Stmt* parse_if(bool is_elif);
    bool parse_else_block(std::vector<ast::Stmt*>& out);
    ast::Stmt* parse_while();
    ast::Stmt* parse_for(int start, bool is_async);
    ast::Stmt* parse_with(int start, bool is_async);
    ast::WithItem* parse_with_item();
    ast::Stmt* parse_try();
    ast::ExceptHandler* parse_except_block(bool& star);
    ast::Stmt* parse_funcdef(int start, bool is_async, std::vector<ast::Expr*> decorators);
    ast::Stmt* parse_classdef(std::vector<ast::Expr*> decorators);
    ast::Stmt* parse_decorated();
    ast::Stmt* parse_match(bool& handled);
    bool looks_like_match_statement();

    // ---- Parameters (parser_params.cpp) ---------------------------------------------------------
    ast::Arguments* parse_parameters(bool is_lambda);
    ast::Arg* parse_param(bool is_lambda, bool star_annotation);

    // ---- Expressions (parser_expr.cpp) --------------------------------------------------------
    ast::Expr* parse_star_expressions(bool* bare_tuple = nullptr);
    ast::Expr* parse_star_expression();
    ast::Expr* parse_star_named_expressions_tuple(int start, ast::Expr* first, TokenKind close);
    ast::Expr* parse_star_named_expression();
    ast::Expr* parse_named_expression();
    ast::Expr* parse_expression();
    ast::Expr* parse_expression_tail(int start, ast::Expr* body);
    ast::Expr* parse_lambdef();
    ast::Expr* parse_disjunction();
    ast::Expr* parse_conjunction();
    ast::Expr* parse_inversion();
    ast::Expr* parse_comparison();
    ast::Expr* parse_bitwise_or();
    ast::Expr* parse_binary(int min_prec);
    ast::Expr* parse_factor();
    ast::Expr* parse_await_primary();
    ast::Expr* parse_primary();
    ast::Expr* parse_primary_trailers(int start, ast::Expr* e);
    ast::Expr* parse_yield_expr();
    ast::Expr* parse_annotated_rhs();
    bool starts_expression(TokenKind k) const;
    void check_juxtaposition(int start, ast::Expr* left);
    void check_invalid_named_expression(ast::Expr* e);
    void check_walrus_target(ast::Expr* e);

    // ---- Atoms, displays, calls (parser_atom.cpp) --------------------------------------------
    ast::Expr* parse_atom();
    ast::Expr* parse_paren_atom();
    ast::Expr* parse_list_atom();
    ast::Expr* parse_brace_atom();
    ast::Expr* parse_strings();
    ast::Expr* parse_number();
    bool parse_for_if_clauses(std::vector<ast::Comprehension*>& out);
    bool at_comprehension(bool quiet = false);  // quiet: a second-pass lookahead
    ast::Expr* parse_call(int start, ast::Expr* func);
    ast::Expr* parse_slices();
    ast::Expr* parse_slice();

    // ---- Targets (parser_targets.cpp) ------------------------------------------------------------
    ast::Expr* parse_star_targets();
    ast::Expr* parse_star_target();
    ast::Expr* parse_for_targets();
    static ast::Expr* invalid_target(ast::Expr* e, int targets_type);
    static bool is_valid_target(ast::Expr* e, ast::ExprContext ctx);
    static void set_context(ast::Expr* e, ast::ExprContext ctx);
    static const char* expr_name(const ast::Expr* e);
    bool is_grouped(const ast::Expr* e) const { return m_grouped.count(e) != 0; }

    // ---- Speculation -----------------------------------------------------------------------------
    struct Mark {
        int pos;
        bool failed;
        bool has_error;
    };
    Mark mark() const { return {m_pos, m_failed, m_error.has_value()}; }
    void reset(const Mark& m);

    const SourceText& m_source;
    const std::vector<Token>& m_tokens;
    const TokenStream& m_stream;
    ast::Arena& m_arena;
    ParseMode m_mode;
    SourceKind m_source_kind = SourceKind::String;
    FStringOrigin m_origin;
    int m_pos = 0;
    int m_last = 0;      // index of the final EndMarker/Error token
    // CPython parses twice; its generic "invalid syntax" points at the furthest token of the
    // first pass, while other errors use the furthest token fetched in either pass.
    int m_furthest = 0;  // furthest token of the first pass
    int m_fetched = 0;   // furthest token fetched at all (CPython's p->fill - 1)
    int m_legacy_candidate = -1;  // first `print x`-like expression (see final_error)
    int m_match_candidate = -1;   // first `match <expr>` line without ':' (see final_error)
    bool m_first_pass_error = false;  // m_error was raised where CPython's first pass raises
    int m_depth = 0;
    int m_speculating = 0;  // > 0 while trying an alternative whose failure is no error
    uintptr_t m_stack_base = 0;  // frame address when parsing started (native stack guard)
    bool m_failed = false;
    std::optional<SyntaxErrorInfo> m_error;
    std::unordered_set<const ast::Expr*> m_grouped;  // expressions written inside "( )"
    // CPython memoizes its rules: an expression inside one that was first parsed without
    // invalid rules (expression_without_invalid) never gets its second-pass checks later.
    int m_without_invalid = 0;
    int m_without_invalid_start = -1;
    std::unordered_set<int> m_expression_memo;
};

// Marks the emulation of one of CPython's second-pass rules: whatever it reads, the location
// of a generic "invalid syntax" stays the first pass's furthest token.
class SecondPass {
public:
    explicit SecondPass(Parser& p);
    ~SecondPass();

private:
    Parser& m_parser;
    int m_furthest;
};

// Reserves recursion levels for the duration of a scope.
class DepthGuard {
public:
    DepthGuard(Parser& p, int levels) : m_parser(p), m_levels(levels), m_ok(p.enter(levels)) {}
    ~DepthGuard() {
        if (m_ok) m_parser.leave(m_levels);
    }
    explicit operator bool() const { return m_ok; }

private:
    Parser& m_parser;
    int m_levels;
    bool m_ok;
};

// For invalid_target(): which statement the targets belong to.
constexpr int kStarTargets = 0;
constexpr int kDelTargets = 1;
constexpr int kForTargets = 2;

} // namespace hs::frontend
