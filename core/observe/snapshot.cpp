// Building a snapshot from the paused program (observe/snapshot.h).
//
// The objects are the program's live objects (from the registry) plus the shared start-up
// objects they, or a frame, refer to. Holders come from three places: the labelled references
// of every program object, the frames (fast locals, value stack, the frame's own references)
// and what remains, which only the interpreter holds (sys.modules, its own bookkeeping).
#include "observe/snapshot.h"

#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/genobject.h"
#include "objects/instance.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "observe/object_info.h"
#include "observe/reachability.h"
#include "runtime/collector.h"
#include "runtime/runtime.h"
#include "vm/eval_helpers.h"
#include "vm/frame.h"
#include "vm/frameobject.h"

#include <algorithm>
#include <string_view>

namespace hs::observe {

namespace {

// A snapshot's size stays bounded whatever the heap holds: a container lists at most this many
// references, an object at most this many holders among objects (the rest are counted).
constexpr size_t kMaxRefsPerObject = 100;
constexpr size_t kMaxObjectHolders = 100;
// ... and the JSON lists at most this many objects (the page draws at most 300): the nearest to
// the roots first, then the garbage, then the rest. Every count still covers the whole heap.
constexpr size_t kMaxListedObjects = 2000;

// The names run_main puts in __main__'s globals: not the program's variables.
bool is_module_setup_name(std::string_view name) {
    static const std::string_view names[] = {"__name__", "__doc__", "__package__", "__loader__", "__spec__",
                                             "__annotations__", "__builtins__", "__file__", "__cached__"};
    return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

std::string frame_function(Frame* f) {
    Object* q = f->f_code->co_qualname;
    return q ? std::string(str_view(q)) : "?";
}

class Builder {
public:
    // `full`: everything; otherwise only what holders need (objects, frames, edges).
    Builder(const ObjectRegistry& registry, const StepPoint& point, std::string_view program_path, bool full)
        : m_registry(registry), m_point(point), m_program_path(program_path), m_full(full) {}

    Snapshot build();

private:
    // The record of o, added (as shared when it is not the program's) if new.
    size_t record_of(Object* o);
    void add_frames();
    void add_frame(Frame* f, bool executing, bool innermost, int64_t generator);
    void add_edges();
    void add_holder(Object* target, Holder holder);
    void add_holder_to(ObjectRecord& rec, Holder holder);
    void finish_holders();
    void add_gc_state();
    // Marks which objects the JSON lists; `reached`: the reachable ones, nearest first.
    void choose_listed(const std::vector<size_t>& reached);

    const ObjectRegistry& m_registry;
    StepPoint m_point;
    std::string_view m_program_path;
    bool m_full;
    Snapshot m_snap;
    PointerMap m_index;  // object -> its place in m_snap.objects
    std::vector<RootRef> m_roots;
    // Frames whose value stack may be stale by one instruction (callers of the innermost frame).
    std::vector<bool> m_stack_exact;
    Object* m_main_globals = nullptr;
};

size_t Builder::record_of(Object* o) {
    if (const int64_t* known = m_index.find(o)) return static_cast<size_t>(*known);
    ObjectRecord rec;
    rec.id = m_registry.id_of(o);
    rec.object = o;
    rec.shared = rec.id < 0;
    m_snap.objects.push_back(std::move(rec));
    size_t index = m_snap.objects.size() - 1;
    m_index.insert(o, static_cast<int64_t>(index));
    return index;
}

void Builder::add_holder(Object* target, Holder holder) {
    add_holder_to(m_snap.objects[record_of(target)], std::move(holder));
}

void Builder::add_holder_to(ObjectRecord& rec, Holder holder) {
    if (holder.kind == Holder::Kind::Object && rec.holders.size() >= kMaxObjectHolders) {
        rec.holders_omitted++;
        return;
    }
    rec.holders.push_back(std::move(holder));
}

void Builder::add_frame(Frame* f, bool executing, bool innermost, int64_t generator) {
    FrameRecord fr;
    fr.function = frame_function(f);
    fr.line = f->line();
    fr.generator = generator;
    fr.suspended = !executing;
    CodeObject* code = f->f_code;
    fr.module = f->f_locals && f->f_locals == f->f_globals;
    int index = static_cast<int>(m_snap.frames.size());
    // Holders are counted once: a generator's frame belongs to the generator object, whose
    // edges ("gi_frame.x") already hold its locals and stack.
    bool owns_refs = f->owner == FrameOwner::FrameStack;
    // Only executing frames are roots: a suspended generator's frame is reached through it.
    auto root = [&](Object* target, Holder::Kind kind, std::string label, std::string root_label) {
        if (owns_refs) add_holder(target, Holder{kind, 0, index, label, 1, fr.function});
        if (executing) m_roots.push_back(RootRef{target, std::move(root_label)});
    };
    if (f->f_func) {
        fr.function_id = m_registry.id_of(f->f_func);
        record_of(f->f_func);
        root(f->f_func, Holder::Kind::Frame, "f_func", "f_func of " + fr.function);
    }
    if (f->f_code) root(f->f_code, Holder::Kind::Frame, "f_code", "f_code of " + fr.function);
    if (f->f_locals) root(f->f_locals, Holder::Kind::Frame, "f_locals", "f_locals of " + fr.function);
    if (f->frame_obj) root(f->frame_obj, Holder::Kind::Frame, "f_frame", "frame object of " + fr.function);
    // Variables: the namespace dict of module and class bodies, then the fast locals.
    if (f->f_locals) {
        ssize_t pos = 0;
        Object *key, *value;
        while (dict_next(f->f_locals, &pos, &key, &value)) {
            if (!str_check(key)) continue;
            std::string name(str_view(key));
            if (fr.module && is_module_setup_name(name)) continue;
            fr.locals.emplace_back(name, m_registry.id_of(value));
            record_of(value);
            if (executing) m_roots.push_back(RootRef{value, (fr.module ? "global " : "local ") + name});
        }
    }
    for (int i = 0; i < code->co_nlocalsplus && i < f->stacktop; i++) {
        Object* v = f->localsplus[i];
        if (!v) continue;
        std::string name(str_view(tuple_items(code->co_localsplusnames)[i]));
        fr.locals.emplace_back(name, m_registry.id_of(v));
        root(v, Holder::Kind::Local, name, "local " + name + " in " + fr.function);
    }
    // The value stack. A caller's stack pointer was saved when its current instruction began:
    // slots that instruction already popped may point to freed memory, so only objects the
    // registry knows to be alive are read there.
    for (int i = code->co_nlocalsplus; i < f->stacktop; i++) {
        Object* v = f->localsplus[i];
        if (!v || (!innermost && executing && !m_registry.find(v))) continue;
        fr.stack.push_back(m_registry.id_of(v));
        root(v, Holder::Kind::Stack, "stack[" + std::to_string(i - code->co_nlocalsplus) + "]", "stack of " + fr.function);
    }
    if (innermost && m_point.kind == StepKind::Return && m_point.return_value) {
        fr.return_value = m_registry.id_of(m_point.return_value);
        root(m_point.return_value, Holder::Kind::ReturnValue, "return value", "return value of " + fr.function);
    }
    m_snap.frames.push_back(std::move(fr));
    m_stack_exact.push_back(innermost || !executing);
}

void Builder::add_frames() {
    // Suspended generators first, so that the innermost executing frame is the last one.
    for (size_t i = 0; i < m_snap.objects.size(); i++) {
        Object* o = m_snap.objects[i].object;
        if (!gen_check(o)) continue;
        auto* gen = static_cast<GenObject*>(o);
        bool paused = gen->gi_frame_state == GenState::Created || gen->gi_frame_state == GenState::Suspended;
        if (paused && is_program_frame(&gen->gi_iframe, m_program_path)) add_frame(&gen->gi_iframe, false, false, m_snap.objects[i].id);
    }
    std::vector<Frame*> chain;
    for (Frame* f = rt().current_frame; f; f = f->previous) {
        if (is_program_frame(f, m_program_path)) chain.push_back(f);
    }
    for (size_t k = chain.size(); k-- > 0;) {
        Frame* f = chain[k];
        int64_t generator = f->owner == FrameOwner::Generator ? m_registry.id_of(generator_of(f)) : 0;
        add_frame(f, true, f == rt().current_frame, generator);
    }
}

void Builder::add_edges() {
    RefCollector collector;
    // Only the program's objects are expanded; shared ones are shown, not walked into.
    size_t program_count = m_snap.objects.size();
    for (size_t i = 0; i < program_count; i++) {
        if (m_snap.objects[i].shared) continue;
        Object* o = m_snap.objects[i].object;
        int64_t from = m_snap.objects[i].id;
        const std::vector<LabelledRef>& refs = collector.collect(o, kMaxRefsPerObject);
        if (size_t omitted = collector.omitted()) {
            m_snap.objects[i].refs_omitted = static_cast<int64_t>(omitted);
            // What a big container does not list still holds its targets.
            struct Visit {
                Builder* builder;
                int64_t from;
                Object* last_target;  // big containers often repeat one object ([0] * n)
                size_t last_index;
            } visit{this, from, nullptr, 0};
            RefCollector::visit_omitted(o, kMaxRefsPerObject, [](Object* target, ssize_t index, void* arg) {
                auto* v = static_cast<Visit*>(arg);
                if (target != v->last_target) {
                    v->last_target = target;
                    v->last_index = v->builder->record_of(target);
                }
                ObjectRecord& rec = v->builder->m_snap.objects[v->last_index];
                // Labelled only when listed: a label per reference would cost what the cap saves.
                bool listed = rec.holders.size() < kMaxObjectHolders;
                std::string label = listed && index >= 0 ? "[" + std::to_string(index) + "]" : "";
                v->builder->add_holder_to(rec, Holder{Holder::Kind::Object, v->from, -1, std::move(label), 1, ""});
            }, &visit);
        }
        std::vector<Edge> edges;
        edges.reserve(refs.size());
        for (const LabelledRef& r : refs) {
            size_t target = record_of(r.target);
            edges.push_back(Edge{r.label, r.kind, m_snap.objects[target].id, target});
        }
        if (o == m_main_globals) {
            // Module variables hold their values as globals, named as the module frame shows them.
            ssize_t pos = 0;
            Object *key, *value;
            while (dict_next(o, &pos, &key, &value)) {
                std::string label = short_repr(key);
                add_holder(value, Holder{str_check(key) ? Holder::Kind::Global : Holder::Kind::Object, from, -1,
                                         str_check(key) ? std::string(str_view(key)) : label, 1, ""});
                add_holder(key, Holder{Holder::Kind::Object, from, -1, label, 1, ""});
            }
        } else {
            for (const Edge& e : edges) add_holder_to(m_snap.objects[e.index], Holder{Holder::Kind::Object, from, -1, e.label, 1, ""});
        }
        m_snap.objects[i].refs = std::move(edges);
    }
}

// The order holders are listed in: variables first, the interpreter's own references last.
int holder_rank(Holder::Kind kind) {
    switch (kind) {
    case Holder::Kind::Global: return 0;
    case Holder::Kind::Local: return 1;
    case Holder::Kind::Object: return 2;
    case Holder::Kind::Stack: return 3;
    case Holder::Kind::ReturnValue: return 4;
    case Holder::Kind::Frame: return 5;
    case Holder::Kind::Internal: return 6;
    }
    return 6;
}

void Builder::finish_holders() {
    for (ObjectRecord& rec : m_snap.objects) {
        std::stable_sort(rec.holders.begin(), rec.holders.end(),
                         [](const Holder& a, const Holder& b) { return holder_rank(a.kind) < holder_rank(b.kind); });
        // Objects no runtime owns (static types, None, small ints, shared names) carry a count
        // that is not CPython's: snapshots show none, so nothing to explain.
        if (is_process_object_id(rec.id)) continue;
        int64_t remainder = rec.object->ob_refcnt - static_cast<int64_t>(rec.holders.size()) - rec.holders_omitted;
        // A caller's value stack may still show a slot its instruction already gave away: drop
        // such stack holders rather than count a reference twice.
        for (size_t k = rec.holders.size(); remainder < 0 && k-- > 0;) {
            const Holder& h = rec.holders[k];
            if (h.kind == Holder::Kind::Stack && !m_stack_exact[static_cast<size_t>(h.frame)]) {
                rec.holders.erase(rec.holders.begin() + static_cast<ptrdiff_t>(k));
                remainder++;
            }
        }
        if (remainder > 0) rec.holders.push_back(Holder{Holder::Kind::Internal, 0, -1, "", remainder, ""});
    }
}

void Builder::add_gc_state() {
    GCState& gc = rt().gc;
    PointerMap generation;
    for (int g = 0; g < 3; g++) {
        GCHeader* head = &gc.generations[g].head;
        for (GCHeader* h = head->gc_next; h != head; h = h->gc_next) generation.insert(from_gc(h), g);
        m_snap.gc_counts[g] = gc.generations[g].count;
        m_snap.gc_thresholds[g] = gc.generations[g].threshold;
    }
    for (GCHeader* h = gc.permanent.head.gc_next; h != &gc.permanent.head; h = h->gc_next) generation.insert(from_gc(h), 3);
    m_snap.gc_enabled = gc.enabled;
    for (ObjectRecord& rec : m_snap.objects) {
        Object* o = rec.object;
        rec.type = type_name(o);
        rec.repr = short_repr(o);
        rec.size = object_size(o);
        rec.refcount = is_process_object_id(rec.id) ? -1 : o->ob_refcnt;
        if (object_is_gc(o)) {
            rec.tracked = gc_is_tracked(o);
            rec.finalized = (as_gc(o)->gc_flags & GC_FINALIZED) != 0;
            if (const int64_t* g = generation.find(o)) rec.generation = static_cast<int>(*g);
        }
    }
}

Snapshot Builder::build() {
    Runtime& r = rt();
    m_snap.step = m_point.step;
    m_snap.kind = m_point.kind;
    m_snap.events = std::string(m_point.events);
    m_snap.events_omitted = m_point.events_omitted;
    if (r.main_module) {
        if (Object** slot = object_dict_slot(r.main_module)) m_main_globals = *slot;
    }
    std::vector<std::pair<int64_t, Object*>> program = m_registry.program_objects();
    m_snap.objects.reserve(program.size() + program.size() / 4 + 64);
    for (const auto& [id, o] : program) record_of(o);
    add_frames();
    m_snap.line = m_snap.frames.empty() || m_snap.frames.back().suspended ? 0 : m_snap.frames.back().line;
    // Roots the interpreter itself holds.
    if (r.main_module) m_roots.push_back(RootRef{r.main_module, "sys.modules['__main__']"});
    if (r.error.value) m_roots.push_back(RootRef{r.error.value, "the exception being raised"});
    for (ExcStackItem* item = r.exc_info; item; item = item->previous_item) {
        if (item->exc_value && item->exc_value != None()) m_roots.push_back(RootRef{item->exc_value, "the exception being handled"});
    }
    add_edges();
    finish_holders();
    if (!m_full) return std::move(m_snap);
    add_gc_state();
    mark_garbage(m_snap.objects);
    choose_listed(find_paths(m_snap.objects, m_index, m_roots));
    // Program objects came first, in id order; the shared ones follow as they were met: order
    // them -1, -2, ... (ids are unique).
    auto shared_begin = std::find_if(m_snap.objects.begin(), m_snap.objects.end(), [](const ObjectRecord& r) { return r.shared; });
    std::sort(shared_begin, m_snap.objects.end(), [](const ObjectRecord& a, const ObjectRecord& b) { return a.id > b.id; });
    for (ObjectRecord& rec : m_snap.objects) rec.object = nullptr;
    return std::move(m_snap);
}

void Builder::choose_listed(const std::vector<size_t>& reached) {
    std::vector<ObjectRecord>& objects = m_snap.objects;
    if (objects.size() <= kMaxListedObjects) return;
    // Garbage (what the page highlights) gets up to half of the places if there is that much.
    size_t garbage = static_cast<size_t>(std::count_if(objects.begin(), objects.end(), [](const ObjectRecord& r) { return r.garbage; }));
    size_t for_reached = kMaxListedObjects - std::min(garbage, kMaxListedObjects / 2);
    for (ObjectRecord& rec : objects) rec.listed = false;
    size_t listed = 0;
    auto list = [&](ObjectRecord& rec, size_t limit) {
        if (listed < limit && !rec.listed) {
            rec.listed = true;
            listed++;
        }
    };
    for (size_t i : reached) list(objects[i], for_reached);
    for (ObjectRecord& rec : objects) {
        if (rec.garbage) list(rec, kMaxListedObjects);
    }
    for (ObjectRecord& rec : objects) list(rec, kMaxListedObjects);
    m_snap.objects_omitted = static_cast<int64_t>(objects.size() - listed);
}

} // namespace

bool is_program_frame(const Frame* f, std::string_view program_path) {
    return f->f_code && str_view(f->f_code->co_filename) == program_path;
}

Snapshot build_snapshot(const ObjectRegistry& registry, const StepPoint& point, std::string_view program_path) {
    return Builder(registry, point, program_path, true).build();
}

std::vector<Holder> holders_of(const ObjectRegistry& registry, Object* target, std::string_view program_path) {
    Snapshot snap = Builder(registry, StepPoint{}, program_path, false).build();
    int64_t id = registry.id_of(target);
    for (ObjectRecord& rec : snap.objects) {
        if (rec.id == id) return std::move(rec.holders);
    }
    return {};
}

} // namespace hs::observe
