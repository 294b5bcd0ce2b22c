// str: creation, the shared singletons, interning, hashing, comparison, the sequence protocol,
// repr and the type object. The methods live in str_*.cpp (see str_impl.h).
//
// Storage is UTF-8 (one allocation: header then bytes then NUL). CPython stores 1, 2 or 4 bytes
// per character; we keep `length` (characters) and `max_char` so that sizes, indexing results
// and iteration agree with it. ASCII strings index in O(1); others scan, with a shortcut for
// strings whose characters all have the same UTF-8 width.
#include "objects/str_impl.h"

#include "objects/str_bytes.h"

#include "objects/bytesobject.h"
#include "objects/dictobject.h"
#include "objects/exceptions.h"
#include "objects/intobject.h"
#include "objects/sliceobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/runtime.h"
#include "runtime/types_registry.h"

#include <cstring>
#include <string>
#include <unordered_map>

namespace hs {

TypeObject StrType;
TypeObject StrIterType;       // str_iterator (non-ASCII strings)
TypeObject StrAsciiIterType;  // str_ascii_iterator

namespace {

constexpr uint8_t NOT_INTERNED = 0, INTERNED_MORTAL = 1, INTERNED_IMMORTAL = 2;

// ---- Static strings -------------------------------------------------------------------------
// '' and the 256 one-character Latin-1 strings are shared as in CPython ('abc'[0] is 'a'), and
// so are the names C++ code asks for with intern(). They are allocated once per process, never
// freed and not counted in any runtime's heap, like CPython's statically allocated strings.

struct SmallStatic {
    StrObject head;
    char data[4];
};
SmallStatic g_empty;
SmallStatic g_latin1[256];
bool g_statics_ready = false;

void init_static(SmallStatic& s, uint32_t cp) {
    s.head.ob_refcnt = IMMORTAL_REFCNT;
    s.head.ob_type = &StrType;
    s.head.interned = INTERNED_IMMORTAL;
    s.head.hash = -1;
    s.head.data_offset = sizeof(StrObject);
    if (&s == &g_empty) {
        s.head.length = 0;
        s.head.utf8_length = 0;
        s.head.max_char = 0;
        s.data[0] = 0;
        return;
    }
    s.head.length = 1;
    s.head.max_char = cp;
    int n = unicode::encode(cp, s.data);
    s.data[n] = 0;
    s.head.utf8_length = n;
}

void init_statics() {
    if (g_statics_ready) return;
    init_static(g_empty, 0);
    for (uint32_t c = 0; c < 256; ++c) init_static(g_latin1[c], c);
    g_statics_ready = true;
}

// The process-wide names returned by intern(), keyed by their text.
// Never destroyed: the strings outlive static destruction (and leak checkers see them).
std::unordered_map<std::string_view, StrObject*>& static_names() {
    static auto* names = new std::unordered_map<std::string_view, StrObject*>();
    return *names;
}

Object* static_name_lookup(std::string_view text) {
    auto& names = static_names();
    auto it = names.find(text);
    return it == names.end() ? nullptr : it->second;
}

Object* make_static_name(std::string_view text) {
    ssize_t length = 0;
    uint32_t max_char = utf8_max_char(text, &length);
    if (length == 0) return &g_empty.head;
    if (length == 1 && max_char < 256) return &g_latin1[max_char].head;
    // Plain malloc: this string outlives every runtime and belongs to none.
    void* mem = std::malloc(sizeof(StrObject) + text.size() + 1);
    auto* s = new (mem) StrObject();
    s->ob_refcnt = IMMORTAL_REFCNT;
    s->ob_type = &StrType;
    s->length = length;
    s->utf8_length = static_cast<ssize_t>(text.size());
    s->max_char = max_char;
    s->interned = INTERNED_IMMORTAL;
    s->data_offset = sizeof(StrObject);
    std::memcpy(str_mutable_data(s), text.data(), text.size());
    str_mutable_data(s)[text.size()] = 0;
    static_names().emplace(str_view(s), s);
    return s;
}

inline uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

} // namespace

// ---- Hashing --------------------------------------------------------------------------------
// Any good deterministic hash will do (CPython's is randomized per process, so no program
// output may depend on it), as long as equal bytes hash equally: hash('') == hash(b'') == 0
// as in CPython, and -1 is never returned.
int64_t hash_bytes(const char* p, size_t n) {
    if (n == 0) return 0;
    constexpr uint64_t K = 0x9E3779B97F4A7C15ull;
    uint64_t h = 0x243F6A8885A308D3ull ^ (n * K);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = rotl(h ^ (w * 0xff51afd7ed558ccdull), 29) * K;
        p += 8;
        n -= 8;
    }
    if (n) {
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = rotl(h ^ (w * 0xc4ceb9fe1a85ec53ull), 29) * K;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    auto r = static_cast<int64_t>(h);
    return r == -1 ? -2 : r;
}

int64_t str_hash(Object* s) {
    StrObject* o = as_str(s);
    if (o->hash != -1) return o->hash;
    o->hash = hash_bytes(str_data(s), static_cast<size_t>(o->utf8_length));
    return o->hash;
}

// ---- Creation -------------------------------------------------------------------------------

uint32_t utf8_max_char(std::string_view utf8, ssize_t* length) {
    const char* p = utf8.data();
    const char* end = p + utf8.size();
    ssize_t n = 0;
    uint32_t max_char = 0;
    // ASCII prefix, 8 bytes at a time.
    while (end - p >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull) break;
        p += 8;
        n += 8;
    }
    while (p < end) {
        auto b = static_cast<unsigned char>(*p);
        if (b < 0x80) {
            if (b > max_char) max_char = b;
            ++p;
        } else {
            uint32_t cp = unicode::decode(p);
            if (cp > max_char) max_char = cp;
        }
        ++n;
    }
    if (max_char < 0x80 && n > 0) {
        // The 8-byte loop skipped the maximum of the prefix: recompute it (ASCII only).
        for (char c : utf8) max_char = std::max<uint32_t>(max_char, static_cast<unsigned char>(c));
    }
    *length = n;
    return max_char;
}

