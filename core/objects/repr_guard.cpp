// Py_ReprEnter / Py_ReprLeave: the objects whose repr is being computed, innermost last, so a
// container that contains itself prints "[...]" instead of recursing forever.
#include "runtime/abstract.h"
#include "runtime/runtime.h"

#include <vector>

namespace hs {

namespace {

// One stack per runtime. Entries are balanced (every enter that returns 0 is followed by a
// leave), so the stack is empty whenever no repr is running and a runtime switch finds it empty.
struct ReprStack {
    Runtime* owner = nullptr;
    std::vector<Object*> objects;
};
ReprStack g_repr_stack;

std::vector<Object*>& current_stack() {
    if (g_repr_stack.owner != g_runtime) {
        g_repr_stack.owner = g_runtime;
        g_repr_stack.objects.clear();
    }
    return g_repr_stack.objects;
}

} // namespace

int repr_enter(Object* o) {
    std::vector<Object*>& stack = current_stack();
    for (Object* x : stack)
        if (x == o) return 1;
    stack.push_back(o);
    return 0;
}

void repr_leave(Object* o) {
    std::vector<Object*>& stack = current_stack();
    // CPython searches from the end: the most recent entry for o is the one to drop.
    for (size_t i = stack.size(); i-- > 0;) {
        if (stack[i] == o) {
            stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(i));
            return;
        }
    }
}

} // namespace hs
