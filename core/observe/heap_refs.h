// The references an object holds, each with a label: the edges of the heap graph.
//
// The order is the type's tp_traverse order (what the collector and gc.get_referents see),
// followed by the strong references tp_traverse leaves out because they can never be part of a
// cycle (the str keys of a dict, a code object's constants, a module's name...). Every edge is
// one reference the object owns, so the edges into an object explain its ob_refcnt.
#pragma once

#include "runtime/object.h"

#include <string>
#include <vector>

namespace hs::observe {

struct LabelledRef {
    Object* target = nullptr;
    std::string label;  // "[0]", "'key'", "name", "__class__", "gi_frame.x", "" when unknown
    const char* kind = "ref";  // item, key, value, attr, slot, dict, class, cell, field, frame, element, ref
};

// Appends o's references to `out` (clears it first).
void collect_refs(Object* o, std::vector<LabelledRef>& out);

} // namespace hs::observe
