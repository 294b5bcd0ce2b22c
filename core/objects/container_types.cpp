// Registers the container-related types that have no slot of their own in
// runtime/init_types.cpp: the iterators, views, slice and range types.
#include "objects/iterobject.h"
#include "objects/sliceobject.h"

namespace hs {

void init_container_extra_types() {
    init_list_iter_types();
    init_tuple_iter_type();
    init_slice_type();
}

} // namespace hs
