// str.format / str.format_map (PEP 3101 markup), str.__format__, and the f-string helpers
// the VM uses (BUILD_STRING, FORMAT_VALUE). Parsing follows CPython's MarkupIterator and
// parse_field, so malformed templates raise the same errors.
#include "objects/str_impl.h"

#include "numeric/format_spec.h"

#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cstring>

namespace hs {

// ---- str.__format__ -------------------------------------------------------------------------

// format(s, spec) for a str s: the mini-language is numeric::format_str's. A result equal to s
// is s itself when s is an exact str (CPython's writer hands back the same object).
Object* str_format_spec(Object* s, Object* spec_obj) {
    if (str_length(spec_obj) == 0) return str_result_unchanged(s);
    numeric::FormatResult r = numeric::format_str(str_view(s), str_view(spec_obj));
    if (!r.ok()) {
        TypeObject* type = r.error_kind() == numeric::ErrorKind::type_error       ? &TypeErrorType
                           : r.error_kind() == numeric::ErrorKind::overflow_error ? &OverflowErrorType
                                                                                  : &ValueErrorType;
        set_error(type, r.error_message());
        return nullptr;
    }
    if (r.text() == str_view(s)) return str_result_unchanged(s);
    return str_from_utf8(r.text());
}

Object* str_dunder_format(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.__format__", nargs, kwnames)) return nullptr;
    if (!str_check(args[0])) {
        return type_error("__format__() argument must be str, not %s", type_name_of(args[0]));
    }
    return str_format_spec(self, args[0]);
}

// ---- str.format -----------------------------------------------------------------------------

namespace {

enum class AutoNumber { Init, Auto, Manual };

struct FormatArgs {
    Object* const* args = nullptr;  // positional (nullptr for format_map)
    size_t nargs = 0;
    Object* kwnames = nullptr;      // str.format: keyword names, values at args[nargs...]
    Object* mapping = nullptr;      // format_map: looked up with getitem
    AutoNumber state = AutoNumber::Init;
    ssize_t next_index = 0;
};

// Digits only: the value, -1 when not a number (or empty), -2 on overflow (error set).
ssize_t field_integer(std::string_view s) {
    if (s.empty()) return -1;
    ssize_t value = 0;
    for (const char* p = s.data(); p < s.data() + s.size();) {
        int d = unicode::decimal_value(unicode::decode(p));
        if (d < 0) return -1;
        if (value > (PTRDIFF_MAX - d) / 10) {
            value_error("Too many decimal digits in format string");
            return -2;
        }
        value = value * 10 + d;
    }
    return value;
}

Object* lookup_first(std::string_view first, FormatArgs& fa) {
    ssize_t index = field_integer(first);
    if (index == -2) return nullptr;
    bool empty = first.empty();
    bool numeric = empty || index != -1;
    if (numeric) {
        if (fa.state == AutoNumber::Init) fa.state = empty ? AutoNumber::Auto : AutoNumber::Manual;
        if (fa.state == AutoNumber::Manual && empty) {
            return value_error("cannot switch from manual field specification to automatic field numbering");
        }
        if (fa.state == AutoNumber::Auto && !empty) {
            return value_error("cannot switch from automatic field numbering to manual field specification");
        }
        if (empty) index = fa.next_index++;
    }
    if (index == -1) {
        Ref key(str_from_utf8(first));
        if (!key) return nullptr;
        if (fa.mapping) return object_getitem(fa.mapping, key.get());
        size_t nk = kwnames_count(fa.kwnames);
        for (size_t i = 0; i < nk; ++i) {
            if (str_equal(tuple_items(fa.kwnames)[i], key.get())) return newref(fa.args[fa.nargs + i]);
        }
        set_error_object(&KeyErrorType, key.get());
        return nullptr;
    }
    if (fa.mapping) return value_error("Format string contains positional fields");
    if (static_cast<size_t>(index) >= fa.nargs) {
        set_error_format(&IndexErrorType, "Replacement index %zd out of range for positional args tuple", index);
        return nullptr;
    }
    return newref(fa.args[index]);
}

// The object a field name designates: "0", "name", "0.attr", "name[key][0]".
Object* field_object(std::string_view name, FormatArgs& fa) {
    size_t i = 0;
    while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
    Ref obj(lookup_first(name.substr(0, i), fa));
    if (!obj) return nullptr;
    while (i < name.size()) {
        char c = name[i++];
        std::string_view part;
        Ref next;
        if (c == '.') {
            size_t start = i;
            while (i < name.size() && name[i] != '.' && name[i] != '[') ++i;
            part = name.substr(start, i - start);
            if (part.empty()) return value_error("Empty attribute in format string");
            Ref attr(str_from_utf8(part));
            if (!attr) return nullptr;
            next = Ref(object_getattr(obj.get(), attr.get()));
        } else if (c == '[') {
            size_t start = i;
            while (i < name.size() && name[i] != ']') ++i;
            if (i >= name.size()) return value_error("Missing ']' in format string");
            part = name.substr(start, i - start);
            ++i;
            if (part.empty()) return value_error("Empty attribute in format string");
            ssize_t index = field_integer(part);
            if (index == -2) return nullptr;
            Ref key(index >= 0 ? int_from_int64(index) : str_from_utf8(part));
            if (!key) return nullptr;
            next = Ref(object_getitem(obj.get(), key.get()));
        } else {
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!next) return nullptr;
        obj = std::move(next);
    }
    return obj.release();
}

Object* convert_field(Object* obj, uint32_t conversion) {
    switch (conversion) {
    case 'r': return object_repr(obj);
    case 's': return object_str(obj);
    case 'a': return object_ascii(obj);
    default:
        if (conversion > 32 && conversion < 127) {
            set_error_format(&ValueErrorType, "Unknown conversion specifier %c", static_cast<char>(conversion));
        } else {
            set_error_format(&ValueErrorType, "Unknown conversion specifier \\x%x", static_cast<unsigned>(conversion));
        }
        return nullptr;
    }
}

bool build_string(std::string_view input, FormatArgs& fa, int depth, std::string& out, Object** only);

// One replacement field: `text` starts right after its '{'; on success `consumed` covers
// everything up to and including the closing '}'.
bool output_field(std::string_view text, size_t& consumed, FormatArgs& fa, int depth, std::string& out,
                  Object** only) {
    size_t pos = 0;
    char c = 0;
    // The field name ends at ':', '!' or '}' (brackets may contain them).
    while (pos < text.size()) {
        c = text[pos++];
        if (c == '{') return value_error("unexpected '{' in field name"), false;
        if (c == '[') {
            while (pos < text.size() && text[pos] != ']') ++pos;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    if (pos >= text.size() && c != '}' && c != ':' && c != '!') {
        return value_error("expected '}' before end of string"), false;
    }
    std::string_view name = text.substr(0, pos - 1);
    uint32_t conversion = 0;
    std::string_view spec;
    bool spec_needs_expanding = false;
    if (c == '!' || c == ':') {
        bool done = false;
        if (c == '!') {
            if (pos >= text.size()) return value_error("end of string while looking for conversion specifier"), false;
            const char* p = text.data() + pos;
            conversion = unicode::decode(p);
            pos = static_cast<size_t>(p - text.data());
            if (pos < text.size()) {
                char d = text[pos++];
                if (d == '}') done = true;
                else if (d != ':') return value_error("expected ':' after conversion specifier"), false;
            }
        }
        if (!done) {
            size_t start = pos;
            int count = 1;
            bool closed = false;
            while (pos < text.size()) {
                char d = text[pos++];
                if (d == '{') {
                    spec_needs_expanding = true;
                    ++count;
                } else if (d == '}' && --count == 0) {
                    spec = text.substr(start, pos - 1 - start);
                    closed = true;
                    break;
                }
            }
            if (!closed) return value_error("unmatched '{' in format spec"), false;
        }
    } else if (c != '}') {
        return value_error("expected '}' before end of string"), false;
    }
    consumed = pos;

    Ref obj(field_object(name, fa));
    if (!obj) return false;
    if (conversion) {
        obj = Ref(convert_field(obj.get(), conversion));
        if (!obj) return false;
    }
    Ref spec_obj;
    if (spec_needs_expanding) {
        std::string expanded;
        if (!build_string(spec, fa, depth - 1, expanded, nullptr)) return false;
        spec_obj = Ref(str_from_utf8(expanded));
    } else {
        spec_obj = Ref(str_from_utf8(spec));
    }
    if (!spec_obj) return false;
    Ref rendered(str_check_exact(obj.get()) ? str_format_spec(obj.get(), spec_obj.get())
                                            : object_format(obj.get(), spec_obj.get()));
    if (!rendered) return false;
    if (!str_check(rendered.get())) {
        type_error("__format__ must return a str, not %s", type_name_of(rendered.get()));
        return false;
    }
    if (only) *only = rendered.release();
    else out.append(str_view(rendered.get()));
    return true;
}

// Expands `input` into out. When `only` is given and the template is exactly one field, the
// field's rendering is returned there instead (so "{}".format(s) can be s itself).
bool build_string(std::string_view input, FormatArgs& fa, int depth, std::string& out, Object** only) {
    if (depth <= 0) return value_error("Max string recursion exceeded"), false;
    size_t pos = 0;
    while (pos < input.size()) {
        size_t start = pos;
        char c = 0;
        bool markup = false;
        while (pos < input.size()) {
            c = input[pos++];
            if (c == '{' || c == '}') {
                markup = true;
                break;
            }
        }
        bool at_end = pos >= input.size();
        size_t len = pos - start;
        if (c == '}' && markup && (at_end || input[pos] != '}')) {
            return value_error("Single '}' encountered in format string"), false;
        }
        if (at_end && c == '{' && markup) return value_error("Single '{' encountered in format string"), false;
        if (markup) {
            if (input[pos] == c) {
                ++pos;  // an escaped brace: literal text including one brace
                markup = false;
            } else {
                --len;
            }
        }
        if (len) {
            out.append(input.substr(start, len));
            only = nullptr;
        }
        if (markup) {
            size_t consumed = 0;
            bool alone = only && start == 0 && len == 0;
            Object* single = nullptr;
            if (!output_field(input.substr(pos), consumed, fa, depth, out, alone ? &single : nullptr)) return false;
            pos += consumed;
            if (alone) {
                if (pos >= input.size()) {
                    *only = single;
                    return true;
                }
                out.append(str_view(single));
                decref(single);
            }
            only = nullptr;
        }
    }
    return true;
}

Object* do_format(Object* self, FormatArgs& fa) {
    std::string_view v = str_view(self);
    if (v.find('{') == std::string_view::npos && v.find('}') == std::string_view::npos) {
        return str_result_unchanged(self);
    }
    std::string out;
    Object* single = nullptr;
    if (!build_string(v, fa, 2, out, &single)) return nullptr;
    if (single) return single;
    return str_from_utf8(out);
}

} // namespace

Object* str_format_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    FormatArgs fa;
    fa.args = args;
    fa.nargs = nargs;
    fa.kwnames = kwnames;
    return do_format(self, fa);
}

Object* str_format_map(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("str.format_map", nargs, kwnames)) return nullptr;
    FormatArgs fa;
    fa.mapping = args[0];
    return do_format(self, fa);
}

// ---- f-strings ------------------------------------------------------------------------------

Object* str_join_fstring(Object* const* pieces, size_t n) {
    if (n == 0) return str_empty();
    if (n == 1 && str_check_exact(pieces[0])) return newref(pieces[0]);
    Ref sep(str_empty());
    return str_join_array(sep.get(), pieces, static_cast<ssize_t>(n));
}

Object* str_format_value(Object* value, int conversion, Object* spec) {
    Ref converted;
    switch (conversion) {
    case 's': case 1: converted = Ref(object_str(value)); break;
    case 'r': case 2: converted = Ref(object_repr(value)); break;
    case 'a': case 3: converted = Ref(object_ascii(value)); break;
    default: converted = Ref::borrowed(value); break;
    }
    if (!converted) return nullptr;
    if (!spec && str_check_exact(converted.get())) return converted.release();
    if (str_check_exact(converted.get()) && spec && str_check(spec)) return str_format_spec(converted.get(), spec);
    return object_format(converted.get(), spec);
}

} // namespace hs
