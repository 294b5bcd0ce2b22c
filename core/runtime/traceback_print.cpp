// Traceback text, as CPython 3.11's Python/traceback.c (tb_printinternal, tb_displayline) and
// the SyntaxError part of Python/pythonrun.c (print_exception_file_and_line, print_error_text).
// The exception-level printing (chaining, message line, suggestions) is in
// traceback_print_exception.cpp.
#include "runtime/traceback_print.h"

#include "frontend/parser.h"
#include "objects/dictobject.h"
#include "runtime/runtime.h"
#include "unicode/chartype.h"

#include <string>

namespace hs {

namespace {

constexpr int TB_RECURSIVE_CUTOFF = 3;

bool is_tb_whitespace(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Decodes one code point at `i` (advancing it); invalid bytes decode as one replacement
// character each, as the "replace" error handler does.
uint32_t next_code_point(std::string_view s, size_t& i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    int n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) {
        i++;
        return 0xFFFD;
    }
    for (int k = 1; k < n; k++) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            i++;
            return 0xFFFD;
        }
    }
    uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; k++) cp = (cp << 6) | (byte(i + k) & 0x3F);
    i += n;
    return cp;
}

std::vector<uint32_t> decode(std::string_view s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
    return out;
}

// _PyPegen_byte_offset_to_character_offset: characters in the first `col` bytes of `s`.
int byte_to_char_offset(std::string_view s, int col) {
    size_t limit = static_cast<size_t>(col) > s.size() + 1 ? s.size() + 1 : static_cast<size_t>(col);
    if (limit > s.size()) limit = s.size();  // the "+1" only lets the end point one past the line
    int n = 0;
    for (size_t i = 0; i < limit;) {
        next_code_point(s, i);
        n++;
    }
    if (static_cast<size_t>(col) > s.size()) n++;
    return n;
}

