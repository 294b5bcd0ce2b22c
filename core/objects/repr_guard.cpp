// Py_ReprEnter / Py_ReprLeave: the objects whose repr is being computed, innermost last, so a
// container that contains itself prints "[...]" instead of recursing forever. As in CPython, they
// sit in a real list kept in the thread state's dict under "Py_Repr": the first repr of a
// container creates both (two GC objects that gc.get_count() sees), and the list holds a
// reference to each object being printed.
#include "objects/dictobject.h"
#include "objects/list_impl.h"
#include "objects/listobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"

namespace hs {

namespace {

// The "Py_Repr" list (borrowed), created with the thread-state dict when missing.
Object* repr_list() {
    Runtime& r = rt();
    if (!r.thread_dict) {
        r.thread_dict = dict_new();
        if (!r.thread_dict) return nullptr;
    }
    if (Object* list = dict_getitem_str(r.thread_dict, "Py_Repr")) return list;
    Ref list(list_new(0));
    if (!list || dict_setitem_str(r.thread_dict, "Py_Repr", list.get()) < 0) return nullptr;
    return list.get();
}

} // namespace

int repr_enter(Object* o) {
    Object* list = repr_list();
    if (!list) return -1;
    for (ssize_t i = list_size(list); i-- > 0;)
        if (list_items(list)[i] == o) return 1;
    return list_append(list, o);
}

void repr_leave(Object* o) {
    Runtime& r = rt();
    if (!r.thread_dict) return;
    Object* list = dict_getitem_str(r.thread_dict, "Py_Repr");
    if (!list) return;
    // CPython searches from the end: the most recent entry for o is the one to drop.
    for (ssize_t i = list_size(list); i-- > 0;) {
        if (list_items(list)[i] == o) {
            ErrorState saved = fetch_error();  // a repr that failed still leaves
            list_ass_slice(static_cast<ListObject*>(list), i, i + 1, nullptr);
            restore_error(saved);
            return;
        }
    }
}

} // namespace hs
