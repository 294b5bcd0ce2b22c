// The step hook (observe/recorder.h).
#include "observe/recorder.h"

#include "objects/exceptions.h"
#include "objects/strobject.h"
#include "objects/tupleobject.h"
#include "observe/json_writer.h"
#include "observe/object_info.h"
#include "observe/snapshot_json.h"
#include "runtime/collector.h"
#include "runtime/runtime.h"
#include "vm/frame.h"

#include <algorithm>
#include <cassert>
#include <utility>

namespace hs::observe {

// An event waiting for the next step. Allocations are written when the step closes, so that
// their size is the object's once it is built; output to one stream within a step is merged.
struct Recorder::PendingEvent {
    enum class Kind : uint8_t { Json, Allocated, Freed, Stdout, Stderr } kind = Kind::Json;
    std::string text;  // Json: the event; Allocated: the type's name; Stdout/Stderr: the text
    Object* object = nullptr;
    int64_t id = 0;
    int generation = -1;  // Freed: the generation of the collection that cleared it; -1: its count reached 0
};

// The gc event being assembled across the phases of one collection; each phase lists at most
// kMaxPhaseIds ids (the others are counted).
constexpr size_t kMaxPhaseIds = 1000;

struct Recorder::GcInProgress {
    bool with_phases = false;  // described event by event (else only counted in the run log)
    int generation = 0;
    int counts_before[3] = {0, 0, 0};
    int64_t candidates = 0;
    std::vector<std::pair<int64_t, int64_t>> gc_refs;
    std::vector<int64_t> unreachable, finalized, resurrected, cleared;
    int64_t ids_omitted = 0;  // ids past a phase's limit
    bool finalizing = false;  // between the unreachable set and the resurrection check

    // Whether a phase list may take one more id (else it is counted as omitted).
    template <class List>
    bool room(const List& list) {
        if (list.size() < kMaxPhaseIds) return true;
        ids_omitted++;
        return false;
    }
    // Adds a program object's id (start-up objects, id <= 0, are not listed) to a phase list.
    void add_id(std::vector<int64_t>& list, int64_t id) {
        if (id > 0 && room(list)) list.push_back(id);
    }
};

namespace {

constexpr std::string_view kStepLimitEvent = R"({"event":"limit","kind":"step_limit"})";
// A step lists at most this many allocated and freed events (the others are counted), so that
// a line that makes a million objects still has a snapshot of bounded size.
constexpr int64_t kMaxObjectEvents = 1000;
// Likewise a step lists at most this many collections.
constexpr int64_t kMaxCollectionEvents = 20;

std::string frame_function(Frame* f) {
    Object* q = f->f_code->co_qualname;
    return q ? std::string(str_view(q)) : "?";
}

bool is_code(const Object* o) { return o->ob_type == &CodeType; }

// str(exc) as the builtin exceptions' __str__ gives it, read from the error's value (an
// instance, its args tuple, or a message) without running any __str__: "" for no arguments,
// the argument for one (its repr for KeyError), else the short repr of the arguments.
std::string exception_message(TypeObject* type, Object* value) {
    if (!value) return "";
    Object* args = value;
    if (type_has_flag(type_of(value), TPFLAGS_BASE_EXC_SUBCLASS)) args = static_cast<BaseExceptionObject*>(value)->args;
    if (!args) return "";
    Object* single = args;  // a message stands for a one-argument tuple
    if (tuple_check(args)) {
        if (tuple_size(args) == 0) return "";
        if (tuple_size(args) > 1) return short_repr(args);
        single = tuple_items(args)[0];
    }
    if (type_is_subtype(type, &KeyErrorType)) return short_repr(single);
    return str_check(single) ? std::string(str_view(single)) : short_repr(single);
}

void write_ids(JsonWriter& w, const char* key, const std::vector<int64_t>& ids) {
    w.key(key).begin_array();
    for (int64_t id : ids) w.value(id);
    w.end_array();
}

// The longest prefix of `text` of at most `n` bytes that does not cut a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, size_t n) {
    if (n >= text.size()) return text;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) n--;
    return text.substr(0, n);
}

} // namespace

Recorder::Recorder(RecorderConfig config) : m_config(std::move(config)) {}

Recorder::~Recorder() = default;

void Recorder::begin_program(std::string_view path) {
    m_program_path = std::string(path);
    m_registry.begin_program();
    m_heap_at_start = rt().heap_used;
    m_program_started = true;
}

bool Recorder::describing_events() const {
    if (stopping) return false;
    return m_config.each_step || (m_config.stop_at >= 0 && m_step_count == m_config.stop_at);
}

