// dict: CPython 3.11's compact, insertion-ordered hash table with the same table sizes, growth
// points and tracking rules (a dict becomes tracked when it first stores a trackable object).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct DictKeys;

struct DictObject : Object {
    ssize_t ma_used = 0;
    uint64_t ma_version = 0;
    DictKeys* ma_keys = nullptr;
};

extern TypeObject DictType;

inline bool dict_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_DICT_SUBCLASS); }
inline bool dict_check_exact(const Object* o) { return o->ob_type == &DictType; }
inline ssize_t dict_size(const Object* d) { return static_cast<const DictObject*>(d)->ma_used; }

Object* dict_new();
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
int dict_clear(Object* d);
Object* dict_keys_list(Object* d);
ssize_t dict_sizeof(Object* d);  // CPython's dict.__sizeof__()

void init_dict_type();

} // namespace hs
