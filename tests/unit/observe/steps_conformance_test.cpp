// heapscope's steps are CPython's sys.settrace events: for every conformance program with an
// X.steps file (tests/conformance/regenerate_steps.sh, made by the oracle), the run's steps up
// to the module's return are those events, kind, line and function, in order.
#include "observe_support.h"

#include <algorithm>
#include <filesystem>
#include <vector>

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty()) lines.push_back(line);
    }
    return lines;
}

// The run's steps as "kind line function", up to the module frame's return (what runs at exit
// is not in the oracle's trace).
std::vector<std::string> module_steps(const Json& log) {
    std::vector<std::string> steps;
    for (const Step& s : steps_of(log)) {
        if (s.kind == "exit") break;
        steps.push_back(s.kind + " " + std::to_string(s.line) + " " + s.function);
        if (s.kind == "return" && s.depth == 1) break;
    }
    return steps;
}

} // namespace

TEST_CASE("every program's steps are CPython's settrace events", "[observe][steps]") {
    namespace fs = std::filesystem;
    std::vector<fs::path> expected_files;
    for (const auto& entry : fs::recursive_directory_iterator(std::string(HS_TEST_DATA_DIR) + "/conformance")) {
        if (entry.path().extension() == ".steps") expected_files.push_back(entry.path());
    }
    std::sort(expected_files.begin(), expected_files.end());
    REQUIRE(expected_files.size() > 350);
    for (const fs::path& expected_file : expected_files) {
        fs::path program = expected_file;
        program.replace_extension(".py");
        INFO(program.string());
        Session session;
        session.set_script_path(program.string());
        if (!parse_json(session.load(read_text(program.string())))["ok"].boolean) {
            FAIL_CHECK("does not compile");
            continue;
        }
        Json log = parse_json(session.run());
        std::vector<std::string> expected = lines_of(read_text(expected_file.string()));
        std::vector<std::string> got = module_steps(log);
        size_t same = 0;
        while (same < expected.size() && same < got.size() && expected[same] == got[same]) same++;
        INFO("first difference at event " << same << ": CPython '" << (same < expected.size() ? expected[same] : "(end)")
                                          << "', heapscope '" << (same < got.size() ? got[same] : "(end)") << "'");
        CHECK((same == expected.size() && same == got.size()));
    }
}
