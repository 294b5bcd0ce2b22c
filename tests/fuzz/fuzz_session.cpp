// libFuzzer target: any bytes as a program, through what the page does with it. load() (syntax
// errors as diagnostics), run() (the step log), then the replayed snapshot of the last step, the
// delta from the middle step to it, and why_alive() there. Small limits keep each input quick;
// every answer must be valid JSON that round-trips, and a replay must never diverge from its run.
#include "json_value.h"
#include "observe/session.h"
#include "runtime/allocator.h"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

void check(const std::string& json, const char* call) {
    std::string error = hs::observe::test::json_roundtrip_error(json);
    if (!error.empty()) {
        std::fprintf(stderr, "%s returned bad JSON: %s\n%.2000s\n", call, error.c_str(), json.c_str());
        std::abort();
    }
    // Replays are exact only on heapscope's deterministic heap; under AddressSanitizer objects
    // come from malloc, so addresses (id(), default reprs, id-based hashes) may differ. fuzz.sh
    // replays the corpus through the Release build for this check.
    if (!hs::kObjectsUseSystemMalloc && json.find("\"replay_diverged\"") != std::string::npos) {
        std::fprintf(stderr, "%s: a replay diverged from its run\n%.2000s\n", call, json.c_str());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    hs::observe::Limits limits;
    limits.max_steps = 2000;
    limits.heap_bytes = 16 << 20;
    limits.max_output_bytes = 16 << 10;
    limits.max_jumps_per_step = 100000;
    hs::observe::Session session(limits);
    std::string loaded = session.load(std::string_view(reinterpret_cast<const char*>(data), size));
    check(loaded, "load");
    if (loaded.rfind("{\"ok\":true", 0) != 0) return 0;
    check(session.run(), "run");
    int64_t last = session.step_count() - 1;
    check(session.snapshot(last), "snapshot");
    check(session.delta(last / 2, last), "delta");
    for (int64_t id = 1; id <= 3; id++) check(session.why_alive(last, id), "why_alive");
    return 0;
}
