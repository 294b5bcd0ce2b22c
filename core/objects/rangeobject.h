// range (getsizeof 48 for any length: start, stop, step and length are int objects) and its
// iterators: range_iterator when everything fits in 64 bits, longrange_iterator otherwise.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct RangeObject : Object {
    Object* start = nullptr;   // int
    Object* stop = nullptr;    // int
    Object* step = nullptr;    // int, never 0
    Object* length = nullptr;  // int >= 0
    // Fast path: the same values as int64 when start + length*step cannot overflow.
    bool small = false;
    int64_t istart = 0;
    int64_t istep = 0;
    int64_t ilength = 0;
};

// range_iterator: yields start, start+step, ... `len` times.
struct RangeIterObject : Object {
    int64_t start = 0;
    int64_t step = 0;
    int64_t len = 0;
};

extern TypeObject RangeType;
extern TypeObject RangeIterType;      // range_iterator
extern TypeObject LongRangeIterType;  // longrange_iterator

inline bool range_check(const Object* o) { return o->ob_type == &RangeType; }

// range(start, stop, step) from int objects (borrowed; step != 0). New reference.
Object* range_new(Object* start, Object* stop, Object* step);

void init_range_types();

} // namespace hs
