// The methods bytes and bytearray share (CPython's bytes_methods.c and stringlib): searching,
// splitting, stripping, joining, replacing, ASCII case and classes, padding, decode and hex.
// Results have the type of self; an unchanged exact bytes is returned as itself.
#include "objects/str_bytes.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/listobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <algorithm>
#include <vector>

namespace hs {

namespace {

constexpr auto npos = std::string_view::npos;

inline bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(char c) { return is_lower(c) || is_upper(c); }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline char to_upper(char c) { return is_lower(c) ? char(c - 32) : c; }
inline char to_lower(char c) { return is_upper(c) ? char(c + 32) : c; }

// The `sub` argument of find/count/index: an int byte or a bytes-like object.
bool sub_arg(Object* o, std::string& storage, std::string_view* out) {
    if (get_buffer(o, out)) return true;
    if (int_check(o) || o->ob_type->nb_index) {
        int b;
        if (!byte_value(o, &b)) return false;
        storage.assign(1, static_cast<char>(b));
        *out = storage;
        return true;
    }
    type_error("argument should be integer or bytes-like object, not '%s'", type_name_of(o));
    return false;
}

enum class Dir { Forward, Backward };

// find/rfind/index/rindex core: the index, -1 when absent, -2 on error.
ssize_t find_impl(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, Dir dir) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_tuple_args(name, qualified.c_str(), nargs, kwnames, 1, 3)) return -2;
    std::string storage;
    std::string_view sub;
    if (!sub_arg(args[0], storage, &sub)) return -2;
    std::string_view v = self_view(self);
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, static_cast<ssize_t>(v.size()), &start, &end)) return -2;
    if (end - start < static_cast<ssize_t>(sub.size())) return -1;
    std::string_view w = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    size_t pos = dir == Dir::Forward ? w.find(sub) : w.rfind(sub);
    return pos == npos ? -1 : start + static_cast<ssize_t>(pos);
}

} // namespace

Object* bytes_find(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("find", self, args, nargs, kwnames, Dir::Forward);
    return r == -2 ? nullptr : int_from_int64(r);
}
Object* bytes_rfind(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("rfind", self, args, nargs, kwnames, Dir::Backward);
    return r == -2 ? nullptr : int_from_int64(r);
}
Object* bytes_index(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("index", self, args, nargs, kwnames, Dir::Forward);
    if (r == -1) return value_error("subsection not found");
    return r == -2 ? nullptr : int_from_int64(r);
}
Object* bytes_rindex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    ssize_t r = find_impl("rindex", self, args, nargs, kwnames, Dir::Backward);
    if (r == -1) return value_error("subsection not found");
    return r == -2 ? nullptr : int_from_int64(r);
}

Object* bytes_count(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".count";
    if (!check_tuple_args("count", qualified.c_str(), nargs, kwnames, 1, 3)) return nullptr;
    std::string storage;
    std::string_view sub;
    if (!sub_arg(args[0], storage, &sub)) return nullptr;
    std::string_view v = self_view(self);
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, static_cast<ssize_t>(v.size()), &start, &end)) return nullptr;
    if (end - start < static_cast<ssize_t>(sub.size())) return int_from_int64(0);
    if (sub.empty()) return int_from_int64(end - start + 1);
    std::string_view w = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    ssize_t n = 0;
    for (size_t pos = w.find(sub); pos != npos; pos = w.find(sub, pos + sub.size())) ++n;
    return int_from_int64(n);
}

namespace {

Object* starts_ends(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, Dir dir) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_tuple_args(name, qualified.c_str(), nargs, kwnames, 1, 3)) return nullptr;
    std::string_view v = self_view(self);
    ssize_t start, end;
    if (!parse_start_end(args, nargs, 1, static_cast<ssize_t>(v.size()), &start, &end)) return nullptr;
    auto match = [&](std::string_view sub) {
        if (end - static_cast<ssize_t>(sub.size()) < start) return false;
        std::string_view w = v.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
        return dir == Dir::Forward ? w.substr(0, sub.size()) == sub : w.substr(w.size() - sub.size()) == sub;
    };
    std::string_view sub;
    if (tuple_check(args[0])) {
        for (ssize_t i = 0; i < tuple_size(args[0]); ++i) {
            Object* item = tuple_items(args[0])[i];
            if (!require_buffer(item, &sub)) return nullptr;
            if (match(sub)) return new_bool(true);
        }
        return new_bool(false);
    }
    if (!get_buffer(args[0], &sub)) {
        return type_error("%s first arg must be bytes or a tuple of bytes, not %s", name, type_name_of(args[0]));
    }
    return new_bool(match(sub));
}

} // namespace

