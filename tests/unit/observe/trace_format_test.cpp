// Every document the API produces conforms to docs/trace-format.schema.json.
#include "observe_support.h"
#include "schema_check.h"

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

const Json& schema() {
    static const Json root = parse_json(read_text(std::string(HS_TEST_DATA_DIR) + "/../docs/trace-format.schema.json"));
    return root;
}

void require_conforms(const std::string& document, const std::string& def) {
    Json value = parse_json(document);
    std::string problem = SchemaChecker(schema()).check(value, def);
    INFO(def << ": " << document.substr(0, 2000));
    CHECK(problem == "");
}

const char* const kNotebook[] = {
    "01_memory_model",        "02_reference_counting", "03_circular_reference",  "04_gc_module",
    "05_del_lifecycle",       "06_exercise_circular_gc", "07_allocation",        "08_deallocation",
    "09_refcount_getrefcount", "10_cyclic_gc_collect", "11_best_practice_generators", "12_best_practice_break_cycles",
    "13_best_practice_getsizeof",
};

} // namespace

TEST_CASE("the trace of every notebook example conforms to the schema", "[observe][format]") {
    for (const char* name : kNotebook) {
        SECTION(name) {
            // Example 11 runs 400,000 steps: its first 300 are enough to check the format.
            Limits limits;
            limits.max_steps = 300;
            Session session(limits);
            session.load(notebook_source(name));
            std::string doc = session.trace();
            require_conforms(doc, "traceDocument");
            Json trace = parse_json(doc);
            CHECK(trace["steps"].size() == step_count(trace["run"]));
            if (std::string(name) != "11_best_practice_generators") {
                CHECK(trace["run"]["status"].string == "finished");
                CHECK(trace["run"]["stdout"].string == notebook_output(name));
            } else {
                CHECK(trace["run"]["status"].string == "step_limit");
            }
        }
    }
}

TEST_CASE("every kind of answer conforms to the schema", "[observe][format]") {
    Session session;
    require_conforms(session.run(), "error");
    require_conforms(session.load("x = (\n"), "loadResult");
    require_conforms(session.load("x = " + std::string(100000, '-') + "1\n"), "loadResult");  // MemoryError
    std::string deep = "x = 1";
    for (int i = 0; i < 5000; i++) deep += "+1";
    require_conforms(session.load(deep + "\n"), "loadResult");  // RecursionError
    require_conforms(session.load("import sys\nx = [1]\ny = x\nprint(sys.getrefcount(x))\n"), "loadResult");
    require_conforms(session.run(), "runLog");
    require_conforms(session.snapshot(3), "snapshot");
    require_conforms(session.delta(1, 3), "delta");
    require_conforms(session.delta(3, 1), "delta");
    require_conforms(session.step(), "snapshot");
    require_conforms(session.why_alive(4, 1), "path");
    require_conforms(session.snapshot(1000), "error");
    // Big containers: refs_omitted and holders_omitted.
    session.load("x = []\nmany = [x] * 500\nend = 1\n");
    session.run();
    require_conforms(session.snapshot(3), "snapshot");
    CHECK(session.snapshot(3).find("\"refs_omitted\":400") != std::string::npos);
    CHECK(session.snapshot(3).find("\"holders_omitted\":401") != std::string::npos);
}
