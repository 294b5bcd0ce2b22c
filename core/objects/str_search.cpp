// str methods that search: find/rfind/index/rindex/count, startswith/endswith, replace,
// partition/rpartition, removeprefix/removesuffix.
//
// Searches run on the UTF-8 bytes (a character's encoding never matches inside another's), and
// positions are converted between characters and bytes only at the edges.
#include "objects/str_impl.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstring>

namespace hs {

namespace {

constexpr auto npos = std::string_view::npos;

// The text between character indices [start, end) of s (start <= end <= length), with the byte
// offset of its start.
struct Window {
    std::string_view text;
    ssize_t byte_start;
};

Window window(Object* s, ssize_t start, ssize_t end) {
    ssize_t b0 = str_offset_of(s, start);
    ssize_t b1 = end == str_length(s) ? str_utf8_length(s) : str_offset_of(s, end);
    return {str_view(s).substr(static_cast<size_t>(b0), static_cast<size_t>(b1 - b0)), b0};
}

bool require_str(Object* o) {
    if (str_check(o)) return true;
    type_error("must be str, not %s", type_name_of(o));
    return false;
}

enum class Direction { Forward, Backward };

// find/rfind core: the character index, -1 when absent, -2 on error.
ssize_t find_impl(const char* name, const char* qualified, Object* self, Object* const* args, size_t nargs,
                  Object* kwnames, Direction dir) {
    if (!check_tuple_args(name, qualified, nargs, kwnames, 1, 3)) return -2;
    if (!require_str(args[0])) return -2;
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, str_length(self), &start, &end)) return -2;
    Object* sub = args[0];
    if (end - start < str_length(sub)) return -1;
    if (str_length(sub) == 0) return dir == Direction::Forward ? start : end;
    Window w = window(self, start, end);
    size_t pos = dir == Direction::Forward ? w.text.find(str_view(sub)) : w.text.rfind(str_view(sub));
    if (pos == npos) return -1;
    return str_index_of(self, w.byte_start + static_cast<ssize_t>(pos));
}

// Non-overlapping occurrences of sub in text (sub not empty).
ssize_t count_in(std::string_view text, std::string_view sub, ssize_t max_count) {
    ssize_t n = 0;
    size_t pos = 0;
    while (n < max_count) {
        size_t hit = sub.size() == 1 ? text.find(sub[0], pos) : text.find(sub, pos);
        if (hit == npos) break;
        ++n;
        pos = hit + sub.size();
    }
    return n;
}

// startswith/endswith of one candidate over [start, end).
bool tail_match(Object* self, Object* sub, ssize_t start, ssize_t end, Direction dir) {
    ssize_t slen = str_length(sub);
    if (end - slen < start) return false;
    if (slen == 0) return true;
    Window w = window(self, start, end);
    std::string_view v = str_view(sub);
    if (w.text.size() < v.size()) return false;
    return dir == Direction::Forward ? w.text.substr(0, v.size()) == v : w.text.substr(w.text.size() - v.size()) == v;
}

Object* starts_ends(const char* name, const char* qualified, Object* self, Object* const* args, size_t nargs,
                    Object* kwnames, Direction dir) {
    if (!check_tuple_args(name, qualified, nargs, kwnames, 1, 3)) return nullptr;
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
    Object* arg = args[0];
    if (tuple_check(arg)) {
        for (ssize_t i = 0; i < tuple_size(arg); ++i) {
            Object* item = tuple_items(arg)[i];
            if (!str_check(item)) {
                return type_error("tuple for %s must only contain str, not %s", name, type_name_of(item));
            }
            if (tail_match(self, item, start, end, dir)) return new_bool(true);
        }
        return new_bool(false);
    }
    if (!str_check(arg)) {
        return type_error("%s first arg must be str or a tuple of str, not %s", name, type_name_of(arg));
    }
    return new_bool(tail_match(self, arg, start, end, dir));
}

} // namespace

Object* str_find(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("find", "str.find", self, args, nargs, kwnames, Direction::Forward);
    return r == -2 ? nullptr : int_from_int64(r);
}

Object* str_rfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("rfind", "str.rfind", self, args, nargs, kwnames, Direction::Backward);
    return r == -2 ? nullptr : int_from_int64(r);
}

Object* str_index_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("index", "str.index", self, args, nargs, kwnames, Direction::Forward);
    if (r == -2) return nullptr;
    if (r == -1) return value_error("substring not found");
    return int_from_int64(r);
}

Object* str_rindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("rindex", "str.rindex", self, args, nargs, kwnames, Direction::Backward);
    if (r == -2) return nullptr;
    if (r == -1) return value_error("substring not found");
    return int_from_int64(r);
}

Object* str_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_tuple_args("count", "str.count", nargs, kwnames, 1, 3)) return nullptr;
    if (!require_str(args[0])) return nullptr;
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, str_length(self), &start, &end)) return nullptr;
    Object* sub = args[0];
    if (end - start < str_length(sub)) return int_from_int64(0);
    if (str_length(sub) == 0) return int_from_int64(end - start + 1);
    return int_from_int64(count_in(window(self, start, end).text, str_view(sub), PTRDIFF_MAX));
}

