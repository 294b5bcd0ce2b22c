// The iterator types of the builtin containers and the iteration builtins, with CPython 3.11's
// sizes (getsizeof 48 for list/tuple/sequence/callable iterators, enumerate 72, zip 64, map 48,
// filter 48, reversed 48).
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

// list_iterator, list_reverseiterator, tuple_iterator, iterator (sequence protocol), reversed:
// an index into a sequence that is released (it_seq = nullptr) once exhausted.
struct SeqIterObject : Object {
    ssize_t it_index = 0;
    Object* it_seq = nullptr;
};
// callable_iterator: iter(callable, sentinel).
struct CallIterObject : Object {
    Object* it_callable = nullptr;
    Object* it_sentinel = nullptr;
};
struct EnumerateObject : Object {
    ssize_t en_index = 0;
    Object* en_sit = nullptr;        // the underlying iterator
    Object* en_result = nullptr;     // the (index, item) tuple reused while nobody else holds it
    Object* en_longindex = nullptr;  // the index once it no longer fits in ssize_t
};
struct ZipObject : Object {
    ssize_t tuplesize = 0;
    Object* ittuple = nullptr;  // tuple of iterators
    Object* result = nullptr;   // the result tuple reused while nobody else holds it
    int strict = 0;
};
struct MapObject : Object {
    Object* iters = nullptr;  // tuple of iterators
    Object* func = nullptr;
};
struct FilterObject : Object {
    Object* func = nullptr;
    Object* it = nullptr;
};

extern TypeObject ListIterType;     // list_iterator
extern TypeObject ListRevIterType;  // list_reverseiterator
extern TypeObject TupleIterType;    // tuple_iterator
extern TypeObject SeqIterType;      // iterator
extern TypeObject CallIterType;     // callable_iterator
extern TypeObject EnumerateType;    // enumerate
extern TypeObject ReversedType;     // reversed
extern TypeObject ZipType;          // zip
extern TypeObject MapType;          // map
extern TypeObject FilterType;       // filter

// iter(callable, sentinel). New reference.
Object* calliter_new(Object* callable, Object* sentinel);
// seqiter_new(seq) (iter() of a class with only __getitem__) is declared in runtime/abstract.h.

// The per-file type initializers, called through init_container_extra_types().
void init_list_iter_types();
void init_tuple_iter_type();
void init_seq_iter_types();
void init_enumerate_types();
void init_functional_iter_types();

} // namespace hs
