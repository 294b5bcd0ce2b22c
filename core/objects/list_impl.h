// Internals shared by the list files (listobject.cpp, list_methods.cpp, list_sort.cpp).
#pragma once

#include "objects/listobject.h"

namespace hs {

extern Object* g_list_zero_items[1];

int list_resize(ListObject* self, ssize_t newsize);
int list_preallocate_exact(ListObject* self, ssize_t size);
void list_free_items(Object** items, ssize_t allocated);
ListObject* list_new_prealloc(ssize_t size);
int list_clear_items(Object* self);  // _list_clear (also tp_clear)
int list_append_steal(ListObject* self, Object* item);
int list_insert_at(ListObject* self, ssize_t where, Object* v);
Object* list_slice(ListObject* a, ssize_t ilow, ssize_t ihigh);
int list_ass_slice(ListObject* a, ssize_t ilow, ssize_t ihigh, Object* v);
Object* sequence_fast(Object* v, const char* message);

// Slots.
void list_dealloc(Object* self);
int list_traverse(Object* self, visitproc visit, void* arg);
ssize_t list_length(Object* self);
int list_contains(Object* self, Object* el);
Object* list_concat(Object* self, Object* other);
Object* list_repeat(Object* self, ssize_t n);
Object* list_inplace_concat(Object* self, Object* other);
Object* list_inplace_repeat(Object* self, ssize_t n);
Object* list_item(Object* self, ssize_t i);
Object* list_subscript(Object* self, Object* item);
int list_ass_subscript(Object* self, Object* item, Object* value);
Object* list_richcompare(Object* v, Object* w, int op);
Object* list_repr(Object* self);

} // namespace hs
