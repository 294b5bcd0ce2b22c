// list: CPython 3.11's layout and growth policy (list_resize), which decides getsizeof.
#pragma once

#include "runtime/object.h"
#include "runtime/typeobject.h"

namespace hs {

struct ListObject : VarObject {  // ob_size: number of items
    Object** ob_item = nullptr;
    ssize_t allocated = 0;
};

extern TypeObject ListType;

inline bool list_check(const Object* o) { return type_has_flag(o->ob_type, TPFLAGS_LIST_SUBCLASS); }
inline bool list_check_exact(const Object* o) { return o->ob_type == &ListType; }
inline ssize_t list_size(const Object* l) { return static_cast<const ListObject*>(l)->ob_size; }
inline Object** list_items(Object* l) { return static_cast<ListObject*>(l)->ob_item; }

// A list of n items, all nullptr (the caller fills them with list_set_item_steal), exact capacity.
Object* list_new(ssize_t n);
inline void list_set_item_steal(Object* l, ssize_t i, Object* item) { static_cast<ListObject*>(l)->ob_item[i] = item; }
int list_append(Object* list, Object* item);         // increfs item
int list_extend(Object* list, Object* iterable);     // list.extend, with CPython's preallocation
Object* list_as_tuple(Object* list);
Object* sequence_list(Object* iterable);              // list(iterable)
int list_sort(Object* list, Object* key, bool reverse);  // stable; key may be nullptr

// Frees the lists kept on the free list (gc.collect(2) and runtime teardown).
void list_clear_free_list();
void init_list_type();

} // namespace hs