// Replays describe the collections that end at their target step: the run log says which.
bool Recorder::describing_collection() const {
    if (m_config.each_step) return true;
    const RunLog* run = m_config.expected;
    return run && m_collections < run->collections.size() && run->collections[m_collections].step == m_config.stop_at;
}

bool Recorder::object_event_omitted() {
    if (m_object_events < kMaxObjectEvents) {
        m_object_events++;
        return false;
    }
    m_events_omitted++;
    return true;
}

void Recorder::add_event(std::string json) {
    PendingEvent e;
    e.text = std::move(json);
    m_pending.push_back(std::move(e));
}

void Recorder::write_output(bool is_stderr, std::string_view text) {
    if (m_stopped_for) return;
    int64_t room = m_config.max_output_bytes - static_cast<int64_t>(m_log.output.size());
    if (room <= 0 && !text.empty()) return;
    if (static_cast<int64_t>(text.size()) > room) {
        text = utf8_prefix(text, static_cast<size_t>(room));
        m_output_full = true;
    }
    m_log.output.append(text);
    (is_stderr ? m_log.stderr_text : m_log.stdout_text).append(text);
    if (!text.empty()) add_output(is_stderr, text);
    if (m_output_full && describing_events()) add_event(R"({"event":"limit","kind":"output"})");
}

// Output is kept in chunks a step (consecutive writes to one stream merged, even with other
// events, such as print's transient objects, in between).
void Recorder::add_output(bool is_stderr, std::string_view text) {
    if (!m_config.expected) {
        std::vector<OutputChunk>& chunks = m_log.chunks;
        if (!chunks.empty() && chunks.back().step == m_step_count && chunks.back().is_stderr == is_stderr) {
            chunks.back().text.append(text);
        } else {
            chunks.push_back(OutputChunk{m_step_count, is_stderr, std::string(text)});
        }
    }
    if (!describing_events()) return;
    auto kind = is_stderr ? PendingEvent::Kind::Stderr : PendingEvent::Kind::Stdout;
    auto last_output = std::find_if(m_pending.rbegin(), m_pending.rend(), [](const PendingEvent& e) {
        return e.kind == PendingEvent::Kind::Stdout || e.kind == PendingEvent::Kind::Stderr;
    });
    if (last_output != m_pending.rend() && last_output->kind == kind) {
        last_output->text.append(text);
    } else {
        PendingEvent e;
        e.kind = kind;
        e.text = std::string(text);
        m_pending.push_back(std::move(e));
    }
}

std::string Recorder::flush_events() {
    JsonWriter w;
    w.begin_array();
    for (PendingEvent& e : m_pending) {
        switch (e.kind) {
        case PendingEvent::Kind::Json:
            w.raw(e.text);
            break;
        case PendingEvent::Kind::Stdout:
        case PendingEvent::Kind::Stderr:
            w.begin_object();
            w.key("event").value(e.kind == PendingEvent::Kind::Stdout ? "stdout" : "stderr");
            w.key("text").value(e.text);
            w.end_object();
            break;
        case PendingEvent::Kind::Freed:
            w.begin_object();
            w.key("event").value("freed");
            w.key("id").value(e.id);
            w.key("type").value(e.text);
            write_free_reason(w, e.generation);
            w.end_object();
            break;
        case PendingEvent::Kind::Allocated: {
            w.begin_object();
            w.key("event").value("allocated");
            w.key("id").value(e.id);
            w.key("type").value(e.text);
            // The size once built, if it outlived the step (still the same object).
            w.key("size");
            std::optional<int64_t> size;
            if (m_registry.find(e.object) == e.id) size = object_size(e.object);
            if (size) w.value(*size);
            else w.null();
            w.end_object();
            break;
        }
        }
    }
    w.end_array();
    m_pending.clear();
    m_object_events = 0;
    m_collection_events = 0;
    return w.take();
}

void Recorder::add_exception_event(Frame* frame, Object* stop_value) {
    const ErrorState& error = rt().error;
    // Without an error set, a subgenerator finished: its StopIteration was never made an object.
    TypeObject* type = error.type ? error.type : &StopIterationType;
    Object* value = error.type ? error.value : stop_value;
    if (!error.type && !stop_value) return;
    JsonWriter w;
    w.begin_object();
    w.key("event").value("exception");
    w.key("type").value(type->tp_name);
    w.key("message").value(exception_message(type, value == None() ? nullptr : value));
    w.key("line").value(frame->line());
    w.key("function").value(frame_function(frame));
    w.end_object();
    add_event(w.take());
}