Object* bytes_startswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return starts_ends("startswith", self, args, nargs, kwnames, Dir::Forward);
}
Object* bytes_endswith(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return starts_ends("endswith", self, args, nargs, kwnames, Dir::Backward);
}

// ---- split / strip / join -------------------------------------------------------------------

namespace {

bool split_args(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames,
                std::string_view* sep, bool* has_sep, ssize_t* maxcount) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    Object* a[2];
    if (!parse_args({name, {"sep", "maxsplit"}, 0, 0, 0, qualified.c_str()}, args, nargs, kwnames, a)) return false;
    *has_sep = a[0] && a[0] != None();
    if (*has_sep && !require_buffer(a[0], sep)) return false;
    if (*has_sep && sep->empty()) {
        value_error("empty separator");
        return false;
    }
    *maxcount = -1;
    if (a[1] && !as_index_arg(a[1], maxcount)) return false;
    if (*maxcount < 0) *maxcount = PTRDIFF_MAX;
    return true;
}

struct Pieces {
    std::vector<Object*> items;
    ~Pieces() {
        for (Object* o : items) decref(o);
    }
    bool add(Object* o) {
        if (!o) return false;
        items.push_back(o);
        return true;
    }
};

} // namespace

Object* bytes_split(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string_view sep;
    bool has_sep;
    ssize_t maxcount;
    if (!split_args("split", self, args, nargs, kwnames, &sep, &has_sep, &maxcount)) return nullptr;
    std::string_view v = self_view(self);
    Pieces out;
    ssize_t prealloc = split_prealloc(maxcount);
    size_t i = 0, len = v.size();
    if (!has_sep) {
        while (maxcount-- > 0) {
            while (i < len && is_space(v[i])) ++i;
            if (i == len) break;
            size_t j = i;
            while (i < len && !is_space(v[i])) ++i;
            if (j == 0 && i == len && self->ob_type == &BytesType) {
                if (!out.add(newref(self))) return nullptr;
                break;
            }
            if (!out.add(same_kind(self, v.substr(j, i - j)))) return nullptr;
        }
        if (i < len) {
            while (i < len && is_space(v[i])) ++i;
            if (i != len && !out.add(same_kind(self, v.substr(i)))) return nullptr;
        }
    } else {
        ssize_t count = 0;
        while (maxcount-- > 0) {
            size_t pos = v.find(sep, i);
            if (pos == npos) break;
            if (!out.add(same_kind(self, v.substr(i, pos - i)))) return nullptr;
            ++count;
            i = pos + sep.size();
        }
        if (!out.add(count == 0 ? same_kind_unchanged(self) : same_kind(self, v.substr(i)))) return nullptr;
    }
    return split_result_list(out.items, prealloc);
}

Object* bytes_rsplit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string_view sep;
    bool has_sep;
    ssize_t maxcount;
    if (!split_args("rsplit", self, args, nargs, kwnames, &sep, &has_sep, &maxcount)) return nullptr;
    std::string_view v = self_view(self);
    Pieces out;
    ssize_t prealloc = split_prealloc(maxcount);
    size_t i = v.size();
    if (!has_sep) {
        while (maxcount-- > 0) {
            while (i > 0 && is_space(v[i - 1])) --i;
            if (i == 0) break;
            size_t j = i;
            while (i > 0 && !is_space(v[i - 1])) --i;
            if (j == v.size() && i == 0 && self->ob_type == &BytesType) {
                if (!out.add(newref(self))) return nullptr;
                break;
            }
            if (!out.add(same_kind(self, v.substr(i, j - i)))) return nullptr;
        }
        if (i > 0) {
            while (i > 0 && is_space(v[i - 1])) --i;
            if (i != 0 && !out.add(same_kind(self, v.substr(0, i)))) return nullptr;
        }
    } else {
        ssize_t count = 0;
        while (maxcount-- > 0 && i >= sep.size()) {
            size_t pos = v.substr(0, i).rfind(sep);
            if (pos == npos) break;
            if (!out.add(same_kind(self, v.substr(pos + sep.size(), i - pos - sep.size())))) return nullptr;
            ++count;
            i = pos;
        }
        if (!out.add(count == 0 ? same_kind_unchanged(self) : same_kind(self, v.substr(0, i)))) return nullptr;
    }
    std::reverse(out.items.begin(), out.items.end());
    return split_result_list(out.items, prealloc);
}