Object* str_alloc(ssize_t utf8_length, ssize_t length, uint32_t max_char) {
    Object* o = object_alloc(&StrType, sizeof(StrObject) + static_cast<size_t>(utf8_length) + 1);
    if (!o) return nullptr;
    StrObject* s = as_str(o);
    s->length = length;
    s->utf8_length = utf8_length;
    s->hash = -1;
    s->max_char = max_char;
    s->interned = NOT_INTERNED;
    s->data_offset = sizeof(StrObject);
    str_mutable_data(o)[utf8_length] = 0;
    return o;
}

Object* str_new_known(std::string_view utf8, ssize_t length, uint32_t max_char) {
    if (length == 0) return newref(&g_empty.head);
    if (length == 1 && max_char < 256) return newref(&g_latin1[max_char].head);
    Object* o = str_alloc(static_cast<ssize_t>(utf8.size()), length, max_char);
    if (!o) return nullptr;
    std::memcpy(str_mutable_data(o), utf8.data(), utf8.size());
    return o;
}

Object* str_new_fresh(std::string_view utf8, ssize_t length, uint32_t max_char) {
    if (length == 0) return newref(&g_empty.head);
    Object* o = str_alloc(static_cast<ssize_t>(utf8.size()), length, max_char);
    if (!o) return nullptr;
    std::memcpy(str_mutable_data(o), utf8.data(), utf8.size());
    return o;
}

Object* str_from_utf8(std::string_view utf8) {
    ssize_t length = 0;
    uint32_t max_char = utf8_max_char(utf8, &length);
    return str_new_known(utf8, length, max_char);
}