// The UTF-8 text of characters [from, to) of `chars`.
std::string encode(const std::vector<uint32_t>& chars, size_t from, size_t to) {
    std::string out;
    for (size_t k = from; k < to && k < chars.size(); k++) {
        uint32_t cp = chars[k];
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

// extract_anchors_from_line: when the segment is a lone binary operation or subscript, the
// byte range (in the segment) of the operator or of the brackets. False otherwise.
bool extract_anchors(const std::string& segment, int& left, int& right) {
    frontend::ParseResult parsed = frontend::parse_module(segment);
    if (!parsed.module || parsed.module->body.size() != 1) return false;
    const ast::Stmt* stmt = parsed.module->body[0];
    if (stmt->kind != ast::StmtKind::Expr) return false;
    const ast::Expr* expr = static_cast<const ast::ExprStmt*>(stmt)->value;
    const int size = static_cast<int>(segment.size());
    auto at = [&](int i) { return i >= 0 && i < size ? segment[static_cast<size_t>(i)] : '\0'; };
    if (expr->kind == ast::ExprKind::BinOp) {
        auto* binop = static_cast<const ast::BinOpExpr*>(expr);
        int right_col = binop->right->pos.col_offset;
        bool found = false;
        for (int i = binop->left->pos.end_col_offset; i < right_col; i++) {
            if (is_tb_whitespace(at(i))) continue;
            found = true;
            left = i;
            right = i + 1;
            // A two-character operator (//, **, <<, ...).
            if (i + 1 < right_col && !is_tb_whitespace(at(i + 1))) right++;
            // The closing parenthesis of a parenthesized left operand is not the operator.
            if (i + 1 < right_col && at(i) == ')') continue;
            break;
        }
        return found;
    }
    if (expr->kind == ast::ExprKind::Subscript) {
        auto* sub = static_cast<const ast::SubscriptExpr*>(expr);
        left = sub->value->pos.end_col_offset;
        right = sub->slice->pos.end_col_offset + 1;
        // The brackets themselves, past any parentheses and spaces around the operands.
        while (left < size && at(left) != '[') left++;
        while (right < size && at(right) != ']') right++;
        if (right < size) right++;
        return true;
    }
    return false;
}

} // namespace

bool source_line_of(std::string_view source, int lineno, std::string& line) {
    if (lineno < 1) return false;
    size_t pos = 0;
    for (int n = 1; pos <= source.size(); n++) {
        size_t end = pos;
        while (end < source.size() && source[end] != '\n' && source[end] != '\r') end++;
        if (n == lineno) {
            if (end == source.size() && pos == end) return false;  // past the last line
            line.assign(source.substr(pos, end - pos));
            return true;
        }
        if (end == source.size()) return false;
        pos = end + (source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n' ? 2 : 1);
    }
    return false;
}

bool runtime_source_line(std::string_view filename, int lineno, std::string& line) {
    if (!g_runtime) return false;
    // CPython does not try to open "<string>", "<stdin>" and the like.
    if (!filename.empty() && filename.front() == '<' && filename.back() == '>') return false;
    if (filename != rt().script_path) return false;
    // CPython reads source lines through the io module: once the module teardown at exit has
    // emptied sys.modules, it cannot import it, and tracebacks show no source lines.
    if (!rt().modules || dict_size(rt().modules) == 0) return false;
    return source_line_of(rt().source, lineno, line);
}

std::string format_caret_line(std::string_view line, int start_col, int end_col, bool multiline) {
    if (start_col < 0 || end_col < 0) return {};
    std::vector<uint32_t> chars = decode(line);
    const int nchars = static_cast<int>(chars.size());
    int start = byte_to_char_offset(line, start_col);
    int end = byte_to_char_offset(line, end_col);

    int left = -1, right = -1;  // anchors, in characters of the line
    if (!multiline) {
        if (start < end) {
            std::string segment = encode(chars, static_cast<size_t>(start), static_cast<size_t>(end));
            int seg_left = 0, seg_right = 0;
            if (extract_anchors(segment, seg_left, seg_right)) {
                left = byte_to_char_offset(segment, seg_left) + start;
                right = byte_to_char_offset(segment, seg_right) + start;
            }
        }
    } else {
        // A span that continues on later lines is marked up to the last non-blank character.
        int i = nchars;
        while (--i >= 0) {
            uint32_t c = chars[static_cast<size_t>(i)];
            if (c != ' ' && c != '\t' && c != '\f') break;
        }
        end = i + 1;
    }

    int leading = 0;
    while (leading < nchars && (chars[static_cast<size_t>(leading)] == ' ' || chars[static_cast<size_t>(leading)] == '\t' ||
                                chars[static_cast<size_t>(leading)] == '\f'))
        leading++;
    bool anchored = left != -1 || right != -1;
    // No indicators when the carets would cover the whole stripped line.
    if (end - start == nchars - leading && !anchored) return {};

    auto width_at = [&](int k) { return k >= 0 && k < nchars ? unicode::display_width(chars[static_cast<size_t>(k)]) : 1; };
    std::string out = "    ";
    if (start >= leading) {
        for (int k = leading; k < start; k++) out.append(static_cast<size_t>(width_at(k)), ' ');
    } else {
        // The span starts inside the indentation: CPython's loop prints fewer leading spaces.
        int n = 4 + start - leading;
        out.assign(static_cast<size_t>(n > 0 ? n : 0), ' ');
    }
    for (int k = start; k < end; k++) {
        char marker = anchored && left <= k && k < right ? '^' : anchored ? '~' : '^';
        out.append(static_cast<size_t>(width_at(k)), marker);
    }
    out += '\n';
    return out;
}

std::string format_traceback_entry(const TracebackEntry& entry, const SourceLineFn& source) {
    std::string out = "  File \"" + entry.filename + "\", line " + std::to_string(entry.lineno) + ", in " +
                      entry.name + "\n";
    std::string line;
    const SourceLineFn& lookup = source ? source : SourceLineFn(runtime_source_line);
    if (!lookup(entry.filename, entry.lineno, line)) return out;
    size_t leading = 0;
    while (leading < line.size() && is_tb_whitespace(line[leading])) leading++;
    out += "    ";
    out.append(line, leading, std::string::npos);
    out += '\n';
    if (entry.start_line < 0 || entry.end_line < 0 || entry.start_col < 0 || entry.end_col < 0) return out;
    out += format_caret_line(line, entry.start_col, entry.end_col, entry.start_line != entry.end_line);
    return out;
}

std::string format_traceback_entries(const std::vector<TracebackEntry>& entries, const SourceLineFn& source) {
    // As sys.tracebacklimit's default: only the innermost 1000 entries are shown.
    constexpr size_t LIMIT = 1000;
    size_t first = entries.size() > LIMIT ? entries.size() - LIMIT : 0;
    auto repeated = [](long count) {
        count -= TB_RECURSIVE_CUTOFF;
        return "  [Previous line repeated " + std::to_string(count) + (count > 1 ? " more times]\n" : " more time]\n");
    };
    std::string out;
    const TracebackEntry* last = nullptr;
    long count = 0;
    for (size_t i = first; i < entries.size(); i++) {
        const TracebackEntry& e = entries[i];
        if (!last || e.filename != last->filename || last->lineno == -1 || e.lineno != last->lineno ||
            e.name != last->name) {
            if (count > TB_RECURSIVE_CUTOFF) out += repeated(count);
            last = &e;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) out += format_traceback_entry(e, source);
    }
    if (count > TB_RECURSIVE_CUTOFF) out += repeated(count);
    return out;
}

std::string format_syntax_error_location(std::string_view filename, ssize_t lineno, ssize_t offset,
                                         ssize_t end_lineno, ssize_t end_offset, const std::string* text) {
    std::string out = "  File \"" + std::string(filename) + "\", line " + std::to_string(lineno) + "\n";
    if (!text) return out;
    ssize_t line_size = static_cast<ssize_t>(text->size());
    // A span over several lines is marked to the end of the first one.
    if (end_lineno > lineno) end_offset = line_size;
    if (end_offset > line_size + 1) end_offset = line_size + 1;

    // print_error_text, in UTF-8 bytes as CPython does.
    size_t carets = end_offset > 0 && end_offset > offset ? static_cast<size_t>(end_offset - offset) : 1;
    std::string_view t = *text;
    offset--;  // 0-based
    while (!t.empty() && is_tb_whitespace(t.front())) {
        t.remove_prefix(1);
        offset--;
    }
    ssize_t len = static_cast<ssize_t>(t.size());
    if (len > 0 && t[static_cast<size_t>(len - 1)] == '\n') len--;
    if (offset > len) offset = len;
    // Skip the lines before the one the offset points into.
    for (;;) {
        size_t nl = t.find('\n');
        if (nl == std::string_view::npos) break;
        ssize_t inl = static_cast<ssize_t>(nl);
        if (inl >= offset) break;
        inl += 1;
        t.remove_prefix(static_cast<size_t>(inl));
        len -= inl;
        offset -= inl;
    }
    out += "    ";
    out += t;
    if (len < 0 || static_cast<size_t>(len) >= t.size() || t[static_cast<size_t>(len)] != '\n') out += '\n';
    if (offset < 0) return out;
    out += "    ";
    out.append(static_cast<size_t>(offset), ' ');
    out.append(carets, '^');
    out += '\n';
    return out;
}

} // namespace hs
