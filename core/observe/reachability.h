// Reachability in a snapshot: which objects only cycles keep alive, and how the others are reached.
#pragma once

#include "observe/pointer_map.h"
#include "observe/snapshot.h"

#include <string>
#include <vector>

namespace hs::observe {

// A reference from a root: a variable, a value-stack slot, a frame's own reference, or the
// interpreter's (sys.modules['__main__'], the exception being handled).
struct RootRef {
    Object* target = nullptr;
    std::string label;
};

// Sets `garbage` on every program object that is alive only through cycles: what a full
// gc.collect() would find unreachable now. It runs the collector's own analysis (update_refs,
// subtract_refs, then reachability from whatever keeps a reference from outside) over every
// tracked object, on a side table of gc_refs: the collector's state is not touched. Untracked
// objects (strs, ints, untracked tuples and dicts) are garbage when every reference to them
// comes from garbage. Objects a running collection already found unreachable (a __del__ runs
// during gc.collect()) are garbage too.
void mark_garbage(std::vector<ObjectRecord>& objects);

// Fills `reach` of every object: a breadth-first search from the roots (in their order) along
// the program objects' edges, so each reachable object's predecessor lies on a shortest path.
// `index`: each object's place in `objects`. Returns the reachable objects' places in the order
// the search met them (nearest first).
std::vector<size_t> find_paths(std::vector<ObjectRecord>& objects, const PointerMap& index, const std::vector<RootRef>& roots);

// The shortest path to the object `id` from a root, as [root label, edge label, ...] steps:
// each step is {"from": id or 0, "label": ...} in JSON (see docs/trace-format.md). Empty when
// the object is not reachable from a root (garbage, or held only by the interpreter).
struct PathStep {
    int64_t from = 0;
    std::string label;
    int64_t to = 0;
};
std::vector<PathStep> path_to(const Snapshot& snapshot, int64_t id);

} // namespace hs::observe