Object* str_from_ascii(std::string_view ascii) {
    uint32_t max_char = 0;
    if (ascii.size() == 1) max_char = static_cast<unsigned char>(ascii[0]);
    return str_new_known(ascii, static_cast<ssize_t>(ascii.size()), max_char);
}

Object* str_from_code_point(uint32_t cp) {
    if (cp < 256) return newref(&g_latin1[cp].head);
    char buf[4];
    int n = unicode::encode(cp, buf);
    Object* o = str_alloc(n, 1, cp);
    if (!o) return nullptr;
    std::memcpy(str_mutable_data(o), buf, static_cast<size_t>(n));
    return o;
}

Object* str_empty() { return newref(&g_empty.head); }

Object* str_result_unchanged(Object* s) {
    if (str_check_exact(s)) return newref(s);
    return str_new_known(str_view(s), str_length(s), str_max_char(s));
}

// ---- Character offsets ----------------------------------------------------------------------

namespace {
// Width in bytes when every character of s has the same UTF-8 width, else 0.
inline int uniform_width(const Object* s) {
    const StrObject* o = as_str(s);
    if (o->utf8_length == o->length) return 1;
    int w = unicode::encoded_size(o->max_char);
    return o->utf8_length == o->length * w ? w : 0;
}
} // namespace

ssize_t str_offset_of(const Object* s, ssize_t index) {
    if (int w = uniform_width(s)) return index * w;
    const StrObject* o = as_str(s);
    const char* base = str_data(s);
    if (index <= o->length / 2) {
        const char* p = base;
        for (ssize_t i = 0; i < index; ++i) p += unicode::sequence_length(*p);
        return p - base;
    }
    const char* p = base + o->utf8_length;
    for (ssize_t i = o->length; i > index; --i) {
        do { --p; } while (unicode::is_continuation(*p));
    }
    return p - base;
}

ssize_t str_index_of(const Object* s, ssize_t offset) {
    if (int w = uniform_width(s)) return offset / w;
    const char* p = str_data(s);
    ssize_t n = 0;
    for (ssize_t i = 0; i < offset; ++i) n += !unicode::is_continuation(p[i]);
    return n;
}

uint32_t str_char_at(const Object* s, ssize_t index) {
    if (str_is_ascii(s)) return static_cast<unsigned char>(str_data(s)[index]);
    const char* p = str_data(s) + str_offset_of(s, index);
    return unicode::decode(p);
}

Object* str_subview(Object* s, ssize_t byte_start, ssize_t byte_end) {
    if (byte_start == 0 && byte_end == str_utf8_length(s) && str_check_exact(s)) return newref(s);
    std::string_view v = str_view(s).substr(static_cast<size_t>(byte_start), static_cast<size_t>(byte_end - byte_start));
    if (str_is_ascii(s)) return str_from_ascii(v);
    return str_from_utf8(v);
}

Object* str_substring(Object* s, ssize_t start, ssize_t end) {
    if (start >= end) return str_empty();
    if (start == 0 && end == str_length(s) && str_check_exact(s)) return newref(s);
    ssize_t b0 = str_offset_of(s, start);
    ssize_t b1 = end == str_length(s) ? str_utf8_length(s) : b0 + (str_is_ascii(s) ? end - start : 0);
    if (!str_is_ascii(s)) {
        const char* p = str_data(s) + b0;
        for (ssize_t i = start; i < end; ++i) unicode::decode(p);
        b1 = p - str_data(s);
    }
    std::string_view v = str_view(s).substr(static_cast<size_t>(b0), static_cast<size_t>(b1 - b0));
    if (str_is_ascii(s)) return str_from_ascii(v);
    return str_from_utf8(v);
}

// ---- Equality and comparison ----------------------------------------------------------------

bool str_equal(Object* a, Object* b) {
    if (a == b) return true;
    const StrObject* x = as_str(a);
    const StrObject* y = as_str(b);
    if (x->utf8_length != y->utf8_length) return false;
    if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
    return std::memcmp(str_data(a), str_data(b), static_cast<size_t>(x->utf8_length)) == 0;
}

