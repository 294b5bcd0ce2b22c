// str: immutable Unicode text, stored as UTF-8 right after the header.
// CPython picks a storage kind from the largest code point (ASCII, latin-1, UCS-2, UCS-4);
// we keep max_char so sys.getsizeof reports CPython's size for that kind.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <string>
#include <string_view>

namespace hs {

struct StrObject : Object {
    ssize_t length = 0;       // in code points
    ssize_t utf8_length = 0;  // in bytes
    int64_t hash = -1;        // -1 until computed
    uint32_t max_char = 0;
    uint8_t interned = 0;
    // Where the text starts, from the object: right after this struct (sizeof(StrObject)), or
    // after the instance extras of a str subclass instance. Every constructor sets it.
    uint16_t data_offset = 0;
    // followed (at data_offset) by utf8_length bytes of UTF-8 and a NUL
};

extern TypeObject StrType;

inline bool str_check_exact(const Object* o) { return o->ob_type == &StrType; }
inline bool str_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_UNICODE_SUBCLASS); }
inline const char* str_data(const Object* s) {
    return reinterpret_cast<const char*>(s) + static_cast<const StrObject*>(s)->data_offset;
}
inline std::string_view str_view(const Object* s) {
    return {str_data(s), static_cast<size_t>(static_cast<const StrObject*>(s)->utf8_length)};
}
inline bool str_is_ascii(const Object* s) { return static_cast<const StrObject*>(s)->max_char < 128; }

Object* str_from_utf8(std::string_view utf8);   // input must be valid UTF-8
Object* str_from_ascii(std::string_view ascii);
Object* str_from_code_point(uint32_t cp);        // chr(); single Latin-1 chars are shared as in CPython
Object* str_empty();                             // the shared ''
int64_t str_hash(Object* s);
bool str_equal(Object* a, Object* b);             // both str
bool str_equal_ascii(Object* s, std::string_view ascii);
Object* str_concat(Object* a, Object* b);

// Interning: the canonical str for this text. The runtime's interned dict holds it.
// str_intern_in_place replaces *p (a new reference) by the interned object.
void str_intern_in_place(Object** p);
// A borrowed reference to the interned str for a C string (for attribute names in C++ code).
Object* intern(std::string_view text);
// How many process-wide names intern() has made so far. They outlive every runtime, so a
// program that makes new ones behaves differently the next time it runs (its own copies of
// those names are no longer allocated): the observation API records runs with none made.
size_t static_name_count();

// sys.getsizeof of a str (CPython's compact layouts: 48 + n + 1 ASCII, 72 + (n + 1) * kind).
ssize_t str_sizeof(const Object* s);
// Releases the interned dict (rt().interned becomes nullptr), first giving the mortal strings
// it holds their two uncounted references back. The dict is shared by every runtime of the
// process, so this is for process teardown only (leak checkers), never runtime_destroy.
void str_clear_interned();

// For the VM: BUILD_STRING (the pieces are str; borrowed) and FORMAT_VALUE (conversion is
// 0 none, 's', 'r' or 'a'; spec may be nullptr).
Object* str_join_fstring(Object* const* pieces, size_t n);
Object* str_format_value(Object* value, int conversion, Object* spec);

extern TypeObject StrIterType;       // str_iterator
extern TypeObject StrAsciiIterType;  // str_ascii_iterator

void init_str_type();

} // namespace hs
