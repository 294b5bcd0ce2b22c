// printf-style formatting: str % args (CPython's PyUnicode_Format), with its argument rules
// (a tuple gives the arguments, a mapping serves %(name)s, anything else is one argument)
// and its messages.
#include "objects/str_bytes.h"

#include "numeric/bigint.h"
#include "numeric/printf_format.h"
#include "objects/exceptions.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#include <string>

namespace hs {

namespace {

using numeric::FormatResult;
using numeric::PrintfSpec;

// Where the arguments come from (CPython's unicode_formatter_t): a tuple gives them in order,
// any other value is the single argument, and a mapping also serves %(key) lookups.
struct Arguments {
    Object* args;
    ssize_t arglen;
    ssize_t argidx;
    Object* dict = nullptr;
    Ref keyed;  // the value of the current %(key) conversion

    Object* next() {  // borrowed
        if (argidx < arglen) {
            ssize_t i = argidx++;
            if (keyed) return keyed.get();
            return arglen < 0 ? args : tuple_items(args)[i];
        }
        set_error(&TypeErrorType, numeric::kPrintfNotEnoughArguments);
        return nullptr;
    }
};

bool raise_result(const numeric::FormatError& e) {
    TypeObject* type = e.kind == numeric::ErrorKind::type_error       ? &TypeErrorType
                       : e.kind == numeric::ErrorKind::overflow_error ? &OverflowErrorType
                                                                      : &ValueErrorType;
    set_error(type, e.message);
    return false;
}

bool append_result(std::string& out, FormatResult r) {
    if (!r.ok()) return raise_result({r.error_kind(), r.error_message()});
    out += r.text();
    return true;
}

// A '*' width or precision.
bool star_value(Arguments& a, int64_t* out) {
    Object* v = a.next();
    if (!v) return false;
    if (!int_check(v)) {
        type_error("%s", numeric::kPrintfStarWantsInt);
        return false;
    }
    bool overflow = false;
    *out = int_as_int64(v, &overflow);
    if (overflow) {
        set_error(&OverflowErrorType, "Python int too large to convert to C int");
        return false;
    }
    return true;
}

// %d %i %u %o %x %X: int() (or index() for o x X) of the value, then the digits.
bool format_integer(std::string& out, Object* v, const PrintfSpec& spec) {
    uint32_t c = spec.conversion;
    Ref iobj;
    if (int_check(v)) {
        iobj = Ref::borrowed(v);
    } else {
        bool index_only = c == 'o' || c == 'x' || c == 'X';
        TypeObject* t = v->ob_type;
        if (index_only) {
            if (t->nb_index) iobj = Ref(number_index(v));
        } else if (t->nb_int) {
            iobj = Ref(t->nb_int(v));
        } else if (t->nb_index) {
            iobj = Ref(number_index(v));
        } else if (float_check(v)) {
            iobj = Ref(int_from_double(float_as_double(v)));
        }
        if (!iobj) {
            if (!error_occurred() || error_matches(&TypeErrorType)) {
                clear_error();
                set_error(&TypeErrorType, numeric::printf_wrong_type_message(c, type_name_of(v)));
            }
            return false;
        }
    }
    return append_result(out, numeric::printf_int(int_to_bigint(iobj.get()), spec));
}

bool format_char(std::string& out, Object* v, const PrintfSpec& spec) {
    if (str_check(v)) {
        if (str_length(v) != 1) return type_error("%s", numeric::kPrintfCharNeedsIntOrChar), false;
        return append_result(out, numeric::printf_str(str_view(v), spec));
    }
    if (!int_check(v) && !v->ob_type->nb_index) return type_error("%s", numeric::kPrintfCharNeedsIntOrChar), false;
    Ref iv(number_index(v));
    if (!iv) return false;
    return append_result(out, numeric::printf_char(int_to_bigint(iv.get()), spec));
}

enum class Mode { Str, Bytes };

// Pads bytes for %b %s %r %a %c of bytes formatting: widths and precisions count bytes.
void pad_bytes(std::string& out, std::string_view text, const PrintfSpec& spec) {
    if (spec.precision >= 0 && static_cast<int64_t>(text.size()) > spec.precision) {
        text = text.substr(0, static_cast<size_t>(spec.precision));
    }
    int64_t fill = spec.width - static_cast<int64_t>(text.size());
    if (fill > 0 && !spec.left) out.append(static_cast<size_t>(fill), ' ');
    out += text;
    if (fill > 0 && spec.left) out.append(static_cast<size_t>(fill), ' ');
}

// %b / %s of bytes formatting: a bytes-like object or one with __bytes__.
bool format_bytes_arg(std::string& out, Object* v, const PrintfSpec& spec) {
    std::string_view data;
    if (get_buffer(v, &data)) {
        pad_bytes(out, data, spec);
        return true;
    }
    if (type_lookup(v->ob_type, intern("__bytes__"))) {
        Ref b(call_special(v, "__bytes__", {}));
        if (!b) return false;
        if (!bytes_check(b.get())) {
            type_error("__bytes__ returned non-bytes (type %s)", type_name_of(b.get()));
            return false;
        }
        pad_bytes(out, bytes_view(b.get()), spec);
        return true;
    }
    type_error("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
               type_name_of(v));
    return false;
}

bool format_bytes_char(std::string& out, Object* v, const PrintfSpec& spec) {
    std::string_view data;
    char c;
    if (get_buffer(v, &data) && data.size() == 1) {
        c = data[0];
    } else if (int_check(v) || v->ob_type->nb_index) {
        Ref iv(number_index(v));
        if (!iv) return false;
        bool overflow = false;
        int64_t x = int_as_int64(iv.get(), &overflow);
        if (overflow || x < 0 || x > 255) {
            set_error(&OverflowErrorType, "%c arg not in range(256)");
            return false;
        }
        c = static_cast<char>(x);
    } else {
        type_error("%%c requires an integer in range(256) or a single byte");
        return false;
    }
    pad_bytes(out, std::string_view(&c, 1), spec);
    return true;
}

bool format_one(std::string& out, Object* v, const PrintfSpec& spec, std::string_view fmt, Mode mode) {
    switch (spec.conversion) {
    case 'b':
        if (mode == Mode::Str) break;
        return format_bytes_arg(out, v, spec);
    case 's':
        if (mode == Mode::Bytes) return format_bytes_arg(out, v, spec);
        [[fallthrough]];
    case 'r':
    case 'a': {
        bool use_repr = spec.conversion == 'r' && mode == Mode::Str;
        Ref text(spec.conversion == 's' ? object_str(v) : use_repr ? object_repr(v) : object_ascii(v));
        if (!text) return false;
        if (mode == Mode::Bytes) {
            pad_bytes(out, str_view(text.get()), spec);
            return true;
        }
        return append_result(out, numeric::printf_str(str_view(text.get()), spec));
    }
    case 'd':
    case 'i':
    case 'u':
    case 'o':
    case 'x':
    case 'X':
        return format_integer(out, v, spec);
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        double x = float_as_double(v);
        if (x == -1.0 && error_occurred()) return false;
        return append_result(out, numeric::printf_float(x, spec));
    }
    case 'c':
        return mode == Mode::Bytes ? format_bytes_char(out, v, spec) : format_char(out, v, spec);
    default:
        break;
    }
    return raise_result(numeric::printf_unsupported_error(fmt, spec));
}

// The formatting loop shared by str % args and bytes % args. Returns false with an error set.
// *converted tells whether any conversion (other than %%) was made.
bool format_all(std::string_view fmt, Object* args, Mode mode, std::string& out, bool* converted) {
    Arguments a;
    bool is_tuple = tuple_check(args);
    a.args = args;
    a.arglen = is_tuple ? tuple_size(args) : -1;
    a.argidx = is_tuple ? 0 : -2;
    // PyMapping_Check: anything subscriptable but a tuple or a str (or bytes-like, for bytes
    // formatting) serves %(key).
    std::string_view buf;
    bool excluded = is_tuple || str_check(args) || (mode == Mode::Bytes && get_buffer(args, &buf));
    if (!excluded && args->ob_type->mp_subscript) a.dict = args;
    out.reserve(fmt.size() + 16);
    *converted = false;
    size_t pos = 0;
    while (pos < fmt.size()) {
        size_t pct = fmt.find('%', pos);
        if (pct == std::string_view::npos) {
            out.append(fmt.substr(pos));
            break;
        }
        out.append(fmt.substr(pos, pct - pos));
        numeric::PrintfParseResult parsed = numeric::parse_printf_spec(fmt, pct + 1);
        PrintfSpec& spec = parsed.spec;
        if (spec.has_key && !a.dict) return type_error("%s", numeric::kPrintfNeedsMapping), false;
        bool key_error = parsed.error && spec.has_key && parsed.error->message == "incomplete format key";
        if (key_error) return raise_result(*parsed.error);
        if (spec.has_key) {
            Ref key(mode == Mode::Str ? str_from_utf8(spec.key) : bytes_from(spec.key));
            if (!key) return false;
            Object* value = object_getitem(a.dict, key.get());
            if (!value) return false;
            a.keyed = Ref(value);
            a.arglen = -1;
            a.argidx = -2;
        }
        if (spec.width_star) {
            int64_t w;
            if (!star_value(a, &w)) return false;
            numeric::set_star_width(spec, w);
        }
        if (spec.precision_star) {
            int64_t p;
            if (!star_value(a, &p)) return false;
            numeric::set_star_precision(spec, p);
        }
        if (parsed.error) return raise_result(*parsed.error);
        pos = spec.end;
        if (spec.literal_percent) {
            out.push_back('%');
            continue;
        }
        *converted = true;
        Object* v = a.next();
        if (!v) return false;
        if (!format_one(out, v, spec, fmt, mode)) return false;
        if (a.keyed) {
            a.keyed.reset();
            a.arglen = -1;
            a.argidx = -2;
        }
    }
    if (a.argidx < a.arglen && !a.dict) {
        type_error("%s", mode == Mode::Str ? numeric::kPrintfNotAllConverted
                                           : "not all arguments converted during bytes formatting");
        return false;
    }
    return true;
}

} // namespace

Object* str_mod(Object* format, Object* args) {
    std::string_view fmt = str_view(format);
    std::string out;
    bool converted;
    if (!format_all(fmt, args, Mode::Str, out, &converted)) return nullptr;
    // A template without conversions gives the same object back ('abc' % () is 'abc'), and
    // "%s" % s with an exact str gives s itself, as CPython's writer does.
    if (!converted && out.size() == fmt.size()) return str_result_unchanged(format);
    if (fmt == "%s") {
        Object* v = tuple_check(args) ? tuple_items(args)[0] : args;
        if (str_check_exact(v)) return newref(v);
    }
    return str_from_utf8(out);
}

Object* bytes_mod(Object* format, Object* args) {
    std::string out;
    bool converted;
    if (!format_all(self_view(format), args, Mode::Bytes, out, &converted)) return nullptr;
    return same_kind(format, out);
}

} // namespace hs