bool str_equal_ascii(Object* s, std::string_view ascii) { return str_view(s) == ascii; }

namespace {

// UTF-8 byte order is code point order (surrogates included), so memcmp orders like CPython.
Object* str_richcompare(Object* a, Object* b, int op) {
    if (!str_check(a) || !str_check(b)) return newref(NotImplemented());
    if (op == Py_EQ || op == Py_NE) {
        bool eq = str_equal(a, b);
        return new_bool(op == Py_EQ ? eq : !eq);
    }
    int c = str_view(a).compare(str_view(b));
    bool r = false;
    switch (op) {
    case Py_LT: r = c < 0; break;
    case Py_LE: r = c <= 0; break;
    case Py_GT: r = c > 0; break;
    case Py_GE: r = c >= 0; break;
    }
    return new_bool(r);
}

int64_t str_hash_slot(Object* s) { return str_hash(s); }

} // namespace

// ---- Sequence protocol ----------------------------------------------------------------------

Object* str_concat(Object* a, Object* b) {
    if (!str_check(b)) {
        return type_error("can only concatenate str (not \"%s\") to str", type_name_of(b));
    }
    if (!str_check(a)) {
        return type_error("can only concatenate str (not \"%s\") to str", type_name_of(a));
    }
    if (str_utf8_length(a) == 0) return str_result_unchanged(b);
    if (str_utf8_length(b) == 0) return str_result_unchanged(a);
    ssize_t la = str_utf8_length(a), lb = str_utf8_length(b);
    Object* r = str_alloc(la + lb, str_length(a) + str_length(b), std::max(str_max_char(a), str_max_char(b)));
    if (!r) return nullptr;
    std::memcpy(str_mutable_data(r), str_data(a), static_cast<size_t>(la));
    std::memcpy(str_mutable_data(r) + la, str_data(b), static_cast<size_t>(lb));
    return r;
}

namespace {

Object* str_repeat(Object* s, ssize_t n) {
    if (n <= 0 || str_length(s) == 0) return str_empty();
    if (n == 1) return str_result_unchanged(s);
    ssize_t unit = str_utf8_length(s);
    if (unit > PTRDIFF_MAX / n || str_length(s) > PTRDIFF_MAX / n) {
        set_error(&OverflowErrorType, "repeated string is too long");
        return nullptr;
    }
    Object* r = str_alloc(unit * n, str_length(s) * n, str_max_char(s));
    if (!r) return nullptr;
    char* out = str_mutable_data(r);
    ssize_t total = unit * n;
    if (unit == 1) {
        std::memset(out, str_data(s)[0], static_cast<size_t>(total));
    } else {
        // Doubling copies: log2(n) memcpy calls.
        std::memcpy(out, str_data(s), static_cast<size_t>(unit));
        ssize_t done = unit;
        while (done < total) {
            ssize_t chunk = std::min(done, total - done);
            std::memcpy(out + done, out, static_cast<size_t>(chunk));
            done += chunk;
        }
    }
    return r;
}

ssize_t str_len(Object* s) { return str_length(s); }

int str_contains(Object* container, Object* item) {
    if (!str_check(item)) {
        type_error("'in <string>' requires string as left operand, not %s", type_name_of(item));
        return -1;
    }
    return str_view(container).find(str_view(item)) != std::string_view::npos ? 1 : 0;
}

Object* str_item(Object* s, ssize_t i) {
    if (i < 0) i += str_length(s);
    if (i < 0 || i >= str_length(s)) {
        set_error(&IndexErrorType, "string index out of range");
        return nullptr;
    }
    return str_from_code_point(str_char_at(s, i));
}

Object* str_slice(Object* s, Object* slice) {
    ssize_t start, stop, step, n;
    if (slice_unpack_indices(slice, str_length(s), &start, &stop, &step, &n) < 0) return nullptr;
    if (n <= 0) return str_empty();
    if (step == 1) return str_substring(s, start, start + n);
    if (str_is_ascii(s)) {
        const char* p = str_data(s);
        Object* r = str_alloc(n, n, 0);
        if (!r) return nullptr;
        char* out = str_mutable_data(r);
        uint32_t max_char = 0;
        for (ssize_t i = 0, k = start; i < n; ++i, k += step) {
            out[i] = p[k];
            max_char = std::max<uint32_t>(max_char, static_cast<unsigned char>(p[k]));
        }
        as_str(r)->max_char = max_char;
        return r;
    }
    // Non-ASCII: decode each picked character; the result's kind may be narrower than s's.
    StrBuilder b;
    const char* base = str_data(s);
    const char* p = base + str_offset_of(s, start);
    ssize_t pos = start;
    for (ssize_t i = 0; i < n; ++i) {
        const char* q = p;
        b.append_char(unicode::decode(q));
        if (i + 1 == n) break;
        ssize_t next = pos + step;
        if (step > 0) {
            for (ssize_t k = pos; k < next; ++k) unicode::decode(p);
        } else {
            for (ssize_t k = pos; k > next; --k) unicode::decode_back(p);
        }
        pos = next;
    }
    return b.finish_fresh();  // like CPython, extended slices never return the shared singletons
}

Object* str_subscript(Object* s, Object* key) {
    if (int_check(key) || key->ob_type->nb_index) {
        ssize_t i = index_as_ssize(key, &IndexErrorType);
        if (i == -1 && error_occurred()) return nullptr;
        return str_item(s, i);
    }
    if (slice_check(key)) return str_slice(s, key);
    return type_error("string indices must be integers, not '%s'", type_name_of(key));
}

} // namespace

