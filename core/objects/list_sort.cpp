// list.sort: CPython 3.11's timsort (runs, binary insertion, galloping merges, and the
// powersort merge order), so the comparisons made -- and therefore the exceptions raised and the
// order of calls into user __lt__ methods -- are the same as CPython's.
#include "objects/container_util.h"
#include "objects/floatobject.h"
#include "objects/intobject.h"
#include "objects/list_impl.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "objects/exceptions.h"

#include <cstring>
#include <vector>

namespace hs {

namespace {

constexpr ssize_t MIN_GALLOP = 7;
constexpr int MAX_MERGE_PENDING = 85;

// Keys and (when sorting with key=) the values that move with them.
struct SortSlice {
    Object** keys;
    Object** values;  // nullptr without a key function
};

inline void ss_copy(SortSlice* s1, ssize_t i, SortSlice* s2, ssize_t j) {
    s1->keys[i] = s2->keys[j];
    if (s1->values) s1->values[i] = s2->values[j];
}
inline void ss_copy_incr(SortSlice* dst, SortSlice* src) {
    *dst->keys++ = *src->keys++;
    if (dst->values) *dst->values++ = *src->values++;
}
inline void ss_copy_decr(SortSlice* dst, SortSlice* src) {
    *dst->keys-- = *src->keys--;
    if (dst->values) *dst->values-- = *src->values--;
}
inline void ss_memcpy(SortSlice* s1, ssize_t i, SortSlice* s2, ssize_t j, ssize_t n) {
    std::memcpy(&s1->keys[i], &s2->keys[j], sizeof(Object*) * static_cast<size_t>(n));
    if (s1->values) std::memcpy(&s1->values[i], &s2->values[j], sizeof(Object*) * static_cast<size_t>(n));
}
inline void ss_memmove(SortSlice* s1, ssize_t i, SortSlice* s2, ssize_t j, ssize_t n) {
    std::memmove(&s1->keys[i], &s2->keys[j], sizeof(Object*) * static_cast<size_t>(n));
    if (s1->values) std::memmove(&s1->values[i], &s2->values[j], sizeof(Object*) * static_cast<size_t>(n));
}
inline void ss_advance(SortSlice* s, ssize_t n) {
    s->keys += n;
    if (s->values) s->values += n;
}

struct PendingRun {
    SortSlice base;
    ssize_t len;
    int power;
};

struct MergeState {
    ssize_t min_gallop = MIN_GALLOP;
    Object** basekeys = nullptr;
    ssize_t listlen = 0;
    int n = 0;
    PendingRun pending[MAX_MERGE_PENDING];
    std::vector<Object*> temp;  // scratch for merges: keys then values
    SortSlice a{nullptr, nullptr};
    bool has_values = false;

    // Makes room for `need` keys (and values) in the scratch area `a`.
    void getmem(ssize_t need) {
        size_t n_entries = static_cast<size_t>(need) * (has_values ? 2 : 1);
        if (temp.size() < n_entries) temp.resize(n_entries);
        a.keys = temp.data();
        a.values = has_values ? temp.data() + need : nullptr;
    }
};

// a < b: 1, 0, or -1 on error. Exact ints, floats and strs are compared directly; everything
// else goes through the rich comparison.
int islt(Object* v, Object* w) {
    TypeObject* tv = type_of(v);
    if (tv == type_of(w)) {
        if (tv == &IntType) {
            auto* a = static_cast<IntObject*>(v);
            auto* b = static_cast<IntObject*>(w);
            if (!a->big && !b->big) return a->value < b->value;
        } else if (tv == &FloatType) {
            return static_cast<FloatObject*>(v)->ob_fval < static_cast<FloatObject*>(w)->ob_fval;
        } else if (tv == &StrType) {
            // UTF-8 byte order is code point order.
            std::string_view a = str_view(v), b = str_view(w);
            return a < b;
        }
    }
    return object_richcompare_bool(v, w, Py_LT);
}

#define IFLT(X, Y)                                                                                           \
    if ((k = islt(X, Y)) < 0) goto fail;                                                                     \
    if (k)

void reverse_slice(Object** lo, Object** hi) {
    --hi;
    while (lo < hi) {
        Object* t = *lo;
        *lo = *hi;
        *hi = t;
        ++lo;
        --hi;
    }
}

void reverse_sortslice(SortSlice* s, ssize_t n) {
    reverse_slice(s->keys, &s->keys[n]);
    if (s->values) reverse_slice(s->values, &s->values[n]);
}

// Binary insertion sort of [lo, hi), where [lo, start) is already sorted.
int binarysort(SortSlice lo, Object** hi, Object** start) {
    int k;
    Object **l, **p, **r;
    Object* pivot;
    if (lo.keys == start) ++start;
    for (; start < hi; ++start) {
        l = lo.keys;
        r = start;
        pivot = *r;
        do {
            p = l + ((r - l) >> 1);
            IFLT(pivot, *p) r = p;
            else l = p + 1;
        } while (l < r);
        for (p = start; p > l; --p) *p = *(p - 1);
        *l = pivot;
        if (lo.values) {
            ssize_t offset = lo.values - lo.keys;
            p = start + offset;
            pivot = *p;
            l += offset;
            for (p = start + offset; p > l; --p) *p = *(p - 1);
            *l = pivot;
        }
    }
    return 0;
fail:
    return -1;
}

// Length of the run starting at lo; *descending when it is strictly descending.
ssize_t count_run(Object** lo, Object** hi, bool* descending) {
    int k;
    ssize_t n;
    *descending = false;
    ++lo;
    if (lo == hi) return 1;
    n = 2;
    IFLT(*lo, *(lo - 1)) {
        *descending = true;
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1));
            else break;
        }
    }
    else {
        for (lo = lo + 1; lo < hi; ++lo, ++n) {
            IFLT(*lo, *(lo - 1)) break;
        }
    }
    return n;