Object* str_startswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return starts_ends("startswith", "str.startswith", self, args, nargs, kwnames, Direction::Forward);
}

Object* str_endswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return starts_ends("endswith", "str.endswith", self, args, nargs, kwnames, Direction::Backward);
}

Object* str_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    if (!parse_args({"replace", {"old", "new", "count"}, 2, 3, 0, "str.replace"}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    for (int i = 0; i < 2; ++i) {
        if (!str_check(a[i])) {
            return type_error("replace() argument %d must be str, not %s", i + 1, type_name_of(a[i]));
        }
    }
    ssize_t max_count = -1;
    if (a[2] && !as_index_arg(a[2], &max_count)) return nullptr;
    if (max_count < 0) max_count = PTRDIFF_MAX;
    Object* old_s = a[0];
    Object* new_s = a[1];
    std::string_view text = str_view(self), from = str_view(old_s), to = str_view(new_s);
    if (max_count == 0 || (from.empty() && to.empty())) return str_result_unchanged(self);
    if (from.empty()) {
        // Insert `new` before every character and at the end, up to max_count times.
        std::string out;
        ssize_t inserted = 0;
        const char* p = text.data();
        const char* end = p + text.size();
        while (true) {
            if (inserted < max_count) {
                out.append(to);
                ++inserted;
            }
            if (p >= end) break;
            int k = unicode::sequence_length(*p);
            out.append(p, static_cast<size_t>(k));
            p += k;
        }
        return str_new_fresh(out, str_length(self) + inserted * str_length(new_s),
                             std::max(str_max_char(self), str_max_char(new_s)));
    }
    ssize_t n = count_in(text, from, max_count);
    if (n == 0) return str_result_unchanged(self);
    std::string out;
    out.reserve(text.size() + static_cast<size_t>(n) * to.size());
    size_t pos = 0;
    for (ssize_t i = 0; i < n; ++i) {
        size_t hit = text.find(from, pos);
        out.append(text.substr(pos, hit - pos));
        out.append(to);
        pos = hit + from.size();
    }
    out.append(text.substr(pos));
    // Removing characters may narrow the result (dropping the only '€'): measure it again.
    ssize_t length = 0;
    uint32_t max_char = utf8_max_char(out, &length);
    return str_new_fresh(out, length, max_char);
}

namespace {

Object* partition_impl(Object* self, Object* sep, Direction dir) {
    if (!str_check(sep)) return type_error("must be str, not %s", type_name_of(sep));
    if (str_length(sep) == 0) return value_error("empty separator");
    std::string_view text = str_view(self), v = str_view(sep);
    size_t hit = dir == Direction::Forward ? text.find(v) : text.rfind(v);
    if (hit == npos) {
        Ref whole(str_result_unchanged(self));
        if (!whole) return nullptr;
        Ref empty(str_empty());
        return dir == Direction::Forward ? tuple_pack({whole.get(), empty.get(), empty.get()})
                                         : tuple_pack({empty.get(), empty.get(), whole.get()});
    }
    Ref head(str_subview(self, 0, static_cast<ssize_t>(hit)));
    if (!head) return nullptr;
    Ref tail(str_subview(self, static_cast<ssize_t>(hit + v.size()), static_cast<ssize_t>(text.size())));
    if (!tail) return nullptr;
    Ref middle(str_result_unchanged(sep));
    if (!middle) return nullptr;
    return tuple_pack({head.get(), middle.get(), tail.get()});
}

} // namespace

Object* str_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.partition", nargs, kwnames)) return nullptr;
    return partition_impl(self, args[0], Direction::Forward);
}

Object* str_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.rpartition", nargs, kwnames)) return nullptr;
    return partition_impl(self, args[0], Direction::Backward);
}

namespace {

Object* remove_affix(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames,
                     Direction dir) {
    std::string qualified = std::string("str.") + name;
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return nullptr;
    Object* affix = args[0];
    if (!str_check(affix)) return type_error("%s() argument must be str, not %s", name, type_name_of(affix));
    std::string_view text = str_view(self), v = str_view(affix);
    if (dir == Direction::Forward && !v.empty() && text.substr(0, v.size()) == v) {
        return str_subview(self, static_cast<ssize_t>(v.size()), static_cast<ssize_t>(text.size()));
    }
    if (dir == Direction::Backward && !v.empty() && text.size() >= v.size() &&
        text.substr(text.size() - v.size()) == v) {
        return str_subview(self, 0, static_cast<ssize_t>(text.size() - v.size()));
    }
    return str_result_unchanged(self);
}

} // namespace

Object* str_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return remove_affix("removeprefix", self, args, nargs, kwnames, Direction::Forward);
}

Object* str_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return remove_affix("removesuffix", self, args, nargs, kwnames, Direction::Backward);
}

} // namespace hs
