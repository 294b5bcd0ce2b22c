// Internals shared by the str implementation files (strobject.cpp, str_*.cpp) and bytes.
// Not part of the public contract: other parts of the runtime use objects/strobject.h.
#pragma once

#include "objects/str_unicode.h"
#include "objects/strobject.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace hs {

inline StrObject* as_str(Object* o) { return static_cast<StrObject*>(o); }
inline const StrObject* as_str(const Object* o) { return static_cast<const StrObject*>(o); }
inline ssize_t str_length(const Object* s) { return as_str(s)->length; }
inline ssize_t str_utf8_length(const Object* s) { return as_str(s)->utf8_length; }
inline uint32_t str_max_char(const Object* s) { return as_str(s)->max_char; }
inline char* str_mutable_data(Object* s) { return reinterpret_cast<char*>(s) + as_str(s)->data_offset; }

// A new str for UTF-8 whose character count and largest character are known. Empty and
// one-Latin-1-character results are the shared singletons.
Object* str_new_known(std::string_view utf8, ssize_t length, uint32_t max_char);
// As str_new_known, but one-character results are fresh objects (only '' is shared).
Object* str_new_fresh(std::string_view utf8, ssize_t length, uint32_t max_char);
// A fresh, unshared str with room for utf8_length bytes (the caller writes them and the NUL
// is already in place). Never use it for results that must be singletons (see str_new_known).
Object* str_alloc(ssize_t utf8_length, ssize_t length, uint32_t max_char);
// Largest character of valid UTF-8 (and its length in characters).
uint32_t utf8_max_char(std::string_view utf8, ssize_t* length);

// Byte offset of character `index` (0 <= index <= length).
ssize_t str_offset_of(const Object* s, ssize_t index);
// Character index of byte offset `offset` (at a character boundary).
ssize_t str_index_of(const Object* s, ssize_t offset);
// The character at index (0 <= index < length).
uint32_t str_char_at(const Object* s, ssize_t index);
// The substring of characters [start, end) (clamped by the caller), sharing s when whole.
Object* str_substring(Object* s, ssize_t start, ssize_t end);
// As str_substring, with byte offsets at character boundaries.
Object* str_subview(Object* s, ssize_t byte_start, ssize_t byte_end);
// The exact str s itself (new reference) when it is an exact str, else a copy as exact str.
Object* str_result_unchanged(Object* s);

// Accumulates UTF-8 text with its character count and largest character.
class StrBuilder {
public:
    void reserve(size_t bytes) { m_buf.reserve(bytes); }
    void append_char(uint32_t cp) {
        if (cp < 0x80) {
            m_buf.push_back(static_cast<char>(cp));
        } else {
            char tmp[4];
            m_buf.append(tmp, static_cast<size_t>(unicode::encode(cp, tmp)));
        }
        if (cp > m_max_char) m_max_char = cp;
        ++m_length;
    }
    void append_ascii(std::string_view ascii) {
        m_buf.append(ascii);
        for (char c : ascii) m_max_char = std::max<uint32_t>(m_max_char, static_cast<unsigned char>(c));
        m_length += static_cast<ssize_t>(ascii.size());
    }
    void append_ascii_char(char c) {
        m_buf.push_back(c);
        m_max_char = std::max<uint32_t>(m_max_char, static_cast<unsigned char>(c));
        ++m_length;
    }
    void append_utf8(std::string_view utf8, ssize_t length, uint32_t max_char) {
        m_buf.append(utf8);
        m_length += length;
        if (max_char > m_max_char) m_max_char = max_char;
    }
    void append_str(const Object* s) {
        append_utf8(str_view(s), str_length(s), str_max_char(s));
    }
    void append_repeated(uint32_t cp, ssize_t n) {
        for (ssize_t i = 0; i < n; ++i) append_char(cp);
    }
    ssize_t length() const { return m_length; }
    const std::string& utf8() const { return m_buf; }
    // A new str (singletons for '' and one Latin-1 character).
    Object* finish() const { return str_new_known(m_buf, m_length, m_max_char); }
    // A new str that is never a one-character singleton ('' still is): what CPython's
    // operations that allocate their result directly return (upper(), replace(), center()...).
    Object* finish_fresh() const { return str_new_fresh(m_buf, m_length, m_max_char); }

private:
    std::string m_buf;
    ssize_t m_length = 0;
    uint32_t m_max_char = 0;
};

// Old-style PyArg_ParseTuple messages used by find/count/startswith...:
// "find() takes at least 1 argument (0 given)", "str.find() takes no keyword arguments".
bool check_tuple_args(const char* name, const char* qualified_name, size_t nargs, Object* kwnames, size_t min,
                      size_t max);
// Parses the optional start/end of find/count/startswith (None allowed), clamped as slice
// indices against `length`. Returns false with an error set.
bool parse_start_end(Object* const* args, size_t nargs, size_t first, ssize_t length, ssize_t* start,
                     ssize_t* end);
