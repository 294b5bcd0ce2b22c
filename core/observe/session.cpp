// The observation API (observe/session.h): runs, replays and the cursor.
#include "observe/session.h"

#include "compiler/compile.h"
#include "frontend/parser.h"
#include "objects/strobject.h"
#include "observe/json_writer.h"
#include "observe/recorder.h"
#include "observe/run_observed.h"
#include "observe/snapshot_json.h"

#include <algorithm>
#include <optional>

namespace hs::observe {

struct Session::State {
    Limits limits;
    std::string path = "main.py";
    std::string source;
    bool loaded = false;
    std::optional<RunLog> log;
    int64_t cursor = 0;
    // The last snapshot made, and its JSON.
    std::optional<Snapshot> cached;
    std::string cached_json;
};

namespace {

std::string error_json(std::string_view kind, std::string_view message) {
    JsonWriter w;
    w.begin_object();
    w.key("ok").value(false);
    w.key("error").begin_object();
    w.key("kind").value(kind);
    w.key("message").value(message);
    w.end_object();
    w.end_object();
    return w.take();
}

void write_diagnostic(JsonWriter& w, const frontend::SyntaxErrorInfo& e) {
    w.begin_object();
    w.key("kind").value(e.type);
    w.key("message").value(e.msg);
    w.key("line").value(e.lineno);
    w.key("column").value(e.offset);
    w.key("end_line").value(e.end_lineno);
    w.key("end_column").value(e.end_offset);
    w.end_object();
}

RecorderConfig config_for(const Limits& limits) {
    RecorderConfig c;
    c.max_steps = limits.max_steps > 0 ? limits.max_steps : INT64_MAX;
    c.max_output_bytes = limits.max_output_bytes >= 0 ? std::min<int64_t>(limits.max_output_bytes, INT32_MAX) : INT32_MAX;
    c.max_jumps_per_step = limits.max_jumps_per_step > 0 ? limits.max_jumps_per_step : INT64_MAX;
    return c;
}

} // namespace

Session::Session(Limits limits) : m(std::make_unique<State>()) { m->limits = limits; }

Session::~Session() = default;

void Session::set_script_path(std::string_view path) { m->path = std::string(path); }

int64_t Session::cursor() const { return m->cursor; }

int64_t Session::step_count() const { return m->log ? static_cast<int64_t>(m->log->steps.size()) : 0; }

std::string Session::load(std::string_view source) {
    m->source = std::string(source);
    m->loaded = true;
    m->log.reset();
    m->cached.reset();
    m->cursor = 0;
    std::optional<frontend::SyntaxErrorInfo> error;
    frontend::ParseResult parsed = frontend::parse_module(source, frontend::SourceKind::ScriptFile);
    if (parsed.error) {
        error = parsed.error;
    } else {
        compiler::CompileResult compiled = compiler::compile_module(*parsed.module, m->path, source);
        error = compiled.error;
    }
    JsonWriter w;
    w.begin_object();
    w.key("ok").value(!error);
    if (error) {
        w.key("diagnostics").begin_array();
        write_diagnostic(w, *error);
        w.end_array();
    }
    w.end_object();
    return w.take();
}

std::string Session::run() {
    if (!m->loaded) return error_json("not_loaded", "load() a program first");
    m->cached.reset();
    m->cursor = 0;
    // A first run that makes new process-wide names (intern() on a module's first import) is
    // not what later runs, and so replays, repeat: record again once they exist.
    for (int attempt = 0; attempt < 2; attempt++) {
        size_t names_before = static_name_count();
        Recorder recorder(config_for(m->limits));
        int status = run_observed(m->limits, m->source, m->path, recorder);
        m->log = recorder.finish(status);
        if (static_name_count() == names_before) break;
    }
    return run_log_json(*m->log);
}

namespace {

// Each program object's lifetime, from the run log.
void add_lifetimes(Snapshot& snap, const RunLog& log) {
    for (ObjectRecord& o : snap.objects) {
        if (o.id <= 0) continue;
        o.allocated_step = log.allocated_step(o.id);
        o.death = log.death(o.id);
    }
}

// Replays the program up to `step` in a fresh runtime and takes the snapshot there.
std::optional<Snapshot> replay(const Limits& limits, const std::string& source, const std::string& path, const RunLog& log,
                               int64_t step, std::string* error) {
    RecorderConfig config = config_for(limits);
    config.expected = &log;
    config.stop_at = step;
    Recorder recorder(std::move(config));
    run_observed(limits, source, path, recorder);
    if (!recorder.divergence().empty()) {
        *error = recorder.divergence();
        return std::nullopt;
    }
    if (!recorder.target()) {
        *error = "the replay ended after " + std::to_string(recorder.steps_taken()) + " steps, before step " + std::to_string(step);
        return std::nullopt;
    }
    add_lifetimes(*recorder.target(), log);
    return std::move(recorder.target());
}

} // namespace

std::string Session::trace() {
    std::string log_json = run();
    if (!m->log) return log_json;
    // The run again, watched at every step: the snapshots know the whole run (when each object
    // dies), and the run repeats the recording as any replay does.
    std::vector<std::string> steps;
    std::optional<Snapshot> previous;
    RecorderConfig config = config_for(m->limits);
    config.expected = &*m->log;
    Recorder* watching = nullptr;
    config.each_step = [&](const StepPoint& point) {
        Snapshot current = build_snapshot(watching->registry(), point, watching->program_path());
        add_lifetimes(current, *m->log);
        steps.push_back(previous ? delta_json(*previous, current) : snapshot_json(current));
        previous = std::move(current);
    };
    Recorder recorder(std::move(config));
    watching = &recorder;
    run_observed(m->limits, m->source, m->path, recorder);
    if (!recorder.divergence().empty()) return error_json("replay_diverged", recorder.divergence());
    JsonWriter w;
    w.begin_object();
    w.key("version").value(kTraceFormatVersion);
    w.key("run").raw(log_json);
    w.key("steps").begin_array();
    for (const std::string& s : steps) w.raw(s);
    w.end_array();
    w.end_object();
    return w.take();
}

std::string Session::snapshot(int64_t step) {
    std::string error;
    const Snapshot* snap = snapshot_at(step, &error);
    if (!snap) return error;
    if (m->cached_json.empty()) m->cached_json = snapshot_json(*snap);
    return m->cached_json;
}

const Snapshot* Session::snapshot_at(int64_t step, std::string* error_out) {
    State& s = *m;
    if (!s.log) {
        *error_out = error_json(s.loaded ? "not_run" : "not_loaded", s.loaded ? "run() the program first" : "load() a program first");
        return nullptr;
    }
    int64_t count = static_cast<int64_t>(s.log->steps.size());
    if (step < 0 || step >= count) {
        *error_out = error_json("bad_step", "step " + std::to_string(step) + " is not in 0.." + std::to_string(count - 1));
        return nullptr;
    }
    if (s.cached && s.cached->step == step) return &*s.cached;
    std::string why;
    std::optional<Snapshot> snap = replay(s.limits, s.source, s.path, *s.log, step, &why);
    if (!snap) {
        *error_out = error_json("replay_diverged", why);
        return nullptr;
    }
    s.cached = std::move(snap);
    s.cached_json.clear();
    return &*s.cached;
}

std::string Session::delta(int64_t from, int64_t to) {
    std::string error;
    const Snapshot* a = snapshot_at(from, &error);
    if (!a) return error;
    if (from == to) return delta_json(*a, *a);
    // The cache keeps one snapshot: `from`'s leaves it (moved, not copied) for `to`'s.
    Snapshot first = std::move(*m->cached);
    m->cached.reset();
    const Snapshot* b = snapshot_at(to, &error);
    if (!b) return error;
    return delta_json(first, *b);
}

std::string Session::why_alive(int64_t step, int64_t id) {
    std::string error;
    const Snapshot* snap = snapshot_at(step, &error);
    if (!snap) return error;
    return path_json(*snap, id);
}

std::string Session::step() {
    if (m->log) m->cursor = std::min<int64_t>(m->cursor + 1, static_cast<int64_t>(m->log->steps.size()) - 1);
    return snapshot(m->cursor);
}

std::string Session::step_back() {
    if (m->log) m->cursor = std::max<int64_t>(m->cursor - 1, 0);
    return snapshot(m->cursor);
}

std::string Session::reset() {
    m->cursor = 0;
    return snapshot(0);
}

} // namespace hs::observe
