// Finalizers (PEP 442) and unraisable errors.
#include "runtime/finalize.h"

#include "modules/sys.h"
#include "objects/strobject.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/traceback_print.h"
#include "runtime/gc.h"
#include "runtime/observer.h"
#include "runtime/runtime.h"

namespace hs {


void call_finalizer(Object* o) {
    destructor finalize = type_of(o)->tp_finalize;
    if (!finalize) return;
    if (is_gc_type(type_of(o))) {
        GCHeader* g = as_gc(o);
        if (g->gc_flags & GC_FINALIZED) return;
        g->gc_flags |= GC_FINALIZED;
    }
    if (g_observer) g_observer->on_finalizer(o);
    // A finalizer must not disturb an exception that is being raised.
    ErrorState saved = fetch_error();
    finalize(o);
    if (error_occurred()) write_unraisable(o);
    restore_error(saved);
}

bool call_finalizer_from_dealloc(Object* o) {
    o->ob_refcnt = 1;  // temporarily alive again
    call_finalizer(o);
    if (--o->ob_refcnt == 0) return false;
    // Resurrected: the finalizer stored a new reference somewhere.
    return true;
}

void write_unraisable(Object* obj) { write_unraisable_msg(nullptr, obj); }

void write_unraisable_msg(const char* msg, Object* obj) {
    Ref exc(fetch_error_normalized());
    if (!exc) return;
    // Nothing is written once sys.stderr is gone (None at the very end of a program).
    Object* file = sys_get_object("stderr");
    if (!file || file == None()) return;
    std::string text;
    if (obj && obj != None()) {
        text = msg ? std::string(msg) + ": " : "Exception ignored in: ";
        Ref repr(object_repr(obj));
        if (repr) {
            text += str_view(repr.get());
        } else {
            clear_error();
            text += "<object repr() failed>";
        }
        text += "\n";
    } else if (msg) {
        text = std::string(msg) + ":\n";
    }
    text += format_unraisable_exception(exc.get());
    clear_error();
    if (rt().write_stderr) rt().write_stderr(text);
}

} // namespace hs
