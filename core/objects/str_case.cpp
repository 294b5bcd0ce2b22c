// str case conversions (upper, lower, title, capitalize, swapcase, casefold) and the
// character-class predicates (isalpha, isdigit, isupper, istitle, isidentifier, ...).
// Full Unicode mappings (ß -> SS) and the final-sigma rule of lower() follow CPython.
#include "objects/str_impl.h"

#include "objects/intobject.h"
#include "runtime/args.h"

#include <vector>

namespace hs {

namespace {

using unicode::CaseMap;

std::vector<uint32_t> decode_all(Object* s) {
    std::vector<uint32_t> out;
    out.reserve(static_cast<size_t>(str_length(s)));
    std::string_view v = str_view(s);
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end) out.push_back(unicode::decode(p));
    return out;
}

inline uint16_t flags(uint32_t cp) { return unicode::type_record(cp).flags; }

// Σ lowers to ς at the end of a word (CPython's handle_capital_sigma).
uint32_t lower_sigma(const std::vector<uint32_t>& text, size_t i) {
    ssize_t j = static_cast<ssize_t>(i) - 1;
    while (j >= 0 && (flags(text[size_t(j)]) & unicode::CASE_IGNORABLE)) --j;
    bool final_sigma = j >= 0 && (flags(text[size_t(j)]) & unicode::CASED);
    if (final_sigma) {
        size_t k = i + 1;
        while (k < text.size() && (flags(text[k]) & unicode::CASE_IGNORABLE)) ++k;
        final_sigma = k == text.size() || !(flags(text[k]) & unicode::CASED);
    }
    return final_sigma ? 0x3C2 : 0x3C3;
}

void append_mapped(StrBuilder& b, const std::vector<uint32_t>& text, size_t i, CaseMap kind) {
    uint32_t cp = text[i];
    if (cp == 0x3A3 && kind == CaseMap::Lower) {
        b.append_char(lower_sigma(text, i));
        return;
    }
    uint32_t out[3];
    int n = unicode::map_case(cp, kind, out);
    for (int k = 0; k < n; ++k) b.append_char(out[k]);
}

enum class AsciiMap { Upper, Lower, Swap };

inline char ascii_map_char(char c, AsciiMap how) {
    bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
    if (lower && how != AsciiMap::Lower) return char(c - 32);
    if (upper && how != AsciiMap::Upper) return char(c + 32);
    return c;
}

// ASCII strings map byte by byte into a result of the same size.
Object* ascii_map(Object* self, AsciiMap how) {
    std::string_view v = str_view(self);
    if (v.empty()) return str_empty();
    Object* r = str_alloc(static_cast<ssize_t>(v.size()), str_length(self), str_max_char(self));
    if (!r) return nullptr;
    char* out = str_mutable_data(r);
    uint32_t max_char = 0;
    for (size_t i = 0; i < v.size(); ++i) {
        out[i] = ascii_map_char(v[i], how);
        max_char = std::max<uint32_t>(max_char, static_cast<unsigned char>(out[i]));
    }
    as_str(r)->max_char = max_char;
    return r;
}

enum class Conversion { Upper, Lower, Fold, Swap, Title, Capitalize };

Object* convert(const char* qualified, Object* self, size_t nargs, Object* kwnames, Conversion how) {
    if (!check_no_args(qualified, nargs, kwnames)) return nullptr;
    if (str_is_ascii(self)) {
        switch (how) {
        case Conversion::Upper: return ascii_map(self, AsciiMap::Upper);
        case Conversion::Lower:
        case Conversion::Fold: return ascii_map(self, AsciiMap::Lower);
        case Conversion::Swap: return ascii_map(self, AsciiMap::Swap);
        default: break;
        }
    }
    std::vector<uint32_t> text = decode_all(self);
    StrBuilder b;
    b.reserve(static_cast<size_t>(str_utf8_length(self)));
    bool previous_is_cased = false;
    for (size_t i = 0; i < text.size(); ++i) {
        uint32_t cp = text[i];
        switch (how) {
        case Conversion::Upper: append_mapped(b, text, i, CaseMap::Upper); break;
        case Conversion::Lower: append_mapped(b, text, i, CaseMap::Lower); break;
        case Conversion::Fold: append_mapped(b, text, i, CaseMap::Fold); break;
        case Conversion::Swap:
            if (flags(cp) & unicode::UPPER) {
                append_mapped(b, text, i, CaseMap::Lower);
            } else if (flags(cp) & unicode::LOWER) {
                append_mapped(b, text, i, CaseMap::Upper);
            } else {
                b.append_char(cp);
            }
            break;
        case Conversion::Title:
            append_mapped(b, text, i, previous_is_cased ? CaseMap::Lower : CaseMap::Title);
            previous_is_cased = (flags(cp) & unicode::CASED) != 0;
            break;
        case Conversion::Capitalize:
            append_mapped(b, text, i, i == 0 ? CaseMap::Title : CaseMap::Lower);
            break;
        }
    }
    return b.finish_fresh();
}

} // namespace