// ---- repr -----------------------------------------------------------------------------------

void str_repr_into(Object* s, bool ascii, StrBuilder& out) {
    std::string_view v = str_view(s);
    bool has_single = v.find('\'') != std::string_view::npos;
    bool has_double = v.find('"') != std::string_view::npos;
    char quote = (has_single && !has_double) ? '"' : '\'';
    out.reserve(v.size() + 2);
    out.append_ascii_char(quote);
    const char* p = v.data();
    const char* end = p + v.size();
    static const char hex[] = "0123456789abcdef";
    while (p < end) {
        // Runs of plain printable ASCII are copied as they are.
        const char* run = p;
        while (p < end) {
            auto c = static_cast<unsigned char>(*p);
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == static_cast<unsigned char>(quote)) break;
            ++p;
        }
        if (p > run) out.append_ascii(std::string_view(run, static_cast<size_t>(p - run)));
        if (p >= end) break;
        uint32_t cp = unicode::decode(p);
        char esc[10];
        switch (cp) {
        case '\\': out.append_ascii("\\\\"); continue;
        case '\t': out.append_ascii("\\t"); continue;
        case '\n': out.append_ascii("\\n"); continue;
        case '\r': out.append_ascii("\\r"); continue;
        default: break;
        }
        if (cp == static_cast<uint32_t>(quote)) {
            out.append_ascii_char('\\');
            out.append_ascii_char(quote);
            continue;
        }
        if (cp >= 0x80 && !ascii && unicode::is_printable(cp)) {
            out.append_char(cp);
            continue;
        }
        int digits;
        if (cp < 0x100) {
            esc[0] = '\\', esc[1] = 'x', digits = 2;
        } else if (cp < 0x10000) {
            esc[0] = '\\', esc[1] = 'u', digits = 4;
        } else {
            esc[0] = '\\', esc[1] = 'U', digits = 8;
        }
        for (int i = 0; i < digits; ++i) esc[2 + i] = hex[(cp >> (4 * (digits - 1 - i))) & 0xF];
        out.append_ascii(std::string_view(esc, static_cast<size_t>(2 + digits)));
    }
    out.append_ascii_char(quote);
}

