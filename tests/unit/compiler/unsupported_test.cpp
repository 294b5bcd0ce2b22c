// Features outside heapscope's subset compile (no SyntaxError) to RAISE_UNSUPPORTED at the
// statement that uses them, so the code before it still runs. Each unsupported/NAME.py starts
// with lines "# unsupported: '<feature>' line <n>" naming what must be raised where.
#include "ast_reader.h"
#include "compiler/compile.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using namespace hs::compiler;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Whether `code` or a nested code object raises `feature` at `line`.
bool raises_unsupported(const CodeUnit& code, const std::string& feature, int line) {
    for (size_t i = 0; i < code.code.size(); ++i) {
        const Instruction& instr = code.code[i];
        if (instr.op != Opcode::RAISE_UNSUPPORTED) continue;
        const Constant& c = code.consts.at(static_cast<size_t>(instr.arg));
        if (c.kind == Constant::Kind::Str && c.text == feature && code.positions[i].lineno == line)
            return true;
    }
    for (const Constant& c : code.consts) {
        if (c.kind == Constant::Kind::Code && raises_unsupported(*c.code, feature, line)) return true;
    }
    return false;
}

} // namespace

TEST_CASE("unsupported features compile to RAISE_UNSUPPORTED at their statement", "[compiler]") {
    fs::path root = fs::path(HS_TEST_DATA_DIR) / "unit/compiler/unsupported";
    std::regex header(R"(# unsupported: '([^']+)' line (\d+))");
    for (const auto& entry : fs::directory_iterator(root)) {
        if (entry.path().extension() != ".py") continue;
        DYNAMIC_SECTION(entry.path().stem().string()) {
            std::string source = read_file(entry.path());
            fs::path ast_path = entry.path();
            ast_path.replace_extension(".ast");
            std::string error;
            auto module = hs::test::read_ast(read_file(ast_path), error);
            INFO(error);
            REQUIRE(module);
            CompileResult result = compile_module(*module, entry.path().filename().string(), source);
            REQUIRE(!result.error);
            REQUIRE(result.code);
            std::istringstream lines(source);
            std::string line;
            std::smatch m;
            int checked = 0;
            while (std::getline(lines, line) && std::regex_search(line, m, header)) {
                INFO(m[0].str());
                CHECK(raises_unsupported(*result.code, m[1].str(), std::stoi(m[2].str())));
                ++checked;
            }
            CHECK(checked > 0);
        }
    }
}