int Recorder::on_eval_breaker() {
    if (stopping || !m_program_started || ++m_jumps_in_step < m_config.max_jumps_per_step) return 0;
    // No step follows a stop: the run log's status says why the last step is the last.
    stop(RunStatus::StepLimit);
    return stop_error();
}

int Recorder::stop_error() {
    if (!rt().error.type || rt().error.type != &KeyboardInterruptType) set_error_none(&KeyboardInterruptType);
    return -1;
}

void Recorder::stop(RunStatus why) {
    if (!m_stopped_for) m_stopped_for = why;
    stopping = true;
    // Nothing is shown after a stop: the teardown need not keep the id-ordered list.
    m_registry.stop_listing();
}

bool Recorder::check_replay(const StepRecord& rec, int64_t index) {
    const RunLog* expected = m_config.expected;
    if (!expected) return true;
    auto differ = [&](const char* what, int64_t got, int64_t want) {
        m_divergence = "the replay differs from the run at step " + std::to_string(index) + ": " + what + " " +
                       std::to_string(got) + " instead of " + std::to_string(want);
        return false;
    };
    if (index >= static_cast<int64_t>(expected->steps.size())) return differ("step count", index + 1, expected->steps.size());
    const StepRecord& want = expected->steps[static_cast<size_t>(index)];
    if (rec.kind != want.kind) return differ("kind", static_cast<int>(rec.kind), static_cast<int>(want.kind));
    if (rec.line != want.line) return differ("line", rec.line, want.line);
    if (rec.depth != want.depth) return differ("depth", rec.depth, want.depth);
    if (rec.births != want.births) return differ("allocations", rec.births, want.births);
    if (rec.output_bytes != want.output_bytes) return differ("output bytes", rec.output_bytes, want.output_bytes);
    if (index == m_config.stop_at && expected->output.compare(0, m_log.output.size(), m_log.output) != 0) {
        m_divergence = "the replay differs from the run at step " + std::to_string(index) + ": different output";
        return false;
    }
    return true;
}

bool Recorder::is_program(const Frame* f) {
    const Object* file = f->f_code ? f->f_code->co_filename : nullptr;
    if (!file) return false;
    if (file == m_program_file) return true;
    if (!is_program_frame(f, m_program_path)) return false;
    m_program_file = file;  // code compiled from one text shares its file name
    return true;
}

// Executing frames of the program's own code.
int Recorder::frame_depth() {
    int depth = 0;
    for (Frame* f = rt().current_frame; f; f = f->previous) depth += is_program(f) ? 1 : 0;
    return depth;
}

int Recorder::function_index(Frame* frame) {
    const Object* code = frame->f_code;
    if (code == m_last_code) return m_last_function;
    // Stored as index + 1: the map's 0 means "absent".
    const int64_t* known = m_functions.find(code);
    int index = known ? static_cast<int>(*known - 1) : static_cast<int>(m_log.functions.size());
    if (!known) {
        m_functions.insert(code, index + 1);
        m_log.functions.push_back(frame_function(frame));
    }
    m_last_code = code;
    m_last_function = index;
    return index;
}

int Recorder::take_step(StepKind kind, Frame* frame, Object* value) {
    int64_t index = m_step_count;
    m_jumps_in_step = 0;
    Runtime& r = rt();
    StepRecord rec;
    rec.kind = kind;
    rec.line = frame ? frame->line() : 0;
    // Every program frame that starts (or resumes) makes a call step and every one that ends
    // (or yields, or unwinds) a return step: the depth is counted, not walked.
    if (kind == StepKind::Call) m_depth++;
    rec.depth = frame ? m_depth : 0;
    assert(rec.depth == (frame ? frame_depth() : 0));
    if (kind == StepKind::Return) m_depth--;
    rec.objects = static_cast<int32_t>(m_registry.program_live());
    // Teardown also frees start-up objects: the program's share never goes below zero.
    rec.bytes = std::max<int64_t>(0, static_cast<int64_t>(r.heap_used) - static_cast<int64_t>(m_heap_at_start));
    rec.births = m_registry.program_births();
    rec.output_bytes = static_cast<int32_t>(m_log.output.size());

    bool describing = describing_events();
    if (describing && kind == StepKind::Exception) add_exception_event(frame, value);
    bool last = false;
    if (index + 1 >= m_config.max_steps && kind != StepKind::Exit) {
        if (describing) add_event(std::string(kStepLimitEvent));
        stop(RunStatus::StepLimit);
        last = true;
    } else if (m_output_full && kind != StepKind::Exit) {
        stop(RunStatus::OutputLimit);
        last = true;
    }
    int64_t events_omitted = std::exchange(m_events_omitted, 0);
    std::string events = describing ? flush_events() : std::string();
    m_step_count++;
    if (!check_replay(rec, index)) {
        stop(RunStatus::Error);
        return stop_error();
    }
    StepPoint point{index, kind, value, events, events_omitted};
    if (index == m_config.stop_at) {
        m_target = build_snapshot(m_registry, point, m_program_path);
        if (kind != StepKind::Exit) stop(RunStatus::Error);
        last = true;
    }
    if (m_config.each_step) m_config.each_step(point);
    if (!m_config.expected) {
        if (frame) rec.function = function_index(frame);
        m_log.steps.push_back(rec);
    }
    if (last && kind != StepKind::Exit) return stop_error();
    return 0;
}

