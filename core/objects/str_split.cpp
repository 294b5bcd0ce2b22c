// str methods that cut and glue: split/rsplit/splitlines, join, strip/lstrip/rstrip.
//
// The result lists are sized as CPython sizes them, since getsizeof shows it: split/rsplit
// preallocate min(maxsplit + 1, 12) slots and append past that; splitlines starts empty.
#include "objects/str_impl.h"

#include "objects/exceptions.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace hs {

namespace {

constexpr ssize_t MAX_PREALLOC = 12;

// CPython's storage kind (1: Latin-1, 2: UCS-2, 4: UCS-4).
int kind_of(const Object* s) {
    uint32_t m = str_max_char(s);
    return m < 0x100 ? 1 : m < 0x10000 ? 2 : 4;
}

// Collects the pieces in order, then builds the list with CPython's capacity.
class PieceList {
public:
    explicit PieceList(ssize_t prealloc) : m_prealloc(prealloc) {}
    ~PieceList() {
        for (Object* o : m_items) decref(o);
    }
    bool add(Object* owned) {
        if (!owned) return false;
        m_items.push_back(owned);
        return true;
    }
    void reverse() { std::reverse(m_items.begin(), m_items.end()); }
    Object* finish() {
        Object* list = list_new(m_prealloc);
        if (!list) return nullptr;
        static_cast<ListObject*>(list)->ob_size = 0;
        for (Object* o : m_items) {
            if (list_append(list, o) < 0) {
                decref(list);
                return nullptr;
            }
        }
        return list;
    }

private:
    ssize_t m_prealloc;
    std::vector<Object*> m_items;
};


bool parse_split_args(const char* name, const char* qualified, Object* const* args, size_t nargs,
                      Object* kwnames, Object** sep, ssize_t* maxcount) {
    Object* a[2];
    if (!parse_args({name, {"sep", "maxsplit"}, 0, 0, 0, qualified}, args, nargs, kwnames, a)) return false;
    *sep = a[0] == None() ? nullptr : a[0];
    *maxcount = -1;
    if (a[1] && !as_index_arg(a[1], maxcount)) return false;
    if (*maxcount < 0) *maxcount = PTRDIFF_MAX;
    if (*sep && !str_check(*sep)) {
        type_error("must be str or None, not %s", type_name_of(*sep));
        return false;
    }
    if (*sep && str_length(*sep) == 0) {
        value_error("empty separator");
        return false;
    }
    return true;
}

// Whitespace scanning over UTF-8 by byte offsets.
inline bool space_at(std::string_view t, size_t i, size_t* next) {
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
        *next = i + 1;
        return unicode::is_space(b);
    }
    const char* p = t.data() + i;
    uint32_t cp = unicode::decode(p);
    *next = static_cast<size_t>(p - t.data());
    return unicode::is_space(cp);
}

inline bool space_before(std::string_view t, size_t i, size_t* prev) {
    const char* p = t.data() + i;
    uint32_t cp = unicode::decode_back(p);
    *prev = static_cast<size_t>(p - t.data());
    return unicode::is_space(cp);
}

Object* piece(Object* self, size_t from, size_t to) {
    return str_subview(self, static_cast<ssize_t>(from), static_cast<ssize_t>(to));
}

} // namespace

ssize_t split_prealloc(ssize_t maxcount) { return maxcount >= MAX_PREALLOC ? MAX_PREALLOC : maxcount + 1; }

Object* split_result_list(std::vector<Object*>& items, ssize_t prealloc) {
    PieceList out(prealloc);
    for (Object* o : items) out.add(o);
    items.clear();
    return out.finish();
}