Object* bytes_splitlines(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".splitlines";
    Object* a[1];
    if (!parse_args({"splitlines", {"keepends"}, 0, 0, 0, qualified.c_str()}, args, nargs, kwnames, a)) return nullptr;
    ssize_t keepends = 0;
    if (a[0] && !as_index_arg(a[0], &keepends)) return nullptr;
    std::string_view v = self_view(self);
    Pieces out;
    size_t i = 0;
    while (i < v.size()) {
        size_t j = i;
        while (i < v.size() && v[i] != '\n' && v[i] != '\r') ++i;
        size_t eol = i;
        if (i < v.size()) {
            i += (v[i] == '\r' && i + 1 < v.size() && v[i + 1] == '\n') ? 2 : 1;
            if (keepends) eol = i;
        }
        if (j == 0 && eol == v.size() && self->ob_type == &BytesType) {
            if (!out.add(newref(self))) return nullptr;
            break;
        }
        if (!out.add(same_kind(self, v.substr(j, eol - j)))) return nullptr;
    }
    return split_result_list(out.items, 0);
}

namespace {

Object* strip_impl(const char* name, int side, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    Object* a[1];
    if (!parse_args({name, {"bytes"}, 0, 1, 0, qualified.c_str()}, args, nargs, kwnames, a)) return nullptr;
    std::string_view chars;
    bool custom = a[0] && a[0] != None();
    if (custom && !require_buffer(a[0], &chars)) return nullptr;
    std::string_view v = self_view(self);
    auto stripped = [&](char c) { return custom ? chars.find(c) != npos : is_space(c); };
    size_t i = 0, j = v.size();
    if (side & 1) {
        while (i < j && stripped(v[i])) ++i;
    }
    if (side & 2) {
        while (j > i && stripped(v[j - 1])) --j;
    }
    if (i == 0 && j == v.size()) return same_kind_unchanged(self);
    return same_kind(self, v.substr(i, j - i));
}

} // namespace

Object* bytes_strip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("strip", 3, self, args, nargs, kwnames);
}
Object* bytes_lstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("lstrip", 1, self, args, nargs, kwnames);
}
Object* bytes_rstrip(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return strip_impl("rstrip", 2, self, args, nargs, kwnames);
}

Object* bytes_join(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".join";
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return nullptr;
    Ref seq;
    if (list_check_exact(args[0]) || tuple_check_exact(args[0])) {
        seq = Ref::borrowed(args[0]);
    } else {
        Ref it(object_get_iter(args[0]));
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
    if (n == 1 && items[0]->ob_type == &BytesType && self->ob_type == &BytesType) return newref(items[0]);
    std::string_view sep = self_view(self), piece;
    std::string out;
    for (ssize_t i = 0; i < n; ++i) {
        if (!get_buffer(items[i], &piece)) {
            return type_error("sequence item %zd: expected a bytes-like object, %s found", i, type_name_of(items[i]));
        }
        if (i) out += sep;
        out += piece;
    }
    return same_kind(self, out);
}

Object* bytes_replace(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".replace";
    Object* a[3];
    if (!parse_args({"replace", {"old", "new", "count"}, 2, 3, 0, qualified.c_str()}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    std::string_view from, to;
    if (!require_buffer(a[0], &from) || !require_buffer(a[1], &to)) return nullptr;
    ssize_t max_count = -1;
    if (a[2] && !as_index_arg(a[2], &max_count)) return nullptr;
    if (max_count < 0) max_count = PTRDIFF_MAX;
    std::string_view v = self_view(self);
    std::string out;
    ssize_t done = 0;
    size_t pos = 0;
    if (from.empty()) {
        for (size_t i = 0; i <= v.size(); ++i) {
            if (done < max_count) {
                out += to;
                ++done;
            }
            if (i < v.size()) out.push_back(v[i]);
        }
    } else {
        while (done < max_count) {
            size_t hit = v.find(from, pos);
            if (hit == npos) break;
            out.append(v.substr(pos, hit - pos));
            out += to;
            pos = hit + from.size();
            ++done;
        }
        out.append(v.substr(pos));
    }
    if (done == 0) return same_kind_unchanged(self);
    return same_kind(self, out);
}

namespace {

Object* partition_impl(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, Dir dir) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return nullptr;
    std::string_view sep;
    if (!require_buffer(args[0], &sep)) return nullptr;
    if (sep.empty()) return value_error("empty separator");
    std::string_view v = self_view(self);
    size_t hit = dir == Dir::Forward ? v.find(sep) : v.rfind(sep);
    Ref parts[3];
    if (hit == npos) {
        parts[0] = Ref(dir == Dir::Forward ? same_kind_unchanged(self) : same_kind(self, {}));
        parts[1] = Ref(same_kind(self, {}));
        parts[2] = Ref(dir == Dir::Forward ? same_kind(self, {}) : same_kind_unchanged(self));
    } else {
        parts[0] = Ref(same_kind(self, v.substr(0, hit)));
        parts[1] = Ref(args[0]->ob_type == &BytesType && self->ob_type == &BytesType ? newref(args[0])
                                                                                     : same_kind(self, sep));
        parts[2] = Ref(same_kind(self, v.substr(hit + sep.size())));
    }
    if (!parts[0] || !parts[1] || !parts[2]) return nullptr;
    return tuple_pack({parts[0].get(), parts[1].get(), parts[2].get()});
}

Object* affix_impl(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, Dir dir) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return nullptr;
    std::string_view affix;
    if (!require_buffer(args[0], &affix)) return nullptr;
    std::string_view v = self_view(self);
    if (!affix.empty() && v.size() >= affix.size()) {
        if (dir == Dir::Forward && v.substr(0, affix.size()) == affix) return same_kind(self, v.substr(affix.size()));
        if (dir == Dir::Backward && v.substr(v.size() - affix.size()) == affix) {
            return same_kind(self, v.substr(0, v.size() - affix.size()));
        }
    }
    return same_kind_unchanged(self);
}

} // namespace

Object* bytes_partition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partition_impl("partition", self, args, nargs, kwnames, Dir::Forward);
}
Object* bytes_rpartition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return partition_impl("rpartition", self, args, nargs, kwnames, Dir::Backward);
}
Object* bytes_removeprefix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affix_impl("removeprefix", self, args, nargs, kwnames, Dir::Forward);
}
Object* bytes_removesuffix(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return affix_impl("removesuffix", self, args, nargs, kwnames, Dir::Backward);
}