int Recorder::on_step(StepKind kind, Frame* frame, Object* value) {
    if (stopping) return (kind == StepKind::Call || kind == StepKind::Line) ? stop_error() : 0;
    // Start-up code, and the frozen modules' own code (weakref, atexit...), are not the
    // program's steps: as a tracer that follows only the program's file.
    if (!m_program_started || !is_program(frame)) return 0;
    if (kind == StepKind::Return && !value && !frame->previous && frame->f_locals && frame->f_locals == frame->f_globals &&
        rt().error.type) {
        m_uncaught_type = rt().error.type->tp_name;
    }
    return take_step(kind, frame, value);
}

void Recorder::on_exit() {
    if (stopping || !m_program_started) return;
    take_step(StepKind::Exit, nullptr, nullptr);
}

RunLog Recorder::finish(int exit_code) {
    m_log.exit_code = exit_code;
    // What happened after the last step (the runtime's teardown) belongs to no step.
    auto after_last = static_cast<int64_t>(m_log.steps.size());
    std::erase_if(m_log.chunks, [&](const OutputChunk& c) { return c.step >= after_last; });
    std::erase_if(m_log.collections, [&](const CollectionRecord& c) { return c.step >= after_last; });
    if (m_stopped_for) {
        m_log.status = *m_stopped_for;
    } else if (exit_code == 0 || m_uncaught_type == "SystemExit") {
        m_log.status = RunStatus::Finished;
    } else {
        m_log.status = RunStatus::Error;
    }
    return std::move(m_log);
}

void Recorder::on_object_new(Object* o) {
    int64_t id = m_registry.add(o);
    if (id <= 0) return;
    if (!m_config.expected) m_log.deaths.push_back(-1);
    if (describing_events() && !object_event_omitted()) {
        PendingEvent e;
        e.kind = PendingEvent::Kind::Allocated;
        e.text = type_name(o);
        e.object = o;
        e.id = id;
        m_pending.push_back(std::move(e));
    }
}

void Recorder::on_object_free(Object* o) {
    // An address may be reused by another object: it leaves the caches of code and file names.
    if (is_code(o) && m_functions.size() > 0) {
        m_functions.erase(o);
        if (m_last_code == o) m_last_code = nullptr;
    }
    if (o == m_program_file) m_program_file = nullptr;
    int64_t id = m_registry.remove(o);
    if (id <= 0 || stopping) return;
    int generation = m_gc_clearing && m_gc ? m_gc->generation : -1;
    if (!m_config.expected) m_log.record_death(id, m_step_count, generation);
    if (!describing_events() || object_event_omitted()) return;
    PendingEvent e;
    e.kind = PendingEvent::Kind::Freed;
    e.id = id;
    e.text = type_name(o);
    e.generation = generation;
    m_pending.push_back(std::move(e));
}

void Recorder::on_object_moved(const Object* from, Object* o) {
    m_registry.move(from, o);
    for (PendingEvent& e : m_pending) {
        if (e.object == from) e.object = o;
    }
}

void Recorder::on_gc_start(int generation, const int counts_before[3]) {
    if (stopping || !m_program_started) return;
    m_gc = std::make_unique<GcInProgress>();
    m_gc->with_phases = describing_collection();
    m_gc->generation = generation;
    for (int i = 0; i < 3; i++) m_gc->counts_before[i] = counts_before[i];
}

void Recorder::on_gc_refs(GCHeader* candidates) {
    if (!m_gc || !m_gc->with_phases) return;
    for (GCHeader* h = candidates->gc_next; h != candidates; h = h->gc_next) {
        m_gc->candidates++;
        if (int64_t id = m_registry.find(from_gc(h)); id > 0 && m_gc->room(m_gc->gc_refs)) m_gc->gc_refs.emplace_back(id, h->gc_refs);
    }
}