Object* str_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* sep;
    ssize_t maxcount;
    if (!parse_split_args("split", "str.split", args, nargs, kwnames, &sep, &maxcount)) return nullptr;
    std::string_view t = str_view(self);
    const size_t len = t.size();
    if (sep && (kind_of(self) < kind_of(sep) || str_length(self) < str_length(sep))) {
        PieceList out(1);
        if (!out.add(str_result_unchanged(self))) return nullptr;
        return out.finish();
    }
    PieceList out(split_prealloc(maxcount));
    size_t i = 0, next = 0;
    if (!sep) {
        while (maxcount-- > 0) {
            while (i < len && space_at(t, i, &next)) i = next;
            if (i == len) break;
            size_t j = i;
            while (i < len && !space_at(t, i, &next)) i = next;
            if (j == 0 && i == len && str_check_exact(self)) {
                if (!out.add(newref(self))) return nullptr;
                break;
            }
            if (!out.add(piece(self, j, i))) return nullptr;
        }
        if (i < len) {
            while (i < len && space_at(t, i, &next)) i = next;
            if (i != len && !out.add(piece(self, i, len))) return nullptr;
        }
        return out.finish();
    }
    std::string_view s = str_view(sep);
    ssize_t count = 0;
    while (maxcount-- > 0) {
        size_t pos = t.find(s, i);
        if (pos == std::string_view::npos) break;
        if (!out.add(piece(self, i, pos))) return nullptr;
        ++count;
        i = pos + s.size();
    }
    if (count == 0 && str_check_exact(self)) {
        if (!out.add(newref(self))) return nullptr;
    } else if (!out.add(piece(self, i, len))) {
        return nullptr;
    }
    return out.finish();
}

Object* str_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* sep;
    ssize_t maxcount;
    if (!parse_split_args("rsplit", "str.rsplit", args, nargs, kwnames, &sep, &maxcount)) return nullptr;
    std::string_view t = str_view(self);
    const size_t len = t.size();
    if (sep && (kind_of(self) < kind_of(sep) || str_length(self) < str_length(sep))) {
        PieceList out(1);
        if (!out.add(str_result_unchanged(self))) return nullptr;
        return out.finish();
    }
    PieceList out(split_prealloc(maxcount));
    size_t i = len, prev = 0;
    if (!sep) {
        while (maxcount-- > 0) {
            while (i > 0 && space_before(t, i, &prev)) i = prev;
            if (i == 0) break;
            size_t j = i;
            while (i > 0 && !space_before(t, i, &prev)) i = prev;
            if (j == len && i == 0 && str_check_exact(self)) {
                if (!out.add(newref(self))) return nullptr;
                break;
            }
            if (!out.add(piece(self, i, j))) return nullptr;
        }
        if (i > 0) {
            while (i > 0 && space_before(t, i, &prev)) i = prev;
            if (i != 0 && !out.add(piece(self, 0, i))) return nullptr;
        }
        out.reverse();
        return out.finish();
    }
    std::string_view s = str_view(sep);
    ssize_t count = 0;
    size_t j = len;
    while (maxcount-- > 0) {
        if (j < s.size()) break;
        size_t pos = t.substr(0, j).rfind(s);
        if (pos == std::string_view::npos) break;
        if (!out.add(piece(self, pos + s.size(), j))) return nullptr;
        ++count;
        j = pos;
    }
    if (count == 0 && str_check_exact(self)) {
        if (!out.add(newref(self))) return nullptr;
    } else if (!out.add(piece(self, 0, j))) {
        return nullptr;
    }
    out.reverse();
    return out.finish();
}

Object* str_splitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    if (!parse_args({"splitlines", {"keepends"}, 0, 0, 0, "str.splitlines"}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    ssize_t keepends = 0;
    if (a[0] && !as_index_arg(a[0], &keepends)) return nullptr;
    std::string_view t = str_view(self);
    const size_t len = t.size();
    PieceList out(0);
    size_t i = 0;
    while (i < len) {
        size_t j = i;
        size_t next = i;
        uint32_t cp = 0;
        while (i < len) {
            const char* p = t.data() + i;
            cp = unicode::decode(p);
            next = static_cast<size_t>(p - t.data());
            if (unicode::is_linebreak(cp)) break;
            i = next;
        }
        size_t eol = i;
        if (i < len) {
            i = (cp == '\r' && next < len && t[next] == '\n') ? next + 1 : next;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == len && str_check_exact(self)) {
            if (!out.add(newref(self))) return nullptr;
            break;
        }
        if (!out.add(piece(self, j, eol))) return nullptr;
    }
    return out.finish();
}

Object* str_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.join", nargs, kwnames)) return nullptr;
    Object* iterable = args[0];
    // PySequence_Fast: lists and tuples are used as they are, anything else is listed first.
    Ref seq;
    if (list_check_exact(iterable) || tuple_check_exact(iterable)) {
        seq = Ref::borrowed(iterable);
    } else {
        Ref it(object_get_iter(iterable));
        if (!it) {
            if (error_matches(&TypeErrorType)) {
                clear_error();
                set_error(&TypeErrorType, "can only join an iterable");
            }
            return nullptr;
        }
        seq = Ref(sequence_list(it.get()));
        if (!seq) return nullptr;
    }
    Object* s = seq.get();
    ssize_t n = list_check_exact(s) ? list_size(s) : tuple_size(s);
    Object** items = list_check_exact(s) ? list_items(s) : tuple_items(s);
    for (ssize_t i = 0; i < n; ++i) {
        if (!str_check(items[i])) {
            return type_error("sequence item %zd: expected str instance, %s found", i, type_name_of(items[i]));
        }
    }
    return str_join_array(self, items, n);
}

