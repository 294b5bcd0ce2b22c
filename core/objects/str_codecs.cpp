// The codecs heapscope knows (utf-8, ascii, latin-1) with CPython's error handlers and
// messages: str.encode, bytes.decode, str(bytes, encoding), bytes(str, encoding).
#include "objects/str_impl.h"

#include "objects/bytesobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/tupleobject.h"
#include "runtime/args.h"
#include "runtime/errors.h"

#include <cctype>
#include <vector>
#include <string>

namespace hs {

namespace {

// CPython's encodings.normalize_encoding + lower(): runs of other characters become one '_'.
std::string normalize_encoding(std::string_view name) {
    std::string out;
    bool pending = false;
    for (char c : name) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '.') {
            if (pending && !out.empty()) out.push_back('_');
            pending = false;
            out.push_back(static_cast<char>(std::tolower(u)));
        } else {
            pending = true;
        }
    }
    return out;
}

bool one_of(std::string_view s, std::initializer_list<std::string_view> names) {
    for (std::string_view n : names) {
        if (s == n) return true;
    }
    return false;
}

const char* codec_name(Codec c) {
    switch (c) {
    case Codec::Utf8: return "utf-8";
    case Codec::Ascii: return "ascii";
    case Codec::Latin1: return "latin-1";
    }
    return "";
}

// The error handler is resolved when an error happens, as CPython does (so "abc".encode("ascii",
// "bogus") succeeds). parse_codec_args keeps the name here until then.
thread_local std::string g_pending_handler;

bool resolve_handler(CodecErrors* h) {
    if (*h != CodecErrors::Unknown) return true;
    set_error(&LookupErrorType, "unknown error handler name '" + g_pending_handler + "'");
    return false;
}

void append_hex(std::string& out, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int i = digits - 1; i >= 0; --i) out.push_back(hex[(v >> (4 * i)) & 0xF]);
}

std::string char_escape(uint32_t cp) {
    std::string s = "\\";
    if (cp < 0x100) {
        s += 'x';
        append_hex(s, cp, 2);
    } else if (cp < 0x10000) {
        s += 'u';
        append_hex(s, cp, 4);
    } else {
        s += 'U';
        append_hex(s, cp, 8);
    }
    return s;
}

// Raises UnicodeEncodeError / UnicodeDecodeError with CPython's five arguments (encoding,
// object, start, end, reason); the exception type formats the message from them.
Object* codec_error(TypeObject* type, Codec codec, Object* object, ssize_t start, ssize_t end, const char* reason) {
    Ref encoding(str_from_ascii(codec_name(codec)));
    Ref s(int_from_int64(start)), e(int_from_int64(end));
    Ref why(str_from_ascii(reason));
    if (!encoding || !s || !e || !why) return nullptr;
    Ref args(tuple_pack({encoding.get(), object, s.get(), e.get(), why.get()}));
    if (!args) return nullptr;
    set_error_object(type, args.get());
    return nullptr;
}

Object* encode_error(Codec codec, Object* s, ssize_t start, ssize_t end, const char* reason) {
    return codec_error(&UnicodeEncodeErrorType, codec, s, start, end, reason);
}

} // namespace

