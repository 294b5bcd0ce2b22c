// The executing frame's namespaces for globals(), locals(), vars() and dir().
#include "vm/frame_access.h"

#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/tupleobject.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "vm/frame.h"

namespace hs {

Object* vm_current_globals() {
    Frame* f = rt().current_frame;
    return f ? f->f_globals : nullptr;
}

// CPython 3.11's PyFrame_FastToLocals: a function frame caches one dict in f_locals and
// refreshes it on every locals() call; it holds references to the locals until the frame ends.
Object* vm_current_locals() {
    Frame* f = rt().current_frame;
    if (!f) return nullptr;
    CodeObject* co = f->f_code;
    if (!(co->co_flags & compiler::CO_OPTIMIZED)) return xnewref(f->f_locals);
    if (!f->f_locals && !(f->f_locals = dict_new())) return nullptr;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        uint8_t kind = co->unit->localspluskinds[i];
        Object* name = tuple_items(co->co_localsplusnames)[i];
        Object* value = f->localsplus[i];
        // Cells hold the value; a parameter that is also a cell still holds the cell once
        // MAKE_CELL ran (prev_instr past the prologue).
        if (value && (kind & (compiler::CO_FAST_CELL | compiler::CO_FAST_FREE)) && type_of(value) == &CellType)
            value = static_cast<CellObject*>(value)->ob_ref;
        if (value) {
            if (dict_setitem(f->f_locals, name, value) < 0) return nullptr;
        } else if (dict_getitem_with_error(f->f_locals, name)) {
            if (dict_delitem(f->f_locals, name) < 0) return nullptr;
        } else if (error_occurred()) {
            return nullptr;
        }
    }
    return newref(f->f_locals);
}

} // namespace hs