Object* str_join_array(Object* sep, Object* const* items, ssize_t n) {
    if (n == 0) return str_empty();
    if (n == 1 && str_check_exact(items[0])) return newref(items[0]);
    ssize_t bytes = 0, length = 0;
    uint32_t max_char = n > 1 ? str_max_char(sep) : 0;
    for (ssize_t i = 0; i < n; ++i) {
        bytes += str_utf8_length(items[i]);
        length += str_length(items[i]);
        max_char = std::max(max_char, str_max_char(items[i]));
    }
    bytes += str_utf8_length(sep) * (n - 1);
    length += str_length(sep) * (n - 1);
    if (length == 0) return str_empty();
    // Like CPython, a one-character result is a fresh object, not the shared singleton.
    Object* r = str_alloc(bytes, length, max_char);
    if (!r) return nullptr;
    char* out = str_mutable_data(r);
    std::string_view sv = str_view(sep);
    for (ssize_t i = 0; i < n; ++i) {
        if (i > 0 && !sv.empty()) {
            std::memcpy(out, sv.data(), sv.size());
            out += sv.size();
        }
        std::string_view v = str_view(items[i]);
        std::memcpy(out, v.data(), v.size());
        out += v.size();
    }
    return r;
}

// ---- strip ----------------------------------------------------------------------------------

namespace {

enum StripSide { LEFT = 1, RIGHT = 2, BOTH = 3 };

// The characters of a strip argument, answering membership quickly for ASCII.
class CharSet {
public:
    explicit CharSet(Object* chars) {
        std::string_view v = str_view(chars);
        const char* p = v.data();
        const char* end = p + v.size();
        while (p < end) {
            uint32_t cp = unicode::decode(p);
            if (cp < 128) {
                m_ascii[cp >> 6] |= uint64_t(1) << (cp & 63);
            } else {
                m_other.push_back(cp);
            }
        }
    }
    bool contains(uint32_t cp) const {
        if (cp < 128) return (m_ascii[cp >> 6] >> (cp & 63)) & 1;
        for (uint32_t c : m_other) {
            if (c == cp) return true;
        }
        return false;
    }

private:
    uint64_t m_ascii[2] = {0, 0};
    std::vector<uint32_t> m_other;
};

Object* strip_impl(const char* name, const char* qualified, int side, Object* self, Object* const* args,
                   size_t nargs, Object* kwnames) {
    Object* a[1];
    if (!parse_args({name, {"chars"}, 0, 1, 0, qualified}, args, nargs, kwnames, a)) return nullptr;
    Object* chars = a[0] == None() ? nullptr : a[0];
    if (chars && !str_check(chars)) return type_error("%s arg must be None or str", name);
    std::string_view t = str_view(self);
    size_t i = 0, j = t.size();
    auto strip_it = [&](auto&& is_stripped) {
        if (side & LEFT) {
            while (i < j) {
                const char* p = t.data() + i;
                if (!is_stripped(unicode::decode(p))) break;
                i = static_cast<size_t>(p - t.data());
            }
        }
        if (side & RIGHT) {
            while (j > i) {
                const char* p = t.data() + j;
                if (!is_stripped(unicode::decode_back(p))) break;
                j = static_cast<size_t>(p - t.data());
            }
        }
    };
    if (!chars) {
        strip_it([](uint32_t cp) { return unicode::is_space(cp); });
    } else {
        CharSet set(chars);
        strip_it([&set](uint32_t cp) { return set.contains(cp); });
    }
    return str_subview(self, static_cast<ssize_t>(i), static_cast<ssize_t>(j));
}

} // namespace

Object* str_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("strip", "str.strip", BOTH, self, args, nargs, kwnames);
}

Object* str_lstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("lstrip", "str.lstrip", LEFT, self, args, nargs, kwnames);
}

Object* str_rstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("rstrip", "str.rstrip", RIGHT, self, args, nargs, kwnames);
}

} // namespace hs