fail:
    return -1;
}

// k such that a[k-1] < key <= a[k], searching from a[hint].
ssize_t gallop_left(Object* key, Object** a, ssize_t n, ssize_t hint) {
    int k;
    ssize_t ofs = 1, lastofs = 0;
    a += hint;
    IFLT(*a, key) {
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(a[ofs], key) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    else {
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(*(a - ofs), key) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(a[m], key) lastofs = m + 1;
        else ofs = m;
    }
    return ofs;
fail:
    return -1;
}

// k such that a[k-1] <= key < a[k], searching from a[hint].
ssize_t gallop_right(Object* key, Object** a, ssize_t n, ssize_t hint) {
    int k;
    ssize_t ofs = 1, lastofs = 0;
    a += hint;
    IFLT(key, *a) {
        const ssize_t maxofs = hint + 1;
        while (ofs < maxofs) {
            IFLT(key, *(a - ofs)) {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            else break;
        }
        if (ofs > maxofs) ofs = maxofs;
        ssize_t t = lastofs;
        lastofs = hint - ofs;
        ofs = hint - t;
    }
    else {
        const ssize_t maxofs = n - hint;
        while (ofs < maxofs) {
            IFLT(key, a[ofs]) break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs) ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    ++lastofs;
    while (lastofs < ofs) {
        ssize_t m = lastofs + ((ofs - lastofs) >> 1);
        IFLT(key, a[m]) ofs = m;
        else lastofs = m + 1;
    }
    return ofs;
fail:
    return -1;
}

// Merges the na elements at ssa with the nb elements at ssb (ssa + na == ssb), na <= nb.
int merge_lo(MergeState* ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    int k;
    SortSlice dest;
    int result = -1;
    ssize_t min_gallop;
    ms->getmem(na);
    ss_memcpy(&ms->a, 0, &ssa, 0, na);
    dest = ssa;
    ssa = ms->a;

    ss_copy_incr(&dest, &ssb);
    --nb;
    if (nb == 0) goto succeed;
    if (na == 1) goto copy_b;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        // Straightforward merging until one run wins consistently.
        for (;;) {
            k = islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_incr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 0) goto succeed;
                if (bcount >= min_gallop) break;
            } else {
                ss_copy_incr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 1) goto copy_b;
                if (acount >= min_gallop) break;
            }
        }
        // Galloping mode.
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            ssize_t g = gallop_right(ssb.keys[0], ssa.keys, na, 0);
            acount = g;
            if (g) {
                if (g < 0) goto fail;
                ss_memcpy(&dest, 0, &ssa, 0, g);
                ss_advance(&dest, g);
                ss_advance(&ssa, g);
                na -= g;
                if (na == 1) goto copy_b;
                // na == 0 is impossible with a consistent comparison, but we can't assume that.
                if (na == 0) goto succeed;
            }
            ss_copy_incr(&dest, &ssb);
            --nb;
            if (nb == 0) goto succeed;

            g = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
            bcount = g;
            if (g) {
                if (g < 0) goto fail;
                ss_memmove(&dest, 0, &ssb, 0, g);
                ss_advance(&dest, g);
                ss_advance(&ssb, g);
                nb -= g;
                if (nb == 0) goto succeed;
            }
            ss_copy_incr(&dest, &ssa);
            --na;
            if (na == 1) goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;  // penalize leaving galloping mode
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (na) ss_memcpy(&dest, 0, &ssa, 0, na);
    return result;
copy_b:
    // The last element of ssa belongs at the end of the merge.
    ss_memmove(&dest, 0, &ssb, 0, nb);
    ss_copy(&dest, nb, &ssa, 0);
    return 0;
}

