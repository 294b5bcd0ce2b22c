// dict: CPython 3.11's compact, insertion-ordered hash table with the same table sizes, growth
// points and tracking rules (a dict becomes tracked when it first stores a trackable object).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

#include <string_view>

namespace hs {

struct DictKeys;

struct DictObject : Object {
    ssize_t ma_used = 0;
    uint64_t ma_version = 0;
    DictKeys* ma_keys = nullptr;
    // Set while the dict is what CPython calls a split table: an instance's materialized
    // __dict__, whose keys are its class's shared keys. heapscope stores the entries in its own
    // table all the same; this decides the sizes and conversions CPython shows.
    SharedKeys* ma_shared = nullptr;
};

extern TypeObject DictType;

inline bool dict_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_DICT_SUBCLASS); }
inline bool dict_check_exact(const Object* o) { return o->ob_type == &DictType; }
inline ssize_t dict_size(const Object* d) { return static_cast<const DictObject*>(d)->ma_used; }

Object* dict_new();
// A split dict over a class's shared keys (CPython's new_dict_with_shared_keys); fill it with
// dict_setitem in the instance's insertion order.
Object* dict_new_split(SharedKeys* keys);
// A dict sized for n items (CPython's dict_new_presized; _PyDict_NewPresized is unicode=false).
Object* dict_new_presized(ssize_t n, bool unicode = false);
// _PyDict_FromItems, what BUILD_MAP n / BUILD_CONST_KEY_MAP n and **kwargs dicts use: presized
// for `length` items (str-keyed when every key is an exact str), then filled in order. Keys are
// keys[0], keys[keys_offset], ...; values likewise.
Object* dict_from_items(Object* const* keys, ssize_t keys_offset, Object* const* values, ssize_t values_offset,
                        ssize_t length);
// Borrowed reference or nullptr. *_with_error sets an error only when hashing/comparing fails.
Object* dict_getitem_with_error(Object* d, Object* key);
Object* dict_getitem_str(Object* d, std::string_view key);  // never sets an error
int dict_setitem(Object* d, Object* key, Object* value);    // increfs both
int dict_setitem_str(Object* d, std::string_view key, Object* value);
int dict_delitem(Object* d, Object* key);                    // KeyError when missing
// Iterates in insertion order: `ssize_t pos = 0; while (dict_next(d, &pos, &k, &v)) ...` (borrowed).
bool dict_next(Object* d, ssize_t* pos, Object** key, Object** value);
Object* dict_copy(Object* d);
int dict_merge(Object* d, Object* other, bool override);  // dict.update / {**a}
// PyDict_MergeFromSeq2: d.update(iterable of pairs).
int dict_merge_from_seq2(Object* d, Object* seq2, bool override);
int dict_clear(Object* d);
Object* dict_keys_list(Object* d);
ssize_t dict_sizeof(Object* d);  // CPython's dict.__sizeof__()
// `key in d` (1/0, -1 on error); d.pop(key[, deflt]) (new reference); d.setdefault(key, default)
// (borrowed: the value now stored).
int dict_contains(Object* d, Object* key);
Object* dict_pop(Object* d, Object* key, Object* deflt);
Object* dict_setdefault(Object* d, Object* key, Object* defaultobj);
// CPython's _PyObject_GC_MAY_BE_TRACKED (what makes a dict tracked when stored in it).
bool object_may_be_tracked(Object* o);
// _PyDict_MaybeUntrack: untracks an exact, tracked dict none of whose keys or values may be
// tracked. Full collections call it on their survivors (runtime/collector.cpp, untrack_dicts).
void dict_maybe_untrack(Object* d);

// Frees the dicts kept on the free list (gc.collect(2) and runtime teardown).
void dict_clear_free_list();
void init_dict_type();

} // namespace hs