Object* str_upper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.upper", self, nargs, kwnames, Conversion::Upper);
}
Object* str_lower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.lower", self, nargs, kwnames, Conversion::Lower);
}
Object* str_casefold(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.casefold", self, nargs, kwnames, Conversion::Fold);
}
Object* str_swapcase(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.swapcase", self, nargs, kwnames, Conversion::Swap);
}
Object* str_title(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.title", self, nargs, kwnames, Conversion::Title);
}
Object* str_capitalize(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return convert("str.capitalize", self, nargs, kwnames, Conversion::Capitalize);
}

// ---- Predicates -----------------------------------------------------------------------------

namespace {

// True when s is not empty and every character has one of the `any_of` flags.
template <typename Pred> Object* all_chars(const char* qualified, Object* self, size_t nargs, Object* kwnames,
                                           bool empty_result, Pred pred) {
    if (!check_no_args(qualified, nargs, kwnames)) return nullptr;
    std::string_view v = str_view(self);
    if (v.empty()) return new_bool(empty_result);
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end) {
        if (!pred(unicode::decode(p))) return new_bool(false);
    }
    return new_bool(true);
}

bool has_flag(uint32_t cp, uint16_t f) { return (flags(cp) & f) != 0; }

} // namespace

Object* str_isalpha(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isalpha", self, nargs, kwnames, false, [](uint32_t c) { return has_flag(c, unicode::ALPHA); });
}
Object* str_isdecimal(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isdecimal", self, nargs, kwnames, false,
                     [](uint32_t c) { return has_flag(c, unicode::DECIMAL); });
}
Object* str_isdigit(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isdigit", self, nargs, kwnames, false, [](uint32_t c) { return has_flag(c, unicode::DIGIT); });
}
Object* str_isnumeric(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isnumeric", self, nargs, kwnames, false,
                     [](uint32_t c) { return has_flag(c, unicode::NUMERIC); });
}
Object* str_isalnum(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isalnum", self, nargs, kwnames, false, [](uint32_t c) {
        return has_flag(c, unicode::ALPHA | unicode::DECIMAL | unicode::DIGIT | unicode::NUMERIC);
    });
}
Object* str_isspace(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isspace", self, nargs, kwnames, false, [](uint32_t c) { return unicode::is_space(c); });
}
Object* str_isprintable(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_chars("str.isprintable", self, nargs, kwnames, true,
                     [](uint32_t c) { return unicode::is_printable(c); });
}
Object* str_isascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.isascii", nargs, kwnames)) return nullptr;
    return new_bool(str_is_ascii(self));
}

Object* str_isupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.isupper", nargs, kwnames)) return nullptr;
    bool cased = false;
    std::string_view v = str_view(self);
    for (const char* p = v.data(); p < v.data() + v.size();) {
        uint16_t f = flags(unicode::decode(p));
        if (f & (unicode::LOWER | unicode::TITLE)) return new_bool(false);
        if (f & unicode::UPPER) cased = true;
    }
    return new_bool(cased);
}

Object* str_islower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.islower", nargs, kwnames)) return nullptr;
    bool cased = false;
    std::string_view v = str_view(self);
    for (const char* p = v.data(); p < v.data() + v.size();) {
        uint16_t f = flags(unicode::decode(p));
        if (f & (unicode::UPPER | unicode::TITLE)) return new_bool(false);
        if (f & unicode::LOWER) cased = true;
    }
    return new_bool(cased);
}

Object* str_istitle(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.istitle", nargs, kwnames)) return nullptr;
    bool cased = false, previous_is_cased = false;
    std::string_view v = str_view(self);
    for (const char* p = v.data(); p < v.data() + v.size();) {
        uint16_t f = flags(unicode::decode(p));
        if (f & (unicode::UPPER | unicode::TITLE)) {
            if (previous_is_cased) return new_bool(false);
            previous_is_cased = cased = true;
        } else if (f & unicode::LOWER) {
            if (!previous_is_cased) return new_bool(false);
            previous_is_cased = cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    return new_bool(cased);
}

Object* str_isidentifier(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.isidentifier", nargs, kwnames)) return nullptr;
    std::string_view v = str_view(self);
    if (v.empty()) return new_bool(false);
    const char* p = v.data();
    const char* end = p + v.size();
    if (!has_flag(unicode::decode(p), unicode::XID_START)) return new_bool(false);
    while (p < end) {
        if (!has_flag(unicode::decode(p), unicode::XID_CONTINUE)) return new_bool(false);
    }
    return new_bool(true);
}

} // namespace hs
