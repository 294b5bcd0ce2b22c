// The references an object holds, each with a label: the edges of the heap graph.
//
// The order is the type's tp_traverse order (what the collector and gc.get_referents see),
// followed by the strong references tp_traverse leaves out because they can never be part of a
// cycle (the str keys of a dict, a code object's constants, a module's name...). Every edge is
// one reference the object owns, so the edges into an object explain its ob_refcnt.
#pragma once

#include "runtime/object.h"

#include <cstdint>
#include <string>
#include <vector>

namespace hs::observe {

struct LabelledRef {
    Object* target = nullptr;
    std::string label;  // "[0]", "'key'", "name", "__class__", "gi_frame.x", "" when unknown
    const char* kind = "ref";  // item, key, value, attr, slot, dict, class, cell, field, frame, element, ref
};

// Collects objects' references; keeps its buffers from one object to the next.
class RefCollector {
public:
    // o's references, valid until the next call. A list, tuple, dict or set with more than
    // `max_refs` references gives its first `max_refs` in index order instead (its items, or its
    // values and keys); omitted() says how many it left out.
    const std::vector<LabelledRef>& collect(Object* o, size_t max_refs = SIZE_MAX);
    size_t omitted() const { return m_omitted; }
    // Calls visit(target, index, arg) for each reference collect(o, max_refs) left out; `index`
    // is the item's index in a list or tuple, else -1.
    static void visit_omitted(Object* o, size_t max_refs, void (*visit)(Object* target, ssize_t index, void* arg), void* arg);

private:
    std::vector<LabelledRef> m_labelled;  // what the type's labeller lists
    std::vector<Object*> m_visited;       // what tp_traverse visits
    std::vector<bool> m_used;
    std::vector<LabelledRef> m_out;
    size_t m_omitted = 0;
};

} // namespace hs::observe
