// Snapshots, deltas and paths as JSON (observe/snapshot_json.h).
#include "observe/snapshot_json.h"

#include <unordered_map>

namespace hs::observe {

namespace {

void write_generation(JsonWriter& w, int generation) {
    if (generation < 0) w.null();
    else if (generation == 3) w.value("permanent");
    else w.value(generation);
}

void write_object(JsonWriter& w, const ObjectRecord& o) {
    w.begin_object();
    w.key("id").value(o.id);
    w.key("type").value(o.type);
    w.key("repr").value(o.repr);
    w.key("size");
    if (o.size) w.value(*o.size);
    else w.null();
    w.key("refcount");
    if (o.refcount >= 0) w.value(o.refcount);
    else w.null();
    w.key("tracked").value(o.tracked);
    w.key("generation");
    write_generation(w, o.generation);
    w.key("finalized").value(o.finalized);
    w.key("garbage").value(o.garbage);
    w.key("shared").value(o.shared);
    w.key("refs").begin_array();
    for (const Edge& e : o.refs) {
        w.begin_array();
        w.value(e.label);
        w.value(e.kind);
        w.value(e.to);
        w.end_array();
    }
    w.end_array();
    w.key("holders").begin_array();
    for (const Holder& h : o.holders) write_holder(w, h);
    w.end_array();
    if (o.refs_omitted > 0) w.key("refs_omitted").value(o.refs_omitted);
    if (o.holders_omitted > 0) w.key("holders_omitted").value(o.holders_omitted);
    w.key("reach");
    if (!o.reach.reachable) {
        w.null();
    } else {
        w.begin_object();
        w.key("from");
        if (o.reach.from) w.value(o.reach.from);
        else w.null();
        w.key("label").value(o.reach.label);
        w.end_object();
    }
    if (o.id > 0) {
        w.key("allocated").value(o.allocated_step);
        w.key("freed");
        if (o.death.step < 0) {
            w.null();
        } else {
            w.begin_object();
            w.key("step").value(o.death.step);
            write_free_reason(w, o.death.generation);
            w.end_object();
        }
    }
    w.end_object();
}

void write_gc(JsonWriter& w, const Snapshot& s) {
    w.key("gc").begin_object();
    w.key("counts").begin_array();
    for (int c : s.gc_counts) w.value(c);
    w.end_array();
    w.key("thresholds").begin_array();
    for (int t : s.gc_thresholds) w.value(t);
    w.end_array();
    w.key("enabled").value(s.gc_enabled);
    w.end_object();
}

void write_frames(JsonWriter& w, const Snapshot& s) {
    w.key("frames").begin_array();
    for (const FrameRecord& f : s.frames) write_frame(w, f);
    w.end_array();
}

void write_header(JsonWriter& w, const Snapshot& s) {
    w.key("ok").value(true);
    w.key("version").value(kTraceFormatVersion);
    w.key("step").value(s.step);
    w.key("kind").value(step_kind_name(s.kind));
    w.key("line").value(s.line);
    w.key("events").raw(s.events.empty() ? "[]" : s.events);
    if (s.events_omitted > 0) w.key("events_omitted").value(s.events_omitted);
    if (s.objects_omitted > 0) w.key("objects_omitted").value(s.objects_omitted);
}


} // namespace

void write_free_reason(JsonWriter& w, int generation) {
    w.key("reason").value(generation < 0 ? "refcount" : "gc");
    w.key("generation");
    if (generation >= 0) w.value(generation);
    else w.null();
}

const char* step_kind_name(StepKind kind) {
    switch (kind) {
    case StepKind::Call: return "call";
    case StepKind::Line: return "line";
    case StepKind::Return: return "return";
    case StepKind::Exception: return "exception";
    case StepKind::Exit: return "exit";
    }
    return "line";
}

void write_holder(JsonWriter& w, const Holder& h) {
    w.begin_object();
    auto frame = [&] {
        w.key("frame").value(h.frame);
        w.key("function").value(h.function);
    };
    switch (h.kind) {
    case Holder::Kind::Object:
        w.key("kind").value("object");
        w.key("from").value(h.from);
        w.key("label").value(h.label);
        break;
    case Holder::Kind::Global:
        w.key("kind").value("global");
        w.key("name").value(h.label);
        break;
    case Holder::Kind::Local:
        w.key("kind").value("local");
        frame();
        w.key("name").value(h.label);
        break;
    case Holder::Kind::Stack:
        w.key("kind").value("stack");
        frame();
        w.key("label").value(h.label);
        break;
    case Holder::Kind::Frame:
        w.key("kind").value("frame");
        frame();
        w.key("name").value(h.label);
        break;
    case Holder::Kind::ReturnValue:
        w.key("kind").value("return_value");
        frame();
        break;
    case Holder::Kind::Internal:
        w.key("kind").value("internal");
        w.key("count").value(h.count);
        break;
    }
    w.end_object();
}

void write_frame(JsonWriter& w, const FrameRecord& f) {
    w.begin_object();
    w.key("function").value(f.function);
    w.key("line").value(f.line);
    w.key("locals").begin_array();
    for (const auto& [name, id] : f.locals) {
        w.begin_array();
        w.value(name);
        w.value(id);
        w.end_array();
    }
    w.end_array();
    w.key("stack").begin_array();
    for (int64_t id : f.stack) w.value(id);
    w.end_array();
    w.key("function_id");
    if (f.function_id) w.value(f.function_id);
    else w.null();
    w.key("generator");
    if (f.generator) w.value(f.generator);
    else w.null();
    w.key("suspended").value(f.suspended);
    w.key("module").value(f.module);
    if (f.return_value) w.key("return_value").value(*f.return_value);
    w.end_object();
}

std::string snapshot_json(const Snapshot& s) {
    JsonWriter w;
    w.begin_object();
    write_header(w, s);
    w.key("objects").begin_array();
    for (const ObjectRecord& o : s.objects) {
        if (o.listed) write_object(w, o);
    }
    w.end_array();
    write_frames(w, s);
    write_gc(w, s);
    w.end_object();
    return w.take();
}

std::string delta_json(const Snapshot& a, const Snapshot& b) {
    // Between the objects each lists.
    std::unordered_map<int64_t, const ObjectRecord*> before;
    for (const ObjectRecord& o : a.objects) {
        if (o.listed) before.emplace(o.id, &o);
    }
    std::vector<const ObjectRecord*> added, changed;
    for (const ObjectRecord& o : b.objects) {
        if (!o.listed) continue;
        auto it = before.find(o.id);
        if (it == before.end()) {
            added.push_back(&o);
        } else {
            if (!it->second->same_as(o)) changed.push_back(&o);
            before.erase(it);
        }
    }
    JsonWriter w;
    w.begin_object();
    write_header(w, b);
    w.key("from").value(a.step);
    w.key("to").value(b.step);
    w.key("added").begin_array();
    for (const ObjectRecord* o : added) write_object(w, *o);
    w.end_array();
    w.key("changed").begin_array();
    for (const ObjectRecord* o : changed) write_object(w, *o);
    w.end_array();
    // Removed ids in a's order (program objects by id, then shared ones).
    w.key("removed").begin_array();
    for (const ObjectRecord& o : a.objects) {
        if (o.listed && before.count(o.id)) w.value(o.id);
    }
    w.end_array();
    write_frames(w, b);
    write_gc(w, b);
    w.end_object();
    return w.take();
}

std::string path_json(const Snapshot& s, int64_t id) {
    JsonWriter w;
    w.begin_object();
    w.key("ok").value(true);
    w.key("version").value(kTraceFormatVersion);
    w.key("step").value(s.step);
    w.key("id").value(id);
    std::vector<PathStep> path = path_to(s, id);
    w.key("reachable").value(!path.empty());
    w.key("path").begin_array();
    for (const PathStep& p : path) {
        w.begin_object();
        w.key("from");
        if (p.from) w.value(p.from);
        else w.null();
        w.key("label").value(p.label);
        w.key("to").value(p.to);
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.take();
}

} // namespace hs::observe
