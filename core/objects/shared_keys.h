// The attribute names that the instances of one class share (CPython 3.11's ht_cached_keys, a
// split-table PyDictKeysObject). Only its bookkeeping is modelled, because it decides numbers a
// learner sees: `sys.getsizeof(obj.__dict__)` of a materialized (split) dict is
// 64 + 8 * (names + usable), and when no name can be added any more an instance gets a real dict.
#pragma once

#include <vector>

#include "objects/strobject.h"
#include "runtime/object.h"

namespace hs {

struct SharedKeys {
    static constexpr int kMaxNames = 30;  // SHARED_KEYS_MAX_SIZE
    // CPython's table behind the shared keys has 2**6 slots; its size counts only when the dict
    // is the table's last user (the class is gone).
    static constexpr ssize_t kTableBytes = 32 + 64 + 42 * 16;

    int refcnt = 1;                  // the class, plus one per split dict using these keys
    int usable = kMaxNames;          // dk_usable: starts one above what the first instance gets
    std::vector<StrObject*> names;   // dk_entries' keys, owned, in insertion order

    // shared_keys_usable_size: the number of value slots a new instance gets.
    ssize_t usable_size() const { return static_cast<ssize_t>(names.size()) + usable; }

    // init_inline_values: every new instance takes one slot of headroom, down to one.
    void on_new_instance() {
        if (usable > 1) usable--;
    }

    // The shared name equal to `name`, or nullptr.
    Object* find(Object* name) const {
        for (StrObject* k : names)
            if (k == name) return k;
        for (StrObject* k : names)
            if (str_equal(k, name)) return k;
        return nullptr;
    }

    // insert_into_dictkeys: the shared name (added if there is room), or nullptr when the keys
    // are full (or `name` is not an exact str): the caller then needs a real dict.
    Object* insert(Object* name) {
        if (!str_check_exact(name)) return nullptr;
        if (Object* k = find(name)) return k;
        if (usable <= 0) return nullptr;
        Object* key = newref(name);
        str_intern_in_place(&key);
        names.push_back(static_cast<StrObject*>(key));
        usable--;
        return key;
    }
};

inline SharedKeys* shared_keys_incref(SharedKeys* k) {
    k->refcnt++;
    return k;
}

inline void shared_keys_decref(SharedKeys* k) {
    if (--k->refcnt > 0) return;
    for (StrObject* name : k->names) decref(name);
    delete k;
}

} // namespace hs