namespace {

Object* str_repr(Object* s) {
    StrBuilder b;
    str_repr_into(s, false, b);
    return b.finish();
}

Object* str_str(Object* s) { return str_result_unchanged(s); }

void str_dealloc(Object* o) {
    StrObject* s = as_str(o);
    if (s->interned == INTERNED_MORTAL) {
        // Revive it while the interned dict lets go of its two uncounted references.
        o->ob_refcnt = 3;
        ErrorState saved = fetch_error();
        if (dict_delitem(rt().interned, o) < 0) clear_error();
        restore_error(saved);
    }
    if (is_gc_type(o->ob_type)) {
        gc_untrack(o);  // a subclass instance, from subtype_dealloc (which releases the class)
        gc_free(o);
    } else {
        object_free(o);
    }
}

} // namespace

ssize_t str_sizeof(const Object* s) {
    const StrObject* o = as_str(s);
    ssize_t kind = o->max_char < 0x100 ? 1 : o->max_char < 0x10000 ? 2 : 4;
    // Subclass instances are CPython's two-block ("legacy") strings: the full PyUnicodeObject
    // (80) plus the character block.
    if (!str_check_exact(s)) return 80 + (o->length + 1) * kind;
    if (o->max_char < 0x80) return 48 + o->length + 1;
    return 72 + (o->length + 1) * kind;
}

// ---- Interning ------------------------------------------------------------------------------

void str_intern_in_place(Object** p) {
    Object* s = *p;
    if (!str_check_exact(s) || as_str(s)->interned != NOT_INTERNED) return;
    Runtime& r = rt();
    if (Object* name = static_name_lookup(str_view(s))) {
        *p = newref(name);
        decref(s);
        return;
    }
    if (!r.interned) {
        r.interned = static_cast<DictObject*>(dict_new());
        if (!r.interned) {
            clear_error();
            return;
        }
    }
    Object* existing = dict_getitem_with_error(r.interned, s);
    if (existing) {
        *p = newref(existing);
        decref(s);
        return;
    }
    if (error_occurred() || dict_setitem(r.interned, s, s) < 0) {
        clear_error();
        return;
    }
    // The dict's references do not keep it alive: when the program lets go of it, str_dealloc
    // removes it from the dict (CPython's "mortal" interned strings).
    s->ob_refcnt -= 2;
    as_str(s)->interned = INTERNED_MORTAL;
}

size_t static_name_count() { return static_names().size(); }

Object* intern(std::string_view text) {
    if (Object* name = static_name_lookup(text)) return name;
    return make_static_name(text);
}

void str_clear_interned() {
    Runtime& r = rt();
    if (!r.interned) return;
    // Give the mortal strings their dict references back so that clearing the dict balances.
    ssize_t pos = 0;
    Object *key, *value;
    while (dict_next(r.interned, &pos, &key, &value)) {
        if (as_str(key)->interned == INTERNED_MORTAL) {
            key->ob_refcnt += 2;
            as_str(key)->interned = NOT_INTERNED;
        }
    }
    DictObject* d = r.interned;
    r.interned = nullptr;
    decref(d);
}

// ---- Iterators ------------------------------------------------------------------------------
// str_ascii_iterator / str_iterator: GC objects of CPython's basic size 32 (48 with the GC
// header). The string is released as soon as the iterator is exhausted.

