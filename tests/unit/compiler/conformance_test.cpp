// The bytecode conformance suite: every cases/NAME.ast (CPython's AST of NAME.py) compiles to
// exactly the code objects CPython 3.11 produced, as recorded in NAME.expected by
// regenerate.sh. Set HS_COMPILER_ACTUAL_DIR to also write each actual dump there, and
// HS_COMPILER_CASES_DIR to run another folder of cases.
#include "ast_reader.h"
#include "compiler/compile.h"
#include "frontend/parser.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string or_none(int value) {
    return value ? std::to_string(value) : "None";
}

// What regenerate.sh prints for a compilation: the code objects or the SyntaxError, then the
// SyntaxWarnings.
std::string describe(const hs::compiler::CompileResult& result) {
    std::string out;
    if (result.error) {
        const auto& e = *result.error;
        if (e.type == "RecursionError") return "RecursionError: " + e.msg + "\n";
        out += e.type + ": " + e.msg + " (" + std::to_string(e.lineno) + "," + std::to_string(e.offset) +
               "," + or_none(e.end_lineno) + "," + or_none(e.end_offset) + ")\n";
    } else {
        out += hs::compiler::dump_code(*result.code);
    }
    for (const auto& w : result.warnings) {
        out += "SyntaxWarning: " + w.message + " (line " + std::to_string(w.lineno) + ")\n";
    }
    return out;
}

// The first line where two texts differ, for a readable failure.
std::string first_difference(const std::string& expected, const std::string& actual) {
    std::istringstream e(expected), a(actual);
    std::string le, la;
    int line = 1;
    while (true) {
        bool he = static_cast<bool>(std::getline(e, le));
        bool ha = static_cast<bool>(std::getline(a, la));
        if (!he && !ha) return "identical";
        if (!he || !ha || le != la) {
            return "line " + std::to_string(line) + ":\n  expected: " + (he ? le : "<end>") +
                   "\n  actual:   " + (ha ? la : "<end>");
        }
        ++line;
    }
}

std::vector<fs::path> cases() {
    std::vector<fs::path> out;
    const char* dir = std::getenv("HS_COMPILER_CASES_DIR");
    fs::path root = dir ? fs::path(dir) : fs::path(HS_TEST_DATA_DIR) / "unit/compiler/cases";
    for (const auto& entry : fs::directory_iterator(root)) {
        if (entry.path().extension() == ".ast") out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

TEST_CASE("compiled code objects match CPython 3.11's", "[compiler][conformance]") {
    const char* actual_dir = std::getenv("HS_COMPILER_ACTUAL_DIR");
    std::vector<fs::path> paths = cases();
    REQUIRE(!paths.empty());
    for (const fs::path& ast_path : paths) {
        std::string name = ast_path.stem().string();
        DYNAMIC_SECTION(name) {
            fs::path base = ast_path;
            base.replace_extension();
            std::string error;
            auto module = hs::test::read_ast(read_file(ast_path), error);
            INFO(error);
            REQUIRE(module);
            std::string source = read_file(base.string() + ".py");
            auto result = hs::compiler::compile_module(*module, name + ".py", source);
            REQUIRE((result.code || result.error));
            std::string actual = describe(result);
            std::string expected = read_file(base.string() + ".expected");
            if (actual_dir) std::ofstream(fs::path(actual_dir) / (name + ".actual")) << actual;
            INFO(first_difference(expected, actual));
            CHECK(actual == expected);
        }
    }
}

// The same cases through heapscope's own parser: source text to bytecode, end to end.
TEST_CASE("source compiled through heapscope's parser matches CPython 3.11's bytecode",
          "[compiler][parser]") {
    std::vector<fs::path> paths = cases();
    REQUIRE(!paths.empty());
    for (const fs::path& ast_path : paths) {
        std::string name = ast_path.stem().string();
        DYNAMIC_SECTION(name) {
            fs::path base = ast_path;
            base.replace_extension();
            std::string source = read_file(base.string() + ".py");
            hs::frontend::ParseResult parsed = hs::frontend::parse_module(source);
            INFO((parsed.error ? "parse error: " + parsed.error->msg : std::string()));
            REQUIRE(parsed.module);
            auto result = hs::compiler::compile_module(*parsed.module, name + ".py", source);
            REQUIRE((result.code || result.error));
            std::string actual = describe(result);
            std::string expected = read_file(base.string() + ".expected");
            INFO(first_difference(expected, actual));
            CHECK(actual == expected);
        }
    }
}