void Recorder::on_gc_unreachable(GCHeader* unreachable) {
    if (!m_gc || !m_gc->with_phases) return;
    for (GCHeader* h = unreachable->gc_next; h != unreachable; h = h->gc_next) {
        m_gc->add_id(m_gc->unreachable, m_registry.find(from_gc(h)));
    }
    m_gc->finalizing = true;
}

void Recorder::on_gc_resurrected(GCHeader* resurrected) {
    if (!m_gc || !m_gc->with_phases) return;
    m_gc->finalizing = false;
    for (GCHeader* h = resurrected->gc_next; h != resurrected; h = h->gc_next) {
        m_gc->add_id(m_gc->resurrected, m_registry.find(from_gc(h)));
    }
}

void Recorder::on_gc_clear(Object* o) {
    m_gc_clearing = true;
    if (!m_gc || !m_gc->with_phases) return;
    m_gc->add_id(m_gc->cleared, m_registry.find(o));
}

void Recorder::on_gc_clear_done() { m_gc_clearing = false; }

void Recorder::on_gc_done(int64_t collected, int64_t uncollectable) {
    if (!m_gc) return;
    std::unique_ptr<GcInProgress> done = std::move(m_gc);
    GcInProgress& gc = *done;
    m_collections++;
    if (!m_config.expected) {
        CollectionRecord c{m_step_count, gc.generation, {gc.counts_before[0], gc.counts_before[1], gc.counts_before[2]},
                           collected, uncollectable};
        m_log.collections.push_back(c);
    }
    if (!gc.with_phases || stopping) return;
    if (m_collection_events >= kMaxCollectionEvents) {
        m_events_omitted++;
        return;
    }
    m_collection_events++;
    JsonWriter w;
    w.begin_object();
    w.key("event").value("gc");
    w.key("generation").value(gc.generation);
    w.key("counts_before").begin_array();
    for (int c : gc.counts_before) w.value(c);
    w.end_array();
    w.key("collected").value(collected);
    w.key("uncollectable").value(uncollectable);
    w.key("candidates").value(gc.candidates);
    w.key("phases").begin_object();
    w.key("gc_refs").begin_array();
    for (const auto& [id, refs] : gc.gc_refs) {
        w.begin_array();
        w.value(id);
        w.value(refs);
        w.end_array();
    }
    w.end_array();
    write_ids(w, "unreachable", gc.unreachable);
    write_ids(w, "finalized", gc.finalized);
    write_ids(w, "resurrected", gc.resurrected);
    write_ids(w, "cleared", gc.cleared);
    if (gc.ids_omitted > 0) w.key("ids_omitted").value(gc.ids_omitted);
    w.end_object();
    w.end_object();
    add_event(w.take());
}

void Recorder::on_finalizer(Object* o) {
    if (stopping) return;
    int64_t id = m_registry.find(o);
    if (id <= 0) return;
    if (m_gc && m_gc->with_phases && m_gc->finalizing) m_gc->add_id(m_gc->finalized, id);
    if (!describing_events()) return;
    JsonWriter w;
    w.begin_object();
    w.key("event").value("del");
    w.key("id").value(id);
    w.key("type").value(type_name(o));
    w.end_object();
    add_event(w.take());
}

void Recorder::on_getrefcount(Object* o) {
    if (!m_program_started || !describing_events()) return;
    std::vector<Holder> holders = holders_of(m_registry, o, m_program_path);
    JsonWriter w;
    w.begin_object();
    w.key("event").value("getrefcount");
    w.key("id").value(m_registry.id_of(o));
    w.key("refcount").value(static_cast<int64_t>(o->ob_refcnt));
    w.key("holders").begin_array();
    for (const Holder& h : holders) write_holder(w, h);
    w.end_array();
    w.end_object();
    add_event(w.take());
}

void Recorder::on_limit(LimitKind kind) {
    if (!m_program_started || !describing_events()) return;
    add_event(kind == LimitKind::Memory ? R"({"event":"limit","kind":"memory"})" : R"({"event":"limit","kind":"recursion"})");
}

void Recorder::on_weakref_callback(Object* weakref) {
    if (!m_program_started || !describing_events()) return;
    JsonWriter w;
    w.begin_object();
    w.key("event").value("weakref_callback");
    w.key("id").value(m_registry.id_of(weakref));
    w.end_object();
    add_event(w.take());
}

} // namespace hs::observe