bool lookup_codec(std::string_view name, Codec* out) {
    std::string n = normalize_encoding(name);
    if (one_of(n, {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})) {
        *out = Codec::Utf8;
    } else if (one_of(n, {"ascii", "us_ascii", "646", "us", "cp367", "csascii", "ibm367", "iso646_us",
                          "iso_646.irv_1991", "iso_ir_6", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986"})) {
        *out = Codec::Ascii;
    } else if (one_of(n, {"latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso8859", "8859", "cp819",
                          "ibm819", "csisolatin1", "iso_8859_1_1987", "iso_ir_100"})) {
        *out = Codec::Latin1;
    } else {
        set_error(&LookupErrorType, "unknown encoding: " + std::string(name));
        return false;
    }
    return true;
}

bool lookup_codec_errors(std::string_view name, CodecErrors* out) {
    if (name == "strict") *out = CodecErrors::Strict;
    else if (name == "ignore") *out = CodecErrors::Ignore;
    else if (name == "replace") *out = CodecErrors::Replace;
    else if (name == "backslashreplace") *out = CodecErrors::BackslashReplace;
    else if (name == "surrogateescape") *out = CodecErrors::SurrogateEscape;
    else if (name == "xmlcharrefreplace") *out = CodecErrors::XmlCharRefReplace;
    else {
        *out = CodecErrors::Unknown;
        g_pending_handler = std::string(name);
    }
    return true;
}

bool parse_codec_args(const char* what, Object* encoding, Object* errors, Codec* codec, CodecErrors* handler) {
    *codec = Codec::Utf8;
    *handler = CodecErrors::Strict;
    if (encoding && !str_check(encoding)) {
        type_error("%s() argument 'encoding' must be str, not %s", what,
                   encoding == None() ? "None" : type_name_of(encoding));
        return false;
    }
    if (errors && !str_check(errors)) {
        type_error("%s() argument 'errors' must be str, not %s", what, errors == None() ? "None" : type_name_of(errors));
        return false;
    }
    if (encoding && !lookup_codec(str_view(encoding), codec)) return false;
    if (errors) lookup_codec_errors(str_view(errors), handler);
    return true;
}

Object* str_encode_with(Object* s, Codec codec, CodecErrors errors) {
    std::string_view v = str_view(s);
    uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
    // The common case: nothing to translate (UTF-8 without surrogates, or ASCII text).
    bool has_surrogate = false;
    if (codec == Codec::Utf8 && !str_is_ascii(s)) has_surrogate = v.find('\xED') != std::string_view::npos;
    if (str_max_char(s) < 0x80 || (codec == Codec::Utf8 && !has_surrogate)) return bytes_from(v);
    std::string out;
    out.reserve(v.size());
    const char* p = v.data();
    const char* end = p + v.size();
    ssize_t pos = 0;
    auto bad = [&](uint32_t cp) {
        return codec == Codec::Utf8 ? (cp >= 0xD800 && cp < 0xE000) : cp >= limit;
    };
    while (p < end) {
        const char* q = p;
        uint32_t cp = unicode::decode(p);
        if (!bad(cp)) {
            if (codec == Codec::Utf8) out.append(q, static_cast<size_t>(p - q));
            else out.push_back(static_cast<char>(cp));
            ++pos;
            continue;
        }
        // A run of characters the codec cannot encode is reported (or replaced) as a whole.
        ssize_t start = pos;
        std::vector<uint32_t> run{cp};
        while (p < end) {
            const char* r = p;
            uint32_t c = unicode::decode(r);
            if (!bad(c)) break;
            run.push_back(c);
            p = r;
        }
        pos += static_cast<ssize_t>(run.size());
        const char* reason = codec == Codec::Utf8 ? "surrogates not allowed"
                             : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                     : "ordinal not in range(256)";
        if (!resolve_handler(&errors)) return nullptr;
        switch (errors) {
        case CodecErrors::Ignore: break;
        case CodecErrors::Replace: out.append(run.size(), '?'); break;
        case CodecErrors::BackslashReplace:
            for (uint32_t c : run) out += char_escape(c);
            break;
        case CodecErrors::XmlCharRefReplace:
            for (uint32_t c : run) out += "&#" + std::to_string(c) + ";";
            break;
        case CodecErrors::SurrogateEscape:
            for (size_t i = 0; i < run.size(); ++i) {
                if (run[i] < 0xDC80 || run[i] > 0xDCFF) {
                    return encode_error(codec, s, start + ssize_t(i), start + ssize_t(i) + 1, reason);
                }
                out.push_back(static_cast<char>(run[i] - 0xDC00));
            }
            break;
        default: return encode_error(codec, s, start, pos, reason);
        }
    }
    return bytes_from(out);
}

Object* bytes_decode_with(std::string_view data, Codec codec, CodecErrors errors) {
    if (codec == Codec::Latin1) {
        StrBuilder b;
        b.reserve(data.size());
        for (char c : data) b.append_char(static_cast<unsigned char>(c));
        return b.finish();
    }
    StrBuilder b;
    size_t i = 0;
    while (i < data.size()) {
        size_t err_start, err_end;
        const char* reason;
        if (codec == Codec::Ascii) {
            size_t j = i;
            while (j < data.size() && static_cast<unsigned char>(data[j]) < 0x80) ++j;
            b.append_ascii(data.substr(i, j - i));
            if (j == data.size()) break;
            err_start = j;
            err_end = j + 1;
            reason = "ordinal not in range(128)";
        } else {
            unicode::Utf8Scan scan = unicode::scan_utf8(data.data() + i, data.size() - i);
            b.append_utf8(data.substr(i, scan.valid_end), static_cast<ssize_t>(scan.length), scan.max_char);
            if (!scan.reason) break;
            err_start = i + scan.valid_end;
            err_end = i + scan.error_end;
            reason = scan.reason;
        }
        if (!resolve_handler(&errors)) return nullptr;
        switch (errors) {
        case CodecErrors::Ignore: break;
        case CodecErrors::Replace: b.append_char(0xFFFD); break;
        case CodecErrors::BackslashReplace:
            for (size_t k = err_start; k < err_end; ++k) {
                std::string e = "\\x";
                append_hex(e, static_cast<unsigned char>(data[k]), 2);
                b.append_ascii(e);
            }
            break;
        case CodecErrors::SurrogateEscape:
            for (size_t k = err_start; k < err_end; ++k) {
                auto byte = static_cast<unsigned char>(data[k]);
                if (byte < 128) goto strict;  // only bytes >= 128 may be smuggled as surrogates
                b.append_char(0xDC00 + byte);
            }
            break;
        case CodecErrors::XmlCharRefReplace:
            set_error(&TypeErrorType, "don't know how to handle UnicodeDecodeError in error callback");
            return nullptr;
        default:
        strict: {
            Ref object(bytes_from(data));
            if (!object) return nullptr;
            return codec_error(&UnicodeDecodeErrorType, codec, object.get(), static_cast<ssize_t>(err_start),
                               static_cast<ssize_t>(err_end), reason);
        }
        }
        i = err_end;
    }
    return b.finish();
}

Object* str_encode(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[2];
    if (!parse_args({"encode", {"encoding", "errors"}, 0, 0, 0, "str.encode"}, args, nargs, kwnames, a)) return nullptr;
    Codec codec;
    CodecErrors handler;
    if (!parse_codec_args("encode", a[0], a[1], &codec, &handler)) return nullptr;
    return str_encode_with(self, codec, handler);
}

} // namespace hs
