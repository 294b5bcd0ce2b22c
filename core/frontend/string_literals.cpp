#include "frontend/string_literals.h"

#include "frontend/source_text.h"
#include "unicode/utf8.h"

namespace hs::frontend {
namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// Positions in CPython's messages count bytes of the buffer it really decodes, in which every
// non-ASCII character was first rewritten as a 10-byte "\UXXXXXXXX" escape (and a backslash
// before one as "\u005c"). This maps body offsets to those positions.
class VirtualPositions {
public:
    explicit VirtualPositions(std::string_view body) : m_body(body) {}
    size_t at(size_t offset) const {
        size_t v = 0;
        size_t i = 0;
        while (i < offset && i < m_body.size()) {
            auto c = static_cast<unsigned char>(m_body[i]);
            if (c == '\\') {
                ++v;
                ++i;
                if (i >= m_body.size() || (static_cast<unsigned char>(m_body[i]) & 0x80)) v += 5;
                continue;
            }
            if (c & 0x80) {
                int len = utf8_sequence_length(c);
                i += len > 0 ? static_cast<size_t>(len) : 1;
                v += 10;
                continue;
            }
            ++v;
            ++i;
        }
        return v;
    }

private:
    std::string_view m_body;
};

std::string unicode_error(const VirtualPositions& vp, size_t start, size_t end, const char* reason) {
    size_t vs = vp.at(start), ve = vp.at(end);
    std::string msg = "(unicode error) 'unicodeescape' codec can't decode ";
    if (ve - vs == 1) {
        msg += "byte 0x5c in position " + std::to_string(vs);
    } else {
        msg += "bytes in position " + std::to_string(vs) + "-" + std::to_string(ve - 1);
    }
    msg += ": ";
    msg += reason;
    return msg;
}

} // namespace

StringLiteralParts split_string_token(std::string_view text) {
    StringLiteralParts parts;
    size_t i = 0;
    parts.lower_u = !text.empty() && text[0] == 'u';
    while (i < text.size() && text[i] != '\'' && text[i] != '"') {
        char c = text[i];
        if (c == 'b' || c == 'B') parts.is_bytes = true;
        if (c == 'r' || c == 'R') parts.is_raw = true;
        if (c == 'f' || c == 'F') parts.is_fstring = true;
        ++i;
    }
    size_t quote_len = 1;
    if (text.size() - i >= 6 && text[i + 1] == text[i] && text[i + 2] == text[i])
        quote_len = 3;
    parts.body_offset = i + quote_len;
    parts.body = text.substr(i + quote_len, text.size() - i - 2 * quote_len);
    return parts;
}

bool decode_str_escapes(std::string_view body, std::string& out, std::string& error) {
    VirtualPositions vp(body);
    out.reserve(out.size() + body.size());
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out.push_back(c);
            ++i;
            continue;
        }
        size_t start = i;
        ++i;
        if (i >= body.size()) {
            out.push_back('\\');
            break;
        }
        c = body[i++];
        switch (c) {
        case '\n': break;  // line continuation inside the literal
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 'v': out.push_back('\v'); break;
        case 'a': out.push_back('\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            uint32_t value = static_cast<uint32_t>(c - '0');
            for (int k = 0; k < 2 && i < body.size() && is_octal(body[i]); ++k)
                value = value * 8 + static_cast<uint32_t>(body[i++] - '0');
            unicode::append_utf8(out, value);
            break;
        }
        case 'x': case 'u': case 'U': {
            int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            const char* reason = c == 'x'   ? "truncated \\xXX escape"
                                 : c == 'u' ? "truncated \\uXXXX escape"
                                            : "truncated \\UXXXXXXXX escape";
            uint32_t value = 0;
            for (; count > 0; --count, ++i) {
                int h = i < body.size() ? hex_value(body[i]) : -1;
                if (h < 0) {
                    error = unicode_error(vp, start, i, reason);
                    return false;
                }
                value = value * 16 + static_cast<uint32_t>(h);
            }
            if (value > 0x10FFFF) {
                error = unicode_error(vp, start, i, "illegal Unicode character");
                return false;
            }
            unicode::append_utf8(out, value);
            break;
        }
        case 'N': {
            const char* malformed = "malformed \\N character escape";
            if (i >= body.size() || body[i] != '{') {
                error = unicode_error(vp, start, i, malformed);
                return false;
            }
            size_t close = body.find('}', i + 1);
            if (close == std::string_view::npos) {
                error = unicode_error(vp, start, body.size(), malformed);
                return false;
            }
            if (close == i + 1) {
                error = unicode_error(vp, start, close, malformed);
                return false;
            }
            // The Unicode name database is too large for the browser build.
            error = unicode_error(vp, start, close + 1,
                                  "heapscope does not support \\N{...} escapes; use \\uXXXX instead");
            return false;
        }
        default:
            // An invalid escape keeps its backslash (CPython only warns).
            out.push_back('\\');
            i = start + 1;
            break;
        }
    }
    return true;
}

bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error) {
    out.reserve(out.size() + body.size());
    size_t i = 0;
    while (i < body.size()) {
        char c = body[i];
        if (c != '\\') {
            out.push_back(c);
            ++i;
            continue;
        }
        size_t start = i;
        ++i;
        if (i >= body.size()) {
            out.push_back('\\');
            break;
        }
        c = body[i++];
        switch (c) {
        case '\n': break;
        case '\\': out.push_back('\\'); break;
        case '\'': out.push_back('\''); break;
        case '"': out.push_back('"'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 't': out.push_back('\t'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 'v': out.push_back('\v'); break;
        case 'a': out.push_back('\a'); break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned value = static_cast<unsigned>(c - '0');
            for (int k = 0; k < 2 && i < body.size() && is_octal(body[i]); ++k)
                value = value * 8 + static_cast<unsigned>(body[i++] - '0');
            out.push_back(static_cast<char>(value & 0xFF));  // "\777" wraps (CPython warns)
            break;
        }
        case 'x': {
            int h1 = i < body.size() ? hex_value(body[i]) : -1;
            int h2 = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                error = "(value error) invalid \\x escape at position " + std::to_string(start);
                return false;
            }
            out.push_back(static_cast<char>(h1 * 16 + h2));
            i += 2;
            break;
        }
        default:
            out.push_back('\\');
            i = start + 1;
            break;
        }
    }
    return true;
}

} // namespace hs::frontend