// The `width` of center/ljust/zfill...: an index (TypeError "'str' object cannot be interpreted
// as an integer"). Returns -1 with an error set (check error_occurred()).
bool as_index_arg(Object* o, ssize_t* out);

// The shared byte hash of str and bytes (hash('') == hash(b'') == 0, never -1).
int64_t hash_bytes(const char* p, size_t n);

// repr(str) into a builder (CPython's quote choice and escapes); `ascii` escapes non-ASCII too.
void str_repr_into(Object* s, bool ascii, StrBuilder& out);

// Methods implemented in the str_*.cpp files (vectorcall shape, self is a str).
#define HS_STR_METHOD(name) Object* name(Object* self, Object* const* args, size_t nargs, Object* kwnames)
// str_search.cpp
HS_STR_METHOD(str_find);
HS_STR_METHOD(str_rfind);
HS_STR_METHOD(str_index_method);
HS_STR_METHOD(str_rindex);
HS_STR_METHOD(str_count);
HS_STR_METHOD(str_startswith);
HS_STR_METHOD(str_endswith);
HS_STR_METHOD(str_replace);
HS_STR_METHOD(str_partition);
HS_STR_METHOD(str_rpartition);
HS_STR_METHOD(str_removeprefix);
HS_STR_METHOD(str_removesuffix);
// str_split.cpp
HS_STR_METHOD(str_split);
HS_STR_METHOD(str_rsplit);
HS_STR_METHOD(str_splitlines);
HS_STR_METHOD(str_join);
HS_STR_METHOD(str_strip);
HS_STR_METHOD(str_lstrip);
HS_STR_METHOD(str_rstrip);
// str_case.cpp
HS_STR_METHOD(str_upper);
HS_STR_METHOD(str_lower);
HS_STR_METHOD(str_title);
HS_STR_METHOD(str_capitalize);
HS_STR_METHOD(str_swapcase);
HS_STR_METHOD(str_casefold);
HS_STR_METHOD(str_isdigit);
HS_STR_METHOD(str_isalpha);
HS_STR_METHOD(str_isalnum);
HS_STR_METHOD(str_isspace);
HS_STR_METHOD(str_isupper);
HS_STR_METHOD(str_islower);
HS_STR_METHOD(str_istitle);
HS_STR_METHOD(str_isidentifier);
HS_STR_METHOD(str_isnumeric);
HS_STR_METHOD(str_isdecimal);
HS_STR_METHOD(str_isascii);
HS_STR_METHOD(str_isprintable);
// str_pad.cpp
HS_STR_METHOD(str_center);
HS_STR_METHOD(str_ljust);
HS_STR_METHOD(str_rjust);
HS_STR_METHOD(str_zfill);
HS_STR_METHOD(str_expandtabs);
HS_STR_METHOD(str_maketrans);
HS_STR_METHOD(str_translate);
// str_format.cpp
HS_STR_METHOD(str_format_method);
HS_STR_METHOD(str_format_map);
HS_STR_METHOD(str_dunder_format);
// str_codecs.cpp
HS_STR_METHOD(str_encode);
#undef HS_STR_METHOD

// split()'s list: `items` (new references, stolen; the vector is emptied) in a list with
// CPython's capacity: `prealloc` slots (split_prealloc(maxsplit): min(maxsplit + 1, 12)), then
// append growth.
ssize_t split_prealloc(ssize_t maxcount);
Object* split_result_list(std::vector<Object*>& items, ssize_t prealloc);

// sep.join(items) for n str items (checked by the caller); a fresh object unless n == 1 and
// the item is an exact str (CPython's _PyUnicode_JoinArray).
Object* str_join_array(Object* sep, Object* const* items, ssize_t n);
// format(s, spec) for a str (str.__format__ without the argument checks).
Object* str_format_spec(Object* s, Object* spec);

// str % args (str_printf.cpp); the nb_remainder slot.
Object* str_mod(Object* format, Object* args);

// ---- Codecs (str_codecs.cpp), shared with bytes.decode / bytes(str, encoding) -----------------
enum class Codec { Utf8, Ascii, Latin1 };
enum class CodecErrors { Strict, Ignore, Replace, BackslashReplace, SurrogateEscape, XmlCharRefReplace, Unknown };
// Resolves an encoding name as CPython's codec registry normalizes it ("UTF8", "utf_8", "latin1",
// "iso-8859-1", "us-ascii"...). Returns false with LookupError "unknown encoding: x".
bool lookup_codec(std::string_view name, Codec* out);
// Resolves an errors name; false with LookupError "unknown error handler name 'x'".
bool lookup_codec_errors(std::string_view name, CodecErrors* out);
Object* str_encode_with(Object* s, Codec codec, CodecErrors errors);    // -> bytes
Object* bytes_decode_with(std::string_view data, Codec codec, CodecErrors errors);  // -> str
// Parses (encoding, errors) arguments given as objects (nullptr: the defaults). `what` names the
// function in messages ("encode", "decode", "str").
bool parse_codec_args(const char* what, Object* encoding, Object* errors, Codec* codec, CodecErrors* handler);

} // namespace hs
