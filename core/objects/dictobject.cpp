// dict: the hash table (lookup, insertion, resizing, deletion), creation and the free list,
// deallocation and traversal, and the C++ API of dictobject.h. The Python-visible methods and
// the type object are in dict_methods.cpp; views and iterators in dict_views.cpp.
#include "objects/dictobject.h"

#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/exceptions.h"
#include "objects/listobject.h"
#include "objects/shared_keys.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"

#include <bit>
#include <cstring>

namespace hs {

TypeObject DictType;

namespace {

constexpr int PERTURB_SHIFT = 5;

// The keys of every empty dict: one index slot, always DKIX_EMPTY, no room for entries, so the
// first insertion allocates a real table (insert_to_emptydict).
struct EmptyKeysStorage {
    DictKeys keys;
    int8_t indices[8];
};
EmptyKeysStorage g_empty_keys = {{1 << 30, 0, 0, DICT_KEYS_UNICODE, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}};

uint64_t g_dict_version = 0;
inline uint64_t next_version() { return ++g_dict_version; }

inline ssize_t dk_get_index(DictKeys* k, size_t i) {
    uint8_t log2size = k->dk_log2_size;
    char* indices = k->indices();
    if (log2size < 8) return reinterpret_cast<int8_t*>(indices)[i];
    if (log2size < 16) return reinterpret_cast<int16_t*>(indices)[i];
    if (log2size >= 32) return static_cast<ssize_t>(reinterpret_cast<int64_t*>(indices)[i]);
    return reinterpret_cast<int32_t*>(indices)[i];
}

inline void dk_set_index(DictKeys* k, size_t i, ssize_t ix) {
    uint8_t log2size = k->dk_log2_size;
    char* indices = k->indices();
    if (log2size < 8) reinterpret_cast<int8_t*>(indices)[i] = static_cast<int8_t>(ix);
    else if (log2size < 16) reinterpret_cast<int16_t*>(indices)[i] = static_cast<int16_t>(ix);
    else if (log2size >= 32) reinterpret_cast<int64_t*>(indices)[i] = ix;
    else reinterpret_cast<int32_t*>(indices)[i] = static_cast<int32_t>(ix);
}

inline size_t keys_alloc_size(const DictKeys* k) {
    return sizeof(DictKeys) + (size_t{1} << k->dk_log2_index_bytes) +
           static_cast<size_t>(usable_fraction(k->size())) * sizeof(DictEntry);
}

// calculate_log2_keysize exactly as 3.11 computes it: for minsize >= 8 the smallest power of 2
// >= minsize, but 16 for 1..7 (so converting a small str-keyed dict to general keys gives 16).
uint8_t calculate_log2_keysize(ssize_t minsize) {
    uint64_t m = static_cast<uint64_t>((minsize | PyDict_MINSIZE) - 1);
    return static_cast<uint8_t>(std::bit_width(m | static_cast<uint64_t>(PyDict_MINSIZE - 1)));
}

DictKeys* new_keys_object(uint8_t log2_size, bool unicode) {
    uint8_t log2_bytes;
    if (log2_size < 8) log2_bytes = log2_size;
    else if (log2_size < 16) log2_bytes = static_cast<uint8_t>(log2_size + 1);
    else if (log2_size < 32) log2_bytes = static_cast<uint8_t>(log2_size + 2);
    else log2_bytes = static_cast<uint8_t>(log2_size + 3);
    ssize_t usable = usable_fraction(ssize_t{1} << log2_size);
    size_t total = sizeof(DictKeys) + (size_t{1} << log2_bytes) + static_cast<size_t>(usable) * sizeof(DictEntry);
    auto* dk = static_cast<DictKeys*>(mem_alloc(total));
    if (!dk) return nullptr;
    dk->dk_refcnt = 1;
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL;
    dk->dk_usable = usable;
    dk->dk_nentries = 0;
    std::memset(dk->indices(), 0xff, size_t{1} << log2_bytes);
    std::memset(dk->entries(), 0, sizeof(DictEntry) * static_cast<size_t>(usable));
    return dk;
}

// Releases the keys object, and the entries still in it (key then value, in insertion order).
void free_keys_object(DictKeys* keys) {
    if (keys == Py_EMPTY_KEYS) return;
    DictEntry* entries = keys->entries();
    for (ssize_t i = 0, n = keys->dk_nentries; i < n; i++) {
        xdecref(entries[i].me_key);
        xdecref(entries[i].me_value);
    }
    mem_free(keys, keys_alloc_size(keys));
}

// Releases the block only (its entries were moved elsewhere).
void free_keys_block(DictKeys* keys) {
    if (keys != Py_EMPTY_KEYS) mem_free(keys, keys_alloc_size(keys));
}

size_t find_empty_slot(DictKeys* keys, int64_t hash) {
    const size_t mask = static_cast<size_t>(keys->size() - 1);
    size_t i = static_cast<size_t>(hash) & mask;
    ssize_t ix = dk_get_index(keys, i);
    for (size_t perturb = static_cast<size_t>(hash); ix >= 0;) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dk_get_index(keys, i);
    }
    return i;
}

// lookdict_index: the slot of the index table that holds entry `index`.
size_t lookdict_index(DictKeys* k, int64_t hash, ssize_t index) {
    size_t mask = static_cast<size_t>(k->size() - 1);
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    for (;;) {
        ssize_t ix = dk_get_index(k, i);
        if (ix == index) return i;
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

void build_indices(DictKeys* keys, DictEntry* ep, ssize_t n) {
    size_t mask = static_cast<size_t>(keys->size() - 1);
    for (ssize_t ix = 0; ix != n; ix++, ep++) {
        int64_t hash = ep->me_hash;
        size_t i = static_cast<size_t>(hash) & mask;
        for (size_t perturb = static_cast<size_t>(hash); dk_get_index(keys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dk_set_index(keys, i, ix);
    }
}

int insertion_resize(DictObject* mp, bool unicode) {
    return dict_resize(mp, calculate_log2_keysize(mp->ma_used * 3), unicode);
}

int insert_to_emptydict(DictObject* mp, Object* key, int64_t hash, Object* value) {
    DictKeys* newkeys = new_keys_object(PyDict_LOG_MINSIZE, str_check_exact(key));
    if (!newkeys) {
        decref(key);
        decref(value);
        return -1;
    }
    mp->ma_keys = newkeys;
    dict_maintain_tracking(mp, key, value);
    size_t hashpos = static_cast<size_t>(hash) & static_cast<size_t>(PyDict_MINSIZE - 1);
    dk_set_index(newkeys, hashpos, 0);
    DictEntry* ep = newkeys->entries();
    ep->me_key = key;
    ep->me_hash = hash;
    ep->me_value = value;
    mp->ma_used++;
    mp->ma_version = next_version();
    newkeys->dk_usable--;
    newkeys->dk_nentries++;
    return 0;
}

// PyDict_New / new_dict: from the free list when possible (no GC count). Untracked.
DictObject* dict_alloc() {
    Runtime& r = rt();
    DictObject* mp;
    if (r.dict_numfree > 0) {
        mp = as_dict(r.dict_free_list[--r.dict_numfree]);
        mp->ob_refcnt = 1;
        if (g_observer) g_observer->on_object_new(mp);
    } else {
        mp = static_cast<DictObject*>(gc_alloc(&DictType, sizeof(DictObject)));
        if (!mp) return nullptr;
    }
    mp->ma_shared = nullptr;
    return mp;
}

// clone_combined_dict_keys: an exact copy of the table (deleted entries and all).
DictKeys* clone_keys(DictObject* orig) {
    size_t size = keys_alloc_size(orig->ma_keys);
    auto* keys = static_cast<DictKeys*>(mem_alloc(size));
    if (!keys) return nullptr;
    std::memcpy(keys, orig->ma_keys, size);
    DictEntry* ep = keys->entries();
    for (ssize_t i = 0, n = keys->dk_nentries; i < n; i++) {
        if (ep[i].me_value) {
            incref(ep[i].me_value);
            incref(ep[i].me_key);
        }
    }
    return keys;
}

} // namespace

DictKeys* const Py_EMPTY_KEYS = &g_empty_keys.keys;

void dict_maintain_tracking(DictObject* mp, Object* key, Object* value) {
    if (!gc_is_tracked(mp) && (object_may_be_tracked(key) || object_may_be_tracked(value))) gc_track(mp);
}

// Added for the collector (runtime/collector.cpp): the reverse of dict_maintain_tracking.
void dict_maybe_untrack(Object* d) {
    if (!dict_check_exact(d) || !gc_is_tracked(d)) return;
    DictKeys* keys = as_dict(d)->ma_keys;
    DictEntry* entries = keys->entries();
    bool unicode = dk_is_unicode(keys);
    for (ssize_t i = 0, n = keys->dk_nentries; i < n; i++) {
        if (!entries[i].me_value) continue;
        if (object_may_be_tracked(entries[i].me_value)) return;
        if (!unicode && object_may_be_tracked(entries[i].me_key)) return;
    }
    gc_untrack(d);
}

uint8_t estimate_log2_keysize(ssize_t n) { return calculate_log2_keysize((n * 3 + 1) / 2); }

int64_t dict_key_hash(Object* key) {
    if (str_check_exact(key)) {
        int64_t h = static_cast<StrObject*>(key)->hash;
        if (h != -1) return h;
        return str_hash(key);
    }
    return object_hash(key);
}

namespace {

// The common case: an exact str looked up in a table whose keys are all exact str. Comparing
// two str runs no Python code, so the table cannot change under us.
ssize_t unicode_lookup(DictKeys* dk, Object* key, int64_t hash, Object** value_addr) {
    size_t mask = static_cast<size_t>(dk->size() - 1);
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    DictEntry* ep0 = dk->entries();
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            DictEntry* ep = &ep0[ix];
            if (ep->me_key == key || (ep->me_hash == hash && str_equal(ep->me_key, key))) {
                *value_addr = ep->me_value;
                return ix;
            }
        } else if (ix == DKIX_EMPTY) {
            *value_addr = nullptr;
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

} // namespace

ssize_t dict_lookup(DictObject* mp, Object* key, int64_t hash, Object** value_addr) {
    const bool key_is_str = str_check_exact(key);
    if (key_is_str && dk_is_unicode(mp->ma_keys)) return unicode_lookup(mp->ma_keys, key, hash, value_addr);
restart:
    DictKeys* dk = mp->ma_keys;
    size_t mask = static_cast<size_t>(dk->size() - 1);
    size_t perturb = static_cast<size_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    DictEntry* ep0 = dk->entries();
    for (;;) {
        ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            DictEntry* ep = &ep0[ix];
            Object* startkey = ep->me_key;
            if (startkey == key) {
                *value_addr = ep->me_value;
                return ix;
            }
            if (ep->me_hash == hash) {
                if (key_is_str && str_check_exact(startkey)) {
                    if (str_equal(startkey, key)) {
                        *value_addr = ep->me_value;
                        return ix;
                    }
                } else {
                    // __eq__ may run Python code that changes the dict: start over if it did.
                    incref(startkey);
                    int cmp = object_richcompare_bool(startkey, key, Py_EQ);
                    decref(startkey);
                    if (cmp < 0) {
                        *value_addr = nullptr;
                        return DKIX_ERROR;
                    }
                    if (dk != mp->ma_keys || ep->me_key != startkey) goto restart;
                    if (cmp > 0) {
                        *value_addr = ep->me_value;
                        return ix;
                    }
                }
            }
        } else if (ix == DKIX_EMPTY) {
            *value_addr = nullptr;
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

// Converts a split dict into a combined one: CPython's dictresize always does.
void dict_unshare_keys(DictObject* mp) {
    if (!mp->ma_shared) return;
    shared_keys_decref(mp->ma_shared);
    mp->ma_shared = nullptr;
}

int dict_resize(DictObject* mp, uint8_t log2_newsize, bool unicode) {
    if (log2_newsize >= 8 * sizeof(size_t)) {
        no_memory();
        return -1;
    }
    dict_unshare_keys(mp);
    DictKeys* oldkeys = mp->ma_keys;
    if (!dk_is_unicode(oldkeys)) unicode = false;
    DictKeys* newkeys = new_keys_object(log2_newsize, unicode);
    if (!newkeys) return -1;
    ssize_t numentries = mp->ma_used;
    DictEntry* oldentries = oldkeys->entries();
    DictEntry* newentries = newkeys->entries();
    if (oldkeys->dk_nentries == numentries) {
        std::memcpy(newentries, oldentries, static_cast<size_t>(numentries) * sizeof(DictEntry));
    } else {
        // Compact: skip deleted entries, keeping insertion order.
        DictEntry* ep = oldentries;
        for (ssize_t i = 0; i < numentries; i++) {
            while (!ep->me_value) ep++;
            newentries[i] = *ep++;
        }
    }
    build_indices(newkeys, newentries, numentries);
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    mp->ma_keys = newkeys;
    free_keys_block(oldkeys);
    return 0;
}

int dict_insert(DictObject* mp, Object* key, int64_t hash, Object* value) {
    if (mp->ma_keys == Py_EMPTY_KEYS) return insert_to_emptydict(mp, key, hash, value);
    if (dk_is_unicode(mp->ma_keys) && !str_check_exact(key)) {
        if (insertion_resize(mp, false) < 0) goto fail;
    }
    {
        Object* old_value;
        ssize_t ix = dict_lookup(mp, key, hash, &old_value);
        if (ix == DKIX_ERROR) goto fail;
        dict_maintain_tracking(mp, key, value);
        if (ix == DKIX_EMPTY) {
            if (mp->ma_shared && mp->ma_shared->insert(key)) {
                // The key is (now) one of the shared keys: CPython fills its slot, the dict stays
                // split. Our own table may need room (deleted entries): that is not a conversion.
                if (mp->ma_keys->dk_usable <= 0) {
                    SharedKeys* shared = shared_keys_incref(mp->ma_shared);
                    int err = dict_resize(mp, mp->ma_keys->dk_log2_size, true);
                    mp->ma_shared = shared;
                    if (err < 0) goto fail;
                }
            } else if (mp->ma_shared || mp->ma_keys->dk_usable <= 0) {
                // A split dict whose class has no room for the key becomes combined.
                if (insertion_resize(mp, true) < 0) goto fail;
            }
            DictKeys* dk = mp->ma_keys;
            if (!str_check_exact(key) && dk_is_unicode(dk)) dk->dk_kind = DICT_KEYS_GENERAL;
            size_t hashpos = find_empty_slot(dk, hash);
            dk_set_index(dk, hashpos, dk->dk_nentries);
            DictEntry* ep = &dk->entries()[dk->dk_nentries];
            ep->me_key = key;
            ep->me_hash = hash;
            ep->me_value = value;
            mp->ma_used++;
            mp->ma_version = next_version();
            dk->dk_usable--;
            dk->dk_nentries++;
            return 0;
        }
        if (old_value != value) {
            mp->ma_keys->entries()[ix].me_value = value;
            mp->ma_version = next_version();
        }
        xdecref(old_value);  // may run code that changes the dict: nothing of it is used after
        decref(key);
        return 0;
    }
fail:
    decref(value);
    decref(key);
    return -1;
}

void dict_mark_dummy(DictKeys* k, int64_t hash, ssize_t ix) { dk_set_index(k, lookdict_index(k, hash, ix), DKIX_DUMMY); }

void dict_delitem_common(DictObject* mp, int64_t hash, ssize_t ix, Object* old_value) {
    size_t hashpos = lookdict_index(mp->ma_keys, hash, ix);
    mp->ma_used--;
    mp->ma_version = next_version();
    dk_set_index(mp->ma_keys, hashpos, DKIX_DUMMY);
    DictEntry* ep = &mp->ma_keys->entries()[ix];
    Object* old_key = ep->me_key;
    ep->me_key = nullptr;
    ep->me_value = nullptr;
    ep->me_hash = 0;
    decref(old_key);
    decref(old_value);
}

// ---- Creation, free list, deallocation -------------------------------------------------------

Object* dict_new_with_keys(DictKeys* keys, ssize_t used) {
    DictObject* mp = dict_alloc();
    if (!mp) {
        if (keys != Py_EMPTY_KEYS) {
            // The keys are ours: release them with their entries.
            free_keys_object(keys);
        }
        return nullptr;
    }
    mp->ma_keys = keys;
    mp->ma_used = used;
    mp->ma_version = next_version();
    return mp;
}

Object* dict_new() { return dict_new_with_keys(Py_EMPTY_KEYS, 0); }

Object* dict_new_split(SharedKeys* keys) {
    // Room for every name the class can ever share, so filling it never resizes.
    DictKeys* table = new_keys_object(calculate_log2_keysize(SharedKeys::kMaxNames * 3 / 2), true);
    if (!table) return nullptr;
    Object* d = dict_new_with_keys(table, 0);
    if (d) as_dict(d)->ma_shared = shared_keys_incref(keys);
    return d;
}

Object* dict_new_presized(ssize_t minused, bool unicode) {
    constexpr uint8_t log2_max_presize = 17;
    constexpr ssize_t max_presize = ssize_t{1} << log2_max_presize;
    if (minused <= usable_fraction(PyDict_MINSIZE)) return dict_new();
    // No guarantee that minused items fit without a resize: a medium size instead of a huge one.
    uint8_t log2_newsize =
        minused > usable_fraction(max_presize) ? log2_max_presize : estimate_log2_keysize(minused);
    DictKeys* keys = new_keys_object(log2_newsize, unicode);
    if (!keys) return nullptr;
    return dict_new_with_keys(keys, 0);
}

Object* dict_from_items(Object* const* keys, ssize_t keys_offset, Object* const* values, ssize_t values_offset,
                        ssize_t length) {
    bool unicode = true;
    Object* const* ks = keys;
    for (ssize_t i = 0; i < length; i++, ks += keys_offset) {
        if (!str_check_exact(*ks)) {
            unicode = false;
            break;
        }
    }
    Object* dict = dict_new_presized(length, unicode);
    if (!dict) return nullptr;
    ks = keys;
    Object* const* vs = values;
    for (ssize_t i = 0; i < length; i++, ks += keys_offset, vs += values_offset) {
        if (dict_setitem(dict, *ks, *vs) < 0) {
            decref(dict);
            return nullptr;
        }
    }
    return dict;
}

void dict_clear_free_list() {
    Runtime& r = rt();
    while (r.dict_numfree > 0) gc_free(r.dict_free_list[--r.dict_numfree]);
}

void dict_dealloc(Object* self) {
    DictObject* mp = as_dict(self);
    DictKeys* keys = mp->ma_keys;
    gc_untrack(self);
    if (trashcan_begin(self)) return;
    dict_unshare_keys(mp);
    if (keys) free_keys_object(keys);  // entries in insertion order
    Runtime& r = rt();
    if (r.dict_numfree < Runtime::DICT_MAXFREELIST && dict_check_exact(self)) {
        if (g_observer) g_observer->on_object_free(self);
        r.dict_free_list[r.dict_numfree++] = self;
    } else {
        gc_free(self);
    }
    trashcan_end();
}

int dict_traverse(Object* self, visitproc visit, void* arg) {
    DictKeys* keys = as_dict(self)->ma_keys;
    DictEntry* entries = keys->entries();
    ssize_t n = keys->dk_nentries;
    if (dk_is_unicode(keys)) {
        // str keys are not GC objects: only the values are visited.
        for (ssize_t i = 0; i < n; i++) HS_VISIT(entries[i].me_value);
    } else {
        for (ssize_t i = 0; i < n; i++) {
            if (entries[i].me_value) {
                HS_VISIT(entries[i].me_value);
                HS_VISIT(entries[i].me_key);
            }
        }
    }
    return 0;
}

int dict_clear(Object* op) {
    DictObject* mp = as_dict(op);
    DictKeys* oldkeys = mp->ma_keys;
    dict_unshare_keys(mp);
    if (oldkeys == Py_EMPTY_KEYS) return 0;
    // Empty the dict first, then release the old entries (which may run code).
    mp->ma_keys = Py_EMPTY_KEYS;
    mp->ma_used = 0;
    mp->ma_version = next_version();
    free_keys_object(oldkeys);
    return 0;
}

int dict_tp_clear(Object* self) { return dict_clear(self); }

// ---- C++ API ----------------------------------------------------------------------------------

Object* dict_getitem_with_error(Object* d, Object* key) {
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return nullptr;
    Object* value;
    if (dict_lookup(as_dict(d), key, hash, &value) == DKIX_ERROR) return nullptr;
    return value;
}

Object* dict_getitem_str(Object* d, std::string_view key) {
    Ref k(str_from_utf8(key));
    if (!k) {
        clear_error();
        return nullptr;
    }
    Object* value = dict_getitem_with_error(d, k.get());
    if (!value && error_occurred()) clear_error();
    return value;
}

int dict_setitem(Object* d, Object* key, Object* value) {
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return -1;
    return dict_insert(as_dict(d), newref(key), hash, newref(value));
}

int dict_setitem_str(Object* d, std::string_view key, Object* value) {
    Object* k = intern(key);
    if (!k) return -1;
    return dict_setitem(d, k, value);
}

int dict_delitem(Object* d, Object* key) {
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return -1;
    DictObject* mp = as_dict(d);
    Object* old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return -1;
    if (ix == DKIX_EMPTY || !old_value) {
        set_key_error(key);
        return -1;
    }
    incref(old_value);  // delitem_common releases the table's reference
    dict_delitem_common(mp, hash, ix, old_value);
    decref(old_value);
    return 0;
}

bool dict_next_hash(Object* d, ssize_t* pos, Object** key, Object** value, int64_t* hash) {
    DictKeys* k = as_dict(d)->ma_keys;
    ssize_t i = *pos;
    ssize_t n = k->dk_nentries;
    DictEntry* entries = k->entries();
    while (i < n && !entries[i].me_value) i++;
    if (i >= n) return false;
    *pos = i + 1;
    if (key) *key = entries[i].me_key;
    if (value) *value = entries[i].me_value;
    if (hash) *hash = entries[i].me_hash;
    return true;
}

bool dict_next(Object* d, ssize_t* pos, Object** key, Object** value) {
    return dict_next_hash(d, pos, key, value, nullptr);
}

int dict_contains_known_hash(Object* d, Object* key, int64_t hash) {
    Object* value;
    ssize_t ix = dict_lookup(as_dict(d), key, hash, &value);
    if (ix == DKIX_ERROR) return -1;
    return ix != DKIX_EMPTY && value != nullptr;
}

int dict_contains(Object* d, Object* key) {
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return -1;
    return dict_contains_known_hash(d, key, hash);
}

Object* dict_copy(Object* o) {
    DictObject* mp = as_dict(o);
    if (mp->ma_used == 0) return dict_new();
    if (mp->ma_shared) {
        // A split copy shares the keys; CPython allocates it without the free list.
        DictKeys* keys = clone_keys(mp);
        if (!keys) return nullptr;
        auto* copy = static_cast<DictObject*>(gc_alloc(&DictType, sizeof(DictObject)));
        if (!copy) {
            free_keys_object(keys);
            return nullptr;
        }
        copy->ma_keys = keys;
        copy->ma_used = mp->ma_used;
        copy->ma_version = next_version();
        copy->ma_shared = shared_keys_incref(mp->ma_shared);
        if (gc_is_tracked(o)) gc_track(copy);
        return copy;
    }
    if (type_of(o)->tp_iter == dict_iter && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        // Fast copy: clone the table unless it is mostly deleted entries.
        DictKeys* keys = clone_keys(mp);
        if (!keys) return nullptr;
        Object* copy = dict_new_with_keys(keys, mp->ma_used);
        if (!copy) return nullptr;
        if (gc_is_tracked(o)) gc_track(copy);
        return copy;
    }
    Object* copy = dict_new();
    if (!copy) return nullptr;
    if (dict_merge_ex(copy, o, 1) == 0) return copy;
    decref(copy);
    return nullptr;
}

int dict_merge(Object* d, Object* other, bool override) { return dict_merge_ex(d, other, override ? 1 : 0); }

int dict_merge_ex(Object* a, Object* b, int override) {
    DictObject* mp = as_dict(a);
    if (dict_check(b) && type_of(b)->tp_iter == dict_iter) {
        DictObject* other = as_dict(b);
        if (other == mp || other->ma_used == 0) return 0;  // a.update(a) or a.update({})
        if (mp->ma_used == 0) {
            // The target is empty: no key can already be there.
            override = 1;
            DictKeys* okeys = other->ma_keys;
            // If other is clean and was just allocated, clone it.
            if (!other->ma_shared && other->ma_used == okeys->dk_nentries &&
                (okeys->dk_log2_size == PyDict_LOG_MINSIZE || usable_fraction(okeys->size() / 2) < other->ma_used)) {
                DictKeys* keys = clone_keys(other);
                if (!keys) return -1;
                DictKeys* old = mp->ma_keys;
                mp->ma_keys = keys;
                free_keys_object(old);
                mp->ma_used = other->ma_used;
                mp->ma_version = next_version();
                if (gc_is_tracked(other) && !gc_is_tracked(mp)) gc_track(mp);
                return 0;
            }
        }
        // One big resize at the start rather than several while inserting.
        if (usable_fraction(mp->ma_keys->size()) < other->ma_used) {
            bool unicode = dk_is_unicode(other->ma_keys);
            if (dict_resize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), unicode) < 0) return -1;
        }
        ssize_t orig_size = other->ma_keys->dk_nentries;
        ssize_t pos = 0;
        Object *key, *value;
        int64_t hash;
        while (dict_next_hash(other, &pos, &key, &value, &hash)) {
            int err = 0;
            incref(key);
            incref(value);
            if (override == 1) {
                err = dict_insert(mp, key, hash, value);
            } else {
                err = dict_contains_known_hash(a, key, hash);
                if (err == 0) {
                    err = dict_insert(mp, key, hash, value);
                } else {
                    if (err > 0) {
                        if (override != 0) {
                            set_key_error(key);
                            decref(value);
                            decref(key);
                            return -1;
                        }
                        err = 0;
                    }
                    decref(value);
                    decref(key);
                }
            }
            if (err != 0) return -1;
            if (orig_size != other->ma_keys->dk_nentries) {
                set_error(&RuntimeErrorType, "dict mutated during update");
                return -1;
            }
        }
        return 0;
    }
    // The generic way: b.keys(), then b[key] for each.
    Ref keys;
    if (dict_check_exact(b)) {
        keys.reset(dict_keys_list(b));
    } else {
        Ref out(call_method(b, "keys", {}));
        if (!out) return -1;
        if (list_check_exact(out.get())) {
            keys = std::move(out);
        } else {
            Ref it(object_get_iter(out.get()));
            if (!it) {
                if (error_matches(&TypeErrorType)) {
                    clear_error();
                    set_error_format(&TypeErrorType, "%s.keys() returned a non-iterable (type %s)", type_name_of(b),
                                     type_name_of(out.get()));
                }
                return -1;
            }
            keys.reset(sequence_list(it.get()));
        }
    }
    if (!keys) return -1;
    Ref iter(object_get_iter(keys.get()));
    if (!iter) return -1;
    for (;;) {
        Ref key(iter_next(iter.get()));
        if (!key) break;
        if (override != 1) {
            int status = dict_contains(a, key.get());
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) continue;
                    set_key_error(key.get());
                }
                return -1;
            }
        }
        Ref value(object_getitem(b, key.get()));
        if (!value) return -1;
        if (dict_setitem(a, key.get(), value.get()) < 0) return -1;
    }
    return error_occurred() ? -1 : 0;
}

Object* dict_keys_list(Object* d) {
    DictObject* mp = as_dict(d);
    for (;;) {
        ssize_t n = mp->ma_used;
        Object* v = list_new(n);
        if (!v) return nullptr;
        // Allocating the list may have run a collection that changed the dict.
        if (n != mp->ma_used) {
            decref(v);
            continue;
        }
        ssize_t pos = 0, j = 0;
        Object* key;
        while (dict_next(d, &pos, &key, nullptr)) list_set_item_steal(v, j++, newref(key));
        return v;
    }
}

ssize_t dict_sizeof(Object* d) {
    DictObject* mp = as_dict(d);
    ssize_t res = type_of(d)->tp_basicsize;
    if (SharedKeys* shared = mp->ma_shared) {
        // A value slot per usable shared key; the keys count only once the class is gone.
        res += shared->usable_size() * 8;
        if (shared->refcnt == 1) res += SharedKeys::kTableBytes;
        return res;
    }
    DictKeys* k = mp->ma_keys;
    if (k && k != Py_EMPTY_KEYS) {
        ssize_t entry_size = dk_is_unicode(k) ? 16 : 24;
        res += 32 + (ssize_t{1} << k->dk_log2_index_bytes) + usable_fraction(k->size()) * entry_size;
    }
    return res;
}

Object* dict_setdefault(Object* d, Object* key, Object* defaultobj) {
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return nullptr;
    DictObject* mp = as_dict(d);
    if (mp->ma_keys == Py_EMPTY_KEYS) {
        if (insert_to_emptydict(mp, newref(key), hash, newref(defaultobj)) < 0) return nullptr;
        return defaultobj;
    }
    if (!str_check_exact(key) && dk_is_unicode(mp->ma_keys)) {
        if (insertion_resize(mp, false) < 0) return nullptr;
    }
    Object* value;
    ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY) {
        if (dict_insert(mp, newref(key), hash, newref(defaultobj)) < 0) return nullptr;
        return defaultobj;
    }
    return value;
}

Object* dict_pop(Object* d, Object* key, Object* deflt) {
    DictObject* mp = as_dict(d);
    if (mp->ma_used == 0) {
        if (deflt) return newref(deflt);
        set_key_error(key);
        return nullptr;
    }
    int64_t hash = dict_key_hash(key);
    if (hash == -1) return nullptr;
    Object* old_value;
    ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) return nullptr;
    if (ix == DKIX_EMPTY || !old_value) {
        if (deflt) return newref(deflt);
        set_key_error(key);
        return nullptr;
    }
    incref(old_value);
    dict_delitem_common(mp, hash, ix, old_value);
    return old_value;
}

