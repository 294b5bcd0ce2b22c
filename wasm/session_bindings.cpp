// The JavaScript face of the observation API: hs::observe::Session, method for method
// (core/observe/session.h), less trace() and set_script_path(), which serve the command line.
// Strings and JSON cross the boundary; numbers cross as JS numbers. No logic lives here.
//
//   const heapscope = await createHeapscope({wasmBinary});
//   const session = new heapscope.Session({max_steps: 100000});  // limits are optional
//   session.load(source); const log = JSON.parse(session.run());
//   ...
//   session.delete();
#include "observe/session.h"

#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <type_traits>

namespace {

using hs::observe::Session;

// Limits from a JS object; a missing field keeps Session's default.
hs::observe::Limits limits_from(const emscripten::val& js) {
    hs::observe::Limits limits;
    if (!js.isUndefined() && !js.isNull()) {
        auto number = [&js](const char* name, auto& field) {
            if (js.hasOwnProperty(name) && js[name].isNumber()) {
                field = static_cast<std::remove_reference_t<decltype(field)>>(js[name].as<double>());
            }
        };
        number("max_steps", limits.max_steps);
        number("heap_bytes", limits.heap_bytes);
        number("recursion_limit", limits.recursion_limit);
        number("max_output_bytes", limits.max_output_bytes);
        number("max_jumps_per_step", limits.max_jumps_per_step);
    }
    return limits;
}

Session* new_session() { return new Session(); }
Session* new_session_with_limits(emscripten::val js) { return new Session(limits_from(js)); }

// Embind passes std::string, not std::string_view.
std::string load(Session& s, const std::string& source) { return s.load(source); }
std::string snapshot(Session& s, double step) { return s.snapshot(static_cast<int64_t>(step)); }
std::string delta(Session& s, double from, double to) {
    return s.delta(static_cast<int64_t>(from), static_cast<int64_t>(to));
}
std::string why_alive(Session& s, double step, double id) {
    return s.why_alive(static_cast<int64_t>(step), static_cast<int64_t>(id));
}
double cursor(const Session& s) { return static_cast<double>(s.cursor()); }

} // namespace

EMSCRIPTEN_BINDINGS(heapscope) {
    emscripten::class_<Session>("Session")
        .constructor(&new_session, emscripten::allow_raw_pointers())
        .constructor(&new_session_with_limits, emscripten::allow_raw_pointers())
        .function("load", &load)
        .function("run", &Session::run)
        .function("snapshot", &snapshot)
        .function("delta", &delta)
        .function("step", &Session::step)
        .function("step_back", &Session::step_back)
        .function("reset", &Session::reset)
        .function("why_alive", &why_alive)
        .function("cursor", &cursor);
}
