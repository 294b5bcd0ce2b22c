// The JSON forms of snapshots and deltas (docs/trace-format.md is their contract).
#pragma once

#include "observe/json_writer.h"
#include "observe/reachability.h"
#include "observe/snapshot.h"

#include <string>

namespace hs::observe {

const char* step_kind_name(StepKind kind);

// One holder; frame holders name their frame by index and by function.
void write_holder(JsonWriter& w, const Holder& h);
void write_frame(JsonWriter& w, const FrameRecord& f);
// Why an object was freed, as the members "reason" ("gc" when a collection of that generation
// cleared it, "refcount" for generation -1) and "generation" (null for refcount).
void write_free_reason(JsonWriter& w, int generation);

std::string snapshot_json(const Snapshot& s);
// What changed from `a` to `b`: objects added, changed (whole records) and removed (ids), and
// b's frames and gc state. Applying it to a's objects gives b's exactly.
std::string delta_json(const Snapshot& a, const Snapshot& b);
// The shortest path from a root to `id` in `s` (why it is alive).
std::string path_json(const Snapshot& s, int64_t id);

} // namespace hs::observe