int dict_update_arg(Object* self, Object* arg) {
    if (dict_check_exact(arg)) return dict_merge_ex(self, arg, 1);
    Object* func = nullptr;
    int found = object_lookup_attr(arg, intern("keys"), &func);
    if (found < 0) return -1;
    if (found) {
        xdecref(func);
        return dict_merge_ex(self, arg, 1);
    }
    return dict_merge_from_seq2(self, arg, true);
}

int dict_merge_from_seq2(Object* d, Object* seq2, bool override) {
    Ref it(object_get_iter(seq2));
    if (!it) return -1;
    for (ssize_t i = 0;; ++i) {
        Ref item(iter_next(it.get()));
        if (!item) return error_occurred() ? -1 : 0;
        // Convert the item to a sequence and check it has length 2.
        Ref fast;
        if (list_check_exact(item.get()) || tuple_check_exact(item.get())) {
            fast = Ref::borrowed(item.get());
        } else {
            Ref item_it(object_get_iter(item.get()));
            if (!item_it) {
                if (error_matches(&TypeErrorType)) {
                    clear_error();
                    set_error_format(&TypeErrorType, "cannot convert dictionary update sequence element #%zd to a sequence",
                                     i);
                }
                return -1;
            }
            fast.reset(sequence_list(item_it.get()));
            if (!fast) return -1;
        }
        bool is_list = list_check_exact(fast.get());
        ssize_t n = is_list ? list_size(fast.get()) : tuple_size(fast.get());
        if (n != 2) {
            set_error_format(&ValueErrorType, "dictionary update sequence element #%zd has length %zd; 2 is required",
                             i, n);
            return -1;
        }
        Object** items = is_list ? list_items(fast.get()) : tuple_items(fast.get());
        Ref key = Ref::borrowed(items[0]);
        Ref value = Ref::borrowed(items[1]);
        if (override) {
            if (dict_setitem(d, key.get(), value.get()) < 0) return -1;
        } else if (!dict_setdefault(d, key.get(), value.get())) {
            return -1;
        }
    }
}

} // namespace hs
