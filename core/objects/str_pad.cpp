// str methods that pad or re-map characters: center/ljust/rjust/zfill, expandtabs,
// maketrans/translate.
#include "objects/str_impl.h"

#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

namespace hs {

namespace {

enum class Align { Left, Right, Center };

// CPython's pad(): `left` copies of fill, the text, then `right` copies.
Object* pad(Object* self, ssize_t left, ssize_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return str_result_unchanged(self);
    StrBuilder b;
    b.reserve(static_cast<size_t>(str_utf8_length(self) + (left + right) * unicode::encoded_size(fill)));
    b.append_repeated(fill, left);
    b.append_str(self);
    b.append_repeated(fill, right);
    return b.finish_fresh();
}

Object* justify(const char* name, const char* qualified, Object* self, Object* const* args, size_t nargs,
                Object* kwnames, Align align) {
    Object* a[2];
    if (!parse_args({name, {"width", "fillchar"}, 1, 2, 0, qualified}, args, nargs, kwnames, a)) return nullptr;
    ssize_t width;
    if (!as_index_arg(a[0], &width)) return nullptr;
    uint32_t fill = ' ';
    if (a[1]) {
        if (!str_check(a[1])) {
            return type_error("The fill character must be a unicode character, not %s", type_name_of(a[1]));
        }
        if (str_length(a[1]) != 1) return type_error("The fill character must be exactly one character long");
        fill = str_char_at(a[1], 0);
    }
    ssize_t len = str_length(self);
    if (len >= width) return str_result_unchanged(self);
    ssize_t marg = width - len;
    switch (align) {
    case Align::Left: return pad(self, 0, marg, fill);
    case Align::Right: return pad(self, marg, 0, fill);
    case Align::Center: {
        ssize_t left = marg / 2 + (marg & width & 1);
        return pad(self, left, marg - left, fill);
    }
    }
    return nullptr;
}

} // namespace

Object* str_center(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("center", "str.center", self, args, nargs, kwnames, Align::Center);
}
Object* str_ljust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("ljust", "str.ljust", self, args, nargs, kwnames, Align::Left);
}
Object* str_rjust(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    return justify("rjust", "str.rjust", self, args, nargs, kwnames, Align::Right);
}

Object* str_zfill(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.zfill", nargs, kwnames)) return nullptr;
    ssize_t width;
    if (!as_index_arg(args[0], &width)) return nullptr;
    ssize_t len = str_length(self);
    if (len >= width) return str_result_unchanged(self);
    ssize_t fill = width - len;
    std::string_view v = str_view(self);
    StrBuilder b;
    b.reserve(static_cast<size_t>(fill) + v.size());
    // A leading sign stays in front of the zeros.
    size_t rest = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        b.append_ascii_char(v[0]);
        rest = 1;
    }
    b.append_repeated('0', fill);
    b.append_utf8(v.substr(rest), len - static_cast<ssize_t>(rest), str_max_char(self));
    return b.finish_fresh();
}

Object* str_expandtabs(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1];
    if (!parse_args({"expandtabs", {"tabsize"}, 0, 0, 0, "str.expandtabs"}, args, nargs, kwnames, a)) return nullptr;
    ssize_t tabsize = 8;
    if (a[0] && !as_index_arg(a[0], &tabsize)) return nullptr;
    std::string_view v = str_view(self);
    if (v.find('\t') == std::string_view::npos) return str_result_unchanged(self);
    StrBuilder b;
    ssize_t column = 0;
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end) {
        uint32_t cp = unicode::decode(p);
        if (cp == '\t') {
            if (tabsize > 0) {
                ssize_t incr = tabsize - (column % tabsize);
                b.append_repeated(' ', incr);
                column += incr;
            }
            continue;
        }
        b.append_char(cp);
        ++column;
        if (cp == '\n' || cp == '\r') column = 0;
    }
    return b.finish_fresh();
}

// ---- maketrans / translate ------------------------------------------------------------------

namespace {

const char* arg_type(Object* o) { return o == None() ? "None" : type_name_of(o); }

int put_ord(Object* dict, uint32_t key, Object* value) {
    Ref k(int_from_int64(key));
    if (!k) return -1;
    return dict_setitem(dict, k.get(), value);
}

} // namespace

Object* str_maketrans(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    if (!parse_args({"maketrans", {"x", "y", "z"}, 1, 3, 0, "str.maketrans"}, args, nargs, kwnames, a)) {
        return nullptr;
    }
    for (int i = 1; i < 3; ++i) {
        if (a[i] && !str_check(a[i])) {
            return type_error("maketrans() argument %d must be str, not %s", i + 1, arg_type(a[i]));
        }
    }
    Ref result(dict_new());
    if (!result) return nullptr;
    Object* x = a[0];
    if (!a[1]) {
        if (!dict_check(x)) return type_error("if you give only one argument to maketrans it must be a dict");
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(x, &pos, &key, &value)) {
            if (str_check(key)) {
                if (str_length(key) != 1) return value_error("string keys in translate table must be of length 1");
                if (put_ord(result.get(), str_char_at(key, 0), value) < 0) return nullptr;
            } else if (int_check(key)) {
                if (dict_setitem(result.get(), key, value) < 0) return nullptr;
            } else {
                return type_error("keys in translate table must be strings or integers");
            }
        }
        return result.release();
    }
    if (!str_check(x)) return type_error("first maketrans argument must be a string if there is a second argument");
    Object* y = a[1];
    if (str_length(x) != str_length(y)) {
        return value_error("the first two maketrans arguments must have equal length");
    }
    std::string_view xv = str_view(x), yv = str_view(y);
    const char* px = xv.data();
    const char* py = yv.data();
    for (ssize_t i = 0; i < str_length(x); ++i) {
        Ref to(int_from_int64(unicode::decode(py)));
        if (!to || put_ord(result.get(), unicode::decode(px), to.get()) < 0) return nullptr;
    }
    if (Object* z = a[2]) {
        std::string_view zv = str_view(z);
        for (const char* p = zv.data(); p < zv.data() + zv.size();) {
            if (put_ord(result.get(), unicode::decode(p), None()) < 0) return nullptr;
        }
    }
    return result.release();
}

Object* str_translate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.translate", nargs, kwnames)) return nullptr;
    Object* table = args[0];
    std::string_view v = str_view(self);
    StrBuilder b;
    b.reserve(v.size());
    for (const char* p = v.data(); p < v.data() + v.size();) {
        uint32_t cp = unicode::decode(p);
        Ref key(int_from_int64(cp));
        if (!key) return nullptr;
        Ref mapped(object_getitem(table, key.get()));
        if (!mapped) {
            if (!error_matches(&LookupErrorType)) return nullptr;
            clear_error();
            b.append_char(cp);
            continue;
        }
        Object* m = mapped.get();
        if (m == None()) continue;
        if (int_check(m)) {
            bool overflow = false;
            int64_t c = int_as_int64(m, &overflow);
            if (overflow || c < 0 || c >= 0x110000) return value_error("character mapping must be in range(0x110000)");
            b.append_char(static_cast<uint32_t>(c));
        } else if (str_check(m)) {
            b.append_str(m);
        } else {
            return type_error("character mapping must return integer, None or str");
        }
    }
    return b.finish();
}

} // namespace hs
