// Internals of dict shared by dictobject.cpp (the table), dict_methods.cpp (the Python-visible
// methods and the type) and dict_views.cpp (views and iterators).
//
// The table is CPython 3.11's compact dict: an index table of 1/2/4/8-byte slots (DKIX_EMPTY,
// DKIX_DUMMY, or an index into the entries) followed by the entries in insertion order. CPython
// stores 16-byte entries without the hash when every key is an exact str (DICT_KEYS_UNICODE) and
// 24-byte entries otherwise; we always keep the hash but track the kind, which decides
// getsizeof() and the traversal.
#pragma once

#include "objects/dictobject.h"

#include <cstdint>

namespace hs {

enum : ssize_t { DKIX_EMPTY = -1, DKIX_DUMMY = -2, DKIX_ERROR = -3 };
enum DictKeysKind : uint8_t { DICT_KEYS_GENERAL = 0, DICT_KEYS_UNICODE = 1 };

constexpr int PyDict_LOG_MINSIZE = 3;
constexpr ssize_t PyDict_MINSIZE = 8;

struct DictEntry {
    int64_t me_hash;
    Object* me_key;    // nullptr for a deleted entry
    Object* me_value;  // nullptr for a deleted entry
};

struct DictKeys {
    ssize_t dk_refcnt;  // 1; the shared empty keys are never freed
    uint8_t dk_log2_size;
    uint8_t dk_log2_index_bytes;
    uint8_t dk_kind;
    ssize_t dk_usable;    // entries that can still be appended before a resize
    ssize_t dk_nentries;  // entries used so far (deleted ones included)
    // followed by (1 << dk_log2_index_bytes) bytes of indices, then the entries

    char* indices() { return reinterpret_cast<char*>(this + 1); }
    DictEntry* entries() { return reinterpret_cast<DictEntry*>(indices() + (size_t{1} << dk_log2_index_bytes)); }
    ssize_t size() const { return ssize_t{1} << dk_log2_size; }
};

inline ssize_t usable_fraction(ssize_t n) { return (n << 1) / 3; }

extern DictKeys* const Py_EMPTY_KEYS;

inline DictObject* as_dict(Object* o) { return static_cast<DictObject*>(o); }
inline bool dk_is_unicode(const DictKeys* k) { return k->dk_kind == DICT_KEYS_UNICODE; }

// The hash of a key (cached for str), -1 with an error set.
int64_t dict_key_hash(Object* key);
// _Py_dict_lookup: the entry index, DKIX_EMPTY, or DKIX_ERROR; *value_addr is the value
// (borrowed) or nullptr.
ssize_t dict_lookup(DictObject* mp, Object* key, int64_t hash, Object** value_addr);
// insertdict: steals references to key and value.
int dict_insert(DictObject* mp, Object* key, int64_t hash, Object* value);
// dictresize.
int dict_resize(DictObject* mp, uint8_t log2_newsize, bool unicode);
uint8_t estimate_log2_keysize(ssize_t n);
// delitem_common: removes entry ix (found by a lookup that gave old_value).
void dict_delitem_common(DictObject* mp, int64_t hash, ssize_t ix, Object* old_value);
// Marks the index slot of entry ix as deleted (popitem).
void dict_mark_dummy(DictKeys* k, int64_t hash, ssize_t ix);
// PyDict_Next with the stored hash.
bool dict_next_hash(Object* d, ssize_t* pos, Object** key, Object** value, int64_t* hash);
// _PyDict_Contains_KnownHash / the value for a known hash (borrowed, nullptr when missing).
int dict_contains_known_hash(Object* d, Object* key, int64_t hash);
// dict_merge with CPython's override modes: 0 keep existing, 1 replace, 2 KeyError on a duplicate.
int dict_merge_ex(Object* a, Object* b, int override);
// dict_update_arg: a dict, something with keys(), or an iterable of pairs.
int dict_update_arg(Object* self, Object* arg);
// new_dict: a dict using `keys` (taking ownership) with `used` items; from the free list.
Object* dict_new_with_keys(DictKeys* keys, ssize_t used);
// Track the dict if key or value may be tracked (MAINTAIN_TRACKING).
void dict_maintain_tracking(DictObject* mp, Object* key, Object* value);

// Slots used by the type object.
void dict_dealloc(Object* self);
int dict_traverse(Object* self, visitproc visit, void* arg);
int dict_tp_clear(Object* self);

// Views and iterators (dict_views.cpp).
Object* dict_iter(Object* dict);  // iter(d): the key iterator
Object* dict_view_new(Object* dict, TypeObject* type);
Object* dict_reversed_iter(Object* dict, TypeObject* view_type);
extern TypeObject DictKeysType;
extern TypeObject DictValuesType;
extern TypeObject DictItemsType;
void init_dict_view_types();

} // namespace hs