// As merge_lo, for na >= nb: merges from the right.
int merge_hi(MergeState* ms, SortSlice ssa, ssize_t na, SortSlice ssb, ssize_t nb) {
    int k;
    SortSlice dest, basea, baseb;
    int result = -1;
    ssize_t min_gallop;
    ms->getmem(nb);
    dest = ssb;
    ss_advance(&dest, nb - 1);
    ss_memcpy(&ms->a, 0, &ssb, 0, nb);
    basea = ssa;
    baseb = ms->a;
    ssb.keys = ms->a.keys + nb - 1;
    if (ssb.values) ssb.values = ms->a.values + nb - 1;
    ss_advance(&ssa, na - 1);

    ss_copy_decr(&dest, &ssa);
    --na;
    if (na == 0) goto succeed;
    if (nb == 1) goto copy_a;

    min_gallop = ms->min_gallop;
    for (;;) {
        ssize_t acount = 0, bcount = 0;
        for (;;) {
            k = islt(ssb.keys[0], ssa.keys[0]);
            if (k) {
                if (k < 0) goto fail;
                ss_copy_decr(&dest, &ssa);
                ++acount;
                bcount = 0;
                --na;
                if (na == 0) goto succeed;
                if (acount >= min_gallop) break;
            } else {
                ss_copy_decr(&dest, &ssb);
                ++bcount;
                acount = 0;
                --nb;
                if (nb == 1) goto copy_a;
                if (bcount >= min_gallop) break;
            }
        }
        ++min_gallop;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            ssize_t g = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
            if (g < 0) goto fail;
            g = na - g;
            acount = g;
            if (g) {
                ss_advance(&dest, -g);
                ss_advance(&ssa, -g);
                ss_memmove(&dest, 1, &ssa, 1, g);
                na -= g;
                if (na == 0) goto succeed;
            }
            ss_copy_decr(&dest, &ssb);
            --nb;
            if (nb == 1) goto copy_a;

            g = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
            if (g < 0) goto fail;
            g = nb - g;
            bcount = g;
            if (g) {
                ss_advance(&dest, -g);
                ss_advance(&ssb, -g);
                ss_memcpy(&dest, 1, &ssb, 1, g);
                nb -= g;
                if (nb == 1) goto copy_a;
                if (nb == 0) goto succeed;
            }
            ss_copy_decr(&dest, &ssa);
            --na;
            if (na == 0) goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        ++min_gallop;
        ms->min_gallop = min_gallop;
    }
succeed:
    result = 0;
fail:
    if (nb) ss_memcpy(&dest, -(nb - 1), &baseb, 0, nb);
    return result;
copy_a:
    // The first element of ssb belongs at the front of the merge.
    ss_memmove(&dest, 1 - na, &ssa, 1 - na, na);
    ss_advance(&dest, -na);
    ss_advance(&ssa, -na);
    ss_copy(&dest, 0, &ssb, 0);
    return 0;
}

// Merges the two runs at stack indices i and i+1.
int merge_at(MergeState* ms, int i) {
    SortSlice ssa = ms->pending[i].base;
    ssize_t na = ms->pending[i].len;
    SortSlice ssb = ms->pending[i + 1].base;
    ssize_t nb = ms->pending[i + 1].len;

    ms->pending[i].len = na + nb;
    if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
    --ms->n;

    // Where does b start in a? Elements of a before that are already in place.
    ssize_t k = gallop_right(*ssb.keys, ssa.keys, na, 0);
    if (k < 0) return -1;
    ss_advance(&ssa, k);
    na -= k;
    if (na == 0) return 0;
    // Where does a end in b? Elements of b after that are already in place.
    nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    if (na <= nb) return merge_lo(ms, ssa, na, ssb, nb);
    return merge_hi(ms, ssa, na, ssb, nb);
}