namespace {

struct StrIterObject : Object {
    Object* it_seq = nullptr;  // the str, or nullptr once exhausted
    ssize_t it_index = 0;      // characters already produced
    ssize_t it_offset = 0;     // byte offset of the next character
};

Object* str_iter(Object* s) {
    TypeObject* t = str_is_ascii(s) ? &StrAsciiIterType : &StrIterType;
    Object* o = gc_alloc(t, sizeof(StrIterObject));
    if (!o) return nullptr;
    auto* it = static_cast<StrIterObject*>(o);
    it->it_seq = newref(s);
    it->it_index = 0;
    it->it_offset = 0;
    gc_track(o);
    return o;
}

void striter_dealloc(Object* o) {
    gc_untrack(o);
    auto* it = static_cast<StrIterObject*>(o);
    xdecref(it->it_seq);
    gc_free(o);
}

int striter_traverse(Object* o, visitproc visit, void* arg) {
    HS_VISIT(static_cast<StrIterObject*>(o)->it_seq);
    return 0;
}

Object* striter_next(Object* o) {
    auto* it = static_cast<StrIterObject*>(o);
    Object* s = it->it_seq;
    if (!s) return nullptr;
    if (it->it_offset < str_utf8_length(s)) {
        const char* p = str_data(s) + it->it_offset;
        const char* start = p;
        uint32_t cp = unicode::decode(p);
        it->it_offset += p - start;
        ++it->it_index;
        return str_from_code_point(cp);
    }
    it->it_seq = nullptr;
    decref(s);
    return nullptr;
}

Object* striter_length_hint(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__length_hint__", nargs, kwnames)) return nullptr;
    auto* it = static_cast<StrIterObject*>(self);
    ssize_t n = it->it_seq ? str_length(it->it_seq) - it->it_index : 0;
    return int_from_int64(n);
}

Object* iter_self(Object* o) { return newref(o); }

const MethodDef striter_methods[] = {
    {"__length_hint__", striter_length_hint},
    {nullptr, nullptr},
};

void init_iter_type(TypeObject& t, const char* name) {
    t.ob_refcnt = IMMORTAL_REFCNT;
    t.ob_type = &TypeType;
    t.tp_name = name;
    t.tp_basicsize = 32;
    t.tp_cxx_size = sizeof(StrIterObject);
    t.tp_flags = TPFLAGS_HAVE_GC;
    t.tp_dealloc = striter_dealloc;
    t.tp_traverse = striter_traverse;
    t.tp_iter = iter_self;
    t.tp_iternext = striter_next;
    t.tp_methods = striter_methods;
    register_static_type(&t);
}

// ---- str() and the methods kept here --------------------------------------------------------

Object* str_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[3];
    if (!parse_args({"str", {"object", "encoding", "errors"}, 0}, args, nargs, kwnames, a)) return nullptr;
    Object* result;
    if (!a[1] && !a[2]) {
        result = a[0] ? object_str(a[0]) : str_empty();
    } else {
        for (int i = 1; i < 3; ++i) {
            if (a[i] && !str_check(a[i])) {
                return type_error("str() argument '%s' must be str, not %s", i == 1 ? "encoding" : "errors",
                                  type_name_of(a[i]));
            }
        }
        Object* obj = a[0] ? a[0] : nullptr;
        if (!obj) {
            result = str_empty();
        } else if (str_check(obj)) {
            set_error(&TypeErrorType, "decoding str is not supported");
            return nullptr;
        } else {
            std::string_view data;
            if (!get_buffer(obj, &data)) {
                return type_error("decoding to str: need a bytes-like object, %s found", type_name_of(obj));
            }
            Codec codec;
            CodecErrors handler;
            if (!parse_codec_args("str", a[1], a[2], &codec, &handler)) return nullptr;
            result = bytes_decode_with(data, codec, handler);
        }
    }
    if (!result || type == &StrType) return result;
    // A subclass instance: the base struct, the class's instance extras, then the text.
    Ref text(result);
    Object* o = type_generic_alloc(type, str_utf8_length(result) + 1);
    if (!o) return nullptr;
    StrObject* s = as_str(o);
    s->length = str_length(result);
    s->utf8_length = str_utf8_length(result);
    s->hash = -1;
    s->max_char = str_max_char(result);
    s->interned = NOT_INTERNED;
    s->data_offset = static_cast<uint16_t>(type->tp_cxx_size);
    std::memcpy(str_mutable_data(o), str_data(result), static_cast<size_t>(s->utf8_length) + 1);
    return o;
}

