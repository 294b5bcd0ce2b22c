// A snapshot: the heap, the frames and the refcount explanations at one step.
//
// Built from the paused program inside a step hook, without changing it (observe/object_info.h).
// docs/trace-format.md is the contract of its JSON form; this is the data behind it.
#pragma once

#include "observe/heap_refs.h"
#include "observe/object_registry.h"
#include "observe/run_log.h"
#include "runtime/observer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace hs {
struct Frame;
}

namespace hs::observe {

struct Edge {
    std::string label;
    const char* kind = "ref";  // one of heap_refs.h's kinds (string literals)
    int64_t to = 0;
    size_t index = 0;          // the target's place in Snapshot::objects while it is built (not part of the record)
    bool operator==(const Edge& o) const { return to == o.to && label == o.label && std::string_view(kind) == o.kind; }
};

// One reference to an object, from where it is held.
struct Holder {
    enum class Kind : uint8_t { Object, Global, Local, Stack, Frame, ReturnValue, Internal };
    Kind kind = Kind::Object;
    int64_t from = 0;        // Object: the holding object's id
    int frame = -1;          // Local, Stack, Frame, ReturnValue: index into Snapshot::frames
    std::string label;       // Object: the edge label; Global/Local: the name; Stack: "stack[i]"; Frame: "f_func"...
    int64_t count = 1;       // Internal: how many references nobody visible explains
    std::string function;    // frame holders: the frame's function
    bool operator==(const Holder&) const = default;
};

// How an object is reached from a root by a shortest path: its predecessor on that path.
struct Reach {
    bool reachable = false;
    int64_t from = 0;        // the previous object, or 0 when a root holds it directly
    std::string label;       // the edge label, or the root ("global x", "local x in f", "stack of f")
    bool operator==(const Reach&) const = default;
};

struct ObjectRecord {
    int64_t id = 0;
    Object* object = nullptr;  // valid only while the snapshot is being built
    std::string type;
    std::string repr;
    std::optional<int64_t> size;
    int64_t refcount = 0;    // -1: an object no runtime owns (no meaningful count)
    bool tracked = false;
    int generation = -1;     // 0, 1, 2; 3 for gc.freeze()'s permanent generation; -1: none
    bool finalized = false;
    bool garbage = false;
    bool shared = false;
    std::vector<Edge> refs;
    std::vector<Holder> holders;
    int64_t refs_omitted = 0;     // references of a big container not listed in refs
    int64_t holders_omitted = 0;  // references from objects not listed in holders
    Reach reach;
    bool listed = true;  // whether the JSON lists it (Snapshot::objects_omitted)
    // Its lifetime in the run (program objects; from the run log): the step it was allocated
    // at, and how it died (step -1: it did not).
    int64_t allocated_step = -1;
    Death death;
    // Same record, as the JSON shows it (the object pointer is not part of it).
    bool same_as(const ObjectRecord& o) const {
        return id == o.id && refcount == o.refcount && size == o.size && tracked == o.tracked && generation == o.generation &&
               finalized == o.finalized && garbage == o.garbage && shared == o.shared && type == o.type && repr == o.repr &&
               refs == o.refs && holders == o.holders && refs_omitted == o.refs_omitted &&
               holders_omitted == o.holders_omitted && reach == o.reach;
    }
};

struct FrameRecord {
    std::string function;
    int line = 0;
    std::vector<std::pair<std::string, int64_t>> locals;  // name -> id (cells as cell objects)
    std::vector<int64_t> stack;                           // the value stack, bottom first
    int64_t function_id = 0;                              // the function object it runs
    int64_t generator = 0;                                // the generator that owns the frame, or 0
    bool suspended = false;                               // a generator's frame waiting at a yield
    bool module = false;                                  // the module frame: locals are the globals
    std::optional<int64_t> return_value;                  // at a "return" step
};

struct Snapshot {
    int64_t step = 0;
    StepKind kind = StepKind::Line;
    int line = 0;
    std::vector<ObjectRecord> objects;  // program objects by id, then the shared ones they use
    std::vector<FrameRecord> frames;    // outermost first, then suspended generator frames
    int gc_counts[3] = {0, 0, 0};
    int gc_thresholds[3] = {0, 0, 0};
    bool gc_enabled = true;
    std::string events;                 // what happened since the previous step: a JSON array
    int64_t events_omitted = 0;         // allocations and frees past the events' limit
    int64_t objects_omitted = 0;        // objects not listed (ObjectRecord::listed)
};

// Where the step is: what the hook was given.
struct StepPoint {
    int64_t step = 0;
    StepKind kind = StepKind::Line;
    Object* return_value = nullptr;
    std::string_view events = "[]";  // the events since the previous step (JSON array)
    int64_t events_omitted = 0;
};

// Whether `f` runs the program's own code (compiled from `program_path`): only those frames are
// shown; the Python modules heapscope carries stand for CPython's C code, whose references are
// the interpreter's.
bool is_program_frame(const Frame* f, std::string_view program_path);

// Builds the snapshot of the current runtime (the program paused in a hook).
Snapshot build_snapshot(const ObjectRegistry& registry, const StepPoint& point, std::string_view program_path);

// The holders of one object now (for the getrefcount event): every visible reference, then the
// remainder as one Internal holder.
std::vector<Holder> holders_of(const ObjectRegistry& registry, Object* target, std::string_view program_path);

} // namespace hs::observe