// Powersort's node power of the boundary between runs [s1, s1+n1) and [s1+n1, s1+n1+n2).
int powerloop(ssize_t s1, ssize_t n1, ssize_t n2, ssize_t n) {
    int result = 0;
    ssize_t a = 2 * s1 + n1;
    ssize_t b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

int found_new_run(MergeState* ms, ssize_t n2) {
    if (ms->n) {
        PendingRun* p = ms->pending;
        ssize_t s1 = p[ms->n - 1].base.keys - ms->basekeys;
        ssize_t n1 = p[ms->n - 1].len;
        int power = powerloop(s1, n1, n2, ms->listlen);
        while (ms->n > 1 && p[ms->n - 2].power > power) {
            if (merge_at(ms, ms->n - 2) < 0) return -1;
        }
        p[ms->n - 1].power = power;
    }
    return 0;
}

int merge_force_collapse(MergeState* ms) {
    PendingRun* p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
        if (merge_at(ms, n) < 0) return -1;
    }
    return 0;
}

ssize_t merge_compute_minrun(ssize_t n) {
    ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

// Sorts lo (keys, with values moving alongside) of length n in place.
int timsort(SortSlice lo, ssize_t nremaining) {
    MergeState ms;
    ms.basekeys = lo.keys;
    ms.listlen = nremaining;
    ms.has_values = lo.values != nullptr;
    if (nremaining < 2) return 0;
    ssize_t minrun = merge_compute_minrun(nremaining);
    do {
        bool descending;
        ssize_t n = count_run(lo.keys, lo.keys + nremaining, &descending);
        if (n < 0) return -1;
        if (descending) reverse_sortslice(&lo, n);
        // If short, extend to min(minrun, nremaining).
        if (n < minrun) {
            const ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(lo, lo.keys + force, lo.keys + n) < 0) return -1;
            n = force;
        }
        if (found_new_run(&ms, n) < 0) return -1;
        ms.pending[ms.n].base = lo;
        ms.pending[ms.n].len = n;
        ++ms.n;
        ss_advance(&lo, n);
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(&ms);
}

#undef IFLT

} // namespace

int list_sort(Object* list, Object* keyfunc, bool reverse) {
    auto* self = static_cast<ListObject*>(list);
    // The list is emptied while sorting so that code run by comparisons cannot see it half
    // sorted; allocated == -1 detects a mutation.
    ssize_t saved_ob_size = self->ob_size;
    Object** saved_ob_item = self->ob_item;
    ssize_t saved_allocated = self->allocated;
    self->ob_size = 0;
    self->ob_item = nullptr;
    self->allocated = -1;

    std::vector<Object*> keys;
    SortSlice lo;
    int result = -1;
    if (!keyfunc) {
        lo = SortSlice{saved_ob_item, nullptr};
    } else {
        keys.resize(static_cast<size_t>(saved_ob_size));
        for (ssize_t i = 0; i < saved_ob_size; i++) {
            Object* arg = saved_ob_item[i];
            keys[static_cast<size_t>(i)] = object_call(keyfunc, &arg, 1, nullptr);
            if (!keys[static_cast<size_t>(i)]) {
                for (ssize_t j = i - 1; j >= 0; j--) decref(keys[static_cast<size_t>(j)]);
                goto keyfunc_fail;
            }
        }
        lo = SortSlice{keys.data(), saved_ob_item};
    }

    // Reverse sort stability: reversing first and last keeps equal elements in order.
    if (reverse && saved_ob_size > 1) reverse_sortslice(&lo, saved_ob_size);
    result = timsort(lo, saved_ob_size);

    if (keyfunc)
        for (ssize_t i = 0; i < saved_ob_size; i++) decref(keys[static_cast<size_t>(i)]);
    if (self->allocated != -1 && result == 0) {
        // The user mucked with the list during the sort.
        set_error(&ValueErrorType, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_ob_size > 1) reverse_slice(saved_ob_item, saved_ob_item + saved_ob_size);

keyfunc_fail : {
    Object** final_ob_item = self->ob_item;
    ssize_t i = self->ob_size;
    ssize_t final_allocated = self->allocated;
    self->ob_size = saved_ob_size;
    self->ob_item = saved_ob_item;
    self->allocated = saved_allocated;
    if (final_ob_item) {
        while (--i >= 0) xdecref(final_ob_item[i]);
        list_free_items(final_ob_item, final_allocated);
    }
}
    return result;
}

} // namespace hs