// ---- ASCII case and classes -----------------------------------------------------------------

namespace {

enum class Case { Upper, Lower, Swap, Title, Capitalize };

Object* case_impl(const char* name, Object* self, size_t nargs, Object* kwnames, Case how) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_no_args(qualified.c_str(), nargs, kwnames)) return nullptr;
    std::string out(self_view(self));
    bool previous_is_cased = false;
    for (size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        switch (how) {
        case Case::Upper: out[i] = to_upper(c); break;
        case Case::Lower: out[i] = to_lower(c); break;
        case Case::Swap: out[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
        case Case::Capitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        case Case::Title:
            out[i] = previous_is_cased ? to_lower(c) : to_upper(c);
            previous_is_cased = is_alpha(c);
            break;
        }
    }
    return same_kind(self, out);
}

template <typename Pred> Object* all_bytes(const char* name, Object* self, size_t nargs, Object* kwnames, Pred pred) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    if (!check_no_args(qualified.c_str(), nargs, kwnames)) return nullptr;
    std::string_view v = self_view(self);
    if (v.empty()) return new_bool(false);
    for (char c : v) {
        if (!pred(c)) return new_bool(false);
    }
    return new_bool(true);
}

} // namespace

Object* bytes_upper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return case_impl("upper", self, nargs, kwnames, Case::Upper);
}
Object* bytes_lower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return case_impl("lower", self, nargs, kwnames, Case::Lower);
}
Object* bytes_swapcase(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return case_impl("swapcase", self, nargs, kwnames, Case::Swap);
}
Object* bytes_title(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return case_impl("title", self, nargs, kwnames, Case::Title);
}
Object* bytes_capitalize(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return case_impl("capitalize", self, nargs, kwnames, Case::Capitalize);
}
Object* bytes_isdigit(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_bytes("isdigit", self, nargs, kwnames, is_digit);
}
Object* bytes_isalpha(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_bytes("isalpha", self, nargs, kwnames, is_alpha);
}
Object* bytes_isalnum(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_bytes("isalnum", self, nargs, kwnames, [](char c) { return is_alpha(c) || is_digit(c); });
}
Object* bytes_isspace(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    return all_bytes("isspace", self, nargs, kwnames, is_space);
}
Object* bytes_isascii(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".isascii";
    if (!check_no_args(qualified.c_str(), nargs, kwnames)) return nullptr;
    for (char c : self_view(self)) {
        if (static_cast<unsigned char>(c) >= 0x80) return new_bool(false);
    }
    return new_bool(true);
}
Object* bytes_isupper(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".isupper";
    if (!check_no_args(qualified.c_str(), nargs, kwnames)) return nullptr;
    bool cased = false;
    for (char c : self_view(self)) {
        if (is_lower(c)) return new_bool(false);
        cased |= is_upper(c);
    }
    return new_bool(cased);
}
Object* bytes_islower(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".islower";
    if (!check_no_args(qualified.c_str(), nargs, kwnames)) return nullptr;
    bool cased = false;
    for (char c : self_view(self)) {
        if (is_upper(c)) return new_bool(false);
        cased |= is_lower(c);
    }
    return new_bool(cased);
}

