// Registers the container-related types that have no slot of their own in
// runtime/init_types.cpp: the iterators, slice and range.
#include "objects/iterobject.h"
#include "objects/rangeobject.h"
#include "objects/sliceobject.h"

namespace hs {

void init_container_extra_types() {
    init_list_iter_types();
    init_tuple_iter_type();
    init_slice_type();
    init_range_types();
    init_seq_iter_types();
    init_enumerate_types();
    init_functional_iter_types();
}

} // namespace hs