Object* str_sizeof_method(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.__sizeof__", nargs, kwnames)) return nullptr;
    return int_from_int64(str_sizeof(self));
}

Object* str_getnewargs(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("str.__getnewargs__", nargs, kwnames)) return nullptr;
    Ref copy(str_new_known(str_view(self), str_length(self), str_max_char(self)));
    if (!copy) return nullptr;
    return tuple_pack({copy.get()});
}

Object* str_mod_slot(Object* a, Object* b) {
    if (!str_check(a)) return newref(NotImplemented());
    return str_mod(a, b);
}

const MethodDef str_methods[] = {
    {"encode", str_encode},
    {"replace", str_replace},
    {"split", str_split},
    {"rsplit", str_rsplit},
    {"join", str_join},
    {"capitalize", str_capitalize},
    {"casefold", str_casefold},
    {"title", str_title},
    {"center", str_center},
    {"count", str_count},
    {"expandtabs", str_expandtabs},
    {"find", str_find},
    {"partition", str_partition},
    {"index", str_index_method},
    {"ljust", str_ljust},
    {"lower", str_lower},
    {"lstrip", str_lstrip},
    {"rfind", str_rfind},
    {"rindex", str_rindex},
    {"rjust", str_rjust},
    {"rstrip", str_rstrip},
    {"rpartition", str_rpartition},
    {"splitlines", str_splitlines},
    {"strip", str_strip},
    {"swapcase", str_swapcase},
    {"translate", str_translate},
    {"upper", str_upper},
    {"startswith", str_startswith},
    {"endswith", str_endswith},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"isascii", str_isascii},
    {"islower", str_islower},
    {"isupper", str_isupper},
    {"istitle", str_istitle},
    {"isspace", str_isspace},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isnumeric", str_isnumeric},
    {"isalpha", str_isalpha},
    {"isalnum", str_isalnum},
    {"isidentifier", str_isidentifier},
    {"isprintable", str_isprintable},
    {"zfill", str_zfill},
    {"format", str_format_method},
    {"format_map", str_format_map},
    {"__format__", str_dunder_format},
    {"maketrans", str_maketrans, METH_STATIC},
    {"__sizeof__", str_sizeof_method},
    {"__getnewargs__", str_getnewargs},
    {nullptr, nullptr},
};

} // namespace

void init_str_type() {
    init_statics();
    TypeObject& t = StrType;
    t.ob_refcnt = IMMORTAL_REFCNT;
    t.ob_type = &TypeType;
    t.tp_name = "str";
    t.tp_basicsize = 80;  // sizeof(PyUnicodeObject); getsizeof uses __sizeof__
    t.tp_itemsize = 0;
    t.tp_cxx_size = sizeof(StrObject);
    t.tp_cxx_itemsize = 1;  // subclass instances keep their text after the instance extras
    t.tp_flags = TPFLAGS_BASETYPE | TPFLAGS_UNICODE_SUBCLASS;
    t.tp_dealloc = str_dealloc;
    t.tp_repr = str_repr;
    t.tp_str = str_str;
    t.tp_hash = str_hash_slot;
    t.tp_richcompare = str_richcompare;
    t.tp_iter = str_iter;
    t.tp_new = str_new;
    t.nb_binary[NB_REMAINDER] = str_mod_slot;
    t.sq_length = str_len;
    t.sq_concat = str_concat;
    t.sq_repeat = str_repeat;
    t.sq_contains = str_contains;
    t.mp_length = str_len;
    t.mp_subscript = str_subscript;
    t.tp_methods = str_methods;
    t.tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str";
    register_static_type(&t);
    init_iter_type(StrAsciiIterType, "str_ascii_iterator");
    init_iter_type(StrIterType, "str_iterator");
}

} // namespace hs