// ---- Padding --------------------------------------------------------------------------------

namespace {

Object* justify(const char* name, Object* self, Object* const* args, size_t nargs, Object* kwnames, int align) {
    std::string qualified = std::string(type_name_of(self)) + "." + name;
    Object* a[2];
    if (!parse_args({name, {"width", "fillchar"}, 1, 2, 0, qualified.c_str()}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    ssize_t width;
    if (!as_index_arg(a[0], &width)) return nullptr;
    char fill = ' ';
    if (a[1]) {
        std::string_view f;
        if (!get_buffer(a[1], &f) || f.size() != 1) {
            return type_error("%s() argument 2 must be a byte string of length 1, not %s", name, type_name_of(a[1]));
        }
        fill = f[0];
    }
    std::string_view v = self_view(self);
    ssize_t len = static_cast<ssize_t>(v.size());
    if (len >= width) return same_kind_unchanged(self);
    ssize_t marg = width - len;
    ssize_t left = align == 0 ? 0 : align == 2 ? marg : marg / 2 + (marg & width & 1);
    std::string out(static_cast<size_t>(left), fill);
    out += v;
    out.append(static_cast<size_t>(marg - left), fill);
    return same_kind(self, out);
}

} // namespace

Object* bytes_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("ljust", self, args, nargs, kwnames, 0);
}
Object* bytes_center(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("center", self, args, nargs, kwnames, 1);
}
Object* bytes_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("rjust", self, args, nargs, kwnames, 2);
}

Object* bytes_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".zfill";
    if (!check_one_arg(qualified.c_str(), nargs, kwnames)) return nullptr;
    ssize_t width;
    if (!as_index_arg(args[0], &width)) return nullptr;
    std::string_view v = self_view(self);
    if (static_cast<ssize_t>(v.size()) >= width) return same_kind_unchanged(self);
    std::string out(static_cast<size_t>(width) - v.size(), '0');
    out += v;
    size_t fill = static_cast<size_t>(width) - v.size();
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out[0] = v[0];
        out[fill] = '0';
    }
    return same_kind(self, out);
}

// ---- decode / hex ---------------------------------------------------------------------------

Object* bytes_decode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".decode";
    Object* a[2];
    if (!parse_args({"decode", {"encoding", "errors"}, 0, 0, 0, qualified.c_str()}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    Codec codec;
    CodecErrors handler;
    if (!parse_codec_args("decode", a[0], a[1], &codec, &handler)) return nullptr;
    return bytes_decode_with(self_view(self), codec, handler);
}

Object* bytes_hex(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string qualified = std::string(type_name_of(self)) + ".hex";
    Object* a[2];
    if (!parse_args({"hex", {"sep", "bytes_per_sep"}, 0, 0, 0, qualified.c_str()}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    char sep = 0;
    if (a[0]) {
        std::string_view s;
        if (str_check(a[0])) {
            s = str_view(a[0]);
            if (str_length(a[0]) != 1) return value_error("sep must be length 1.");
        } else if (!get_buffer(a[0], &s)) {
            return type_error("sep must be str or bytes.");
        } else if (s.size() != 1) {
            return value_error("sep must be length 1.");
        }
        if (static_cast<unsigned char>(s[0]) >= 0x80) return value_error("sep must be ASCII.");
        sep = s[0];
    }
    ssize_t group = 1;
    if (a[1] && !as_index_arg(a[1], &group)) return nullptr;
    std::string_view v = self_view(self);
    static const char hex[] = "0123456789abcdef";
    std::string out;
    ssize_t n = static_cast<ssize_t>(v.size());
    ssize_t per = group < 0 ? -group : group;
    for (ssize_t i = 0; i < n; ++i) {
        // Separators count groups from the right for a positive bytes_per_sep, from the left otherwise.
        if (sep && per > 0 && i > 0) {
            bool boundary = group > 0 ? (n - i) % per == 0 : i % per == 0;
            if (boundary) out.push_back(sep);
        }
        auto c = static_cast<unsigned char>(v[static_cast<size_t>(i)]);
        out.push_back(hex[c >> 4]);
        out.push_back(hex[c & 15]);
    }
    return str_from_ascii(out);
}

} // namespace hs
