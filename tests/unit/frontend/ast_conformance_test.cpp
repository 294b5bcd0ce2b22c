// The AST conformance test: every ast_cases/NAME.py is parsed and compared byte for byte
// with what CPython 3.11 produced for it (NAME.ast: ast.dump with attributes; NAME.err:
// the SyntaxError). regenerate_ast.sh writes the expected files.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "frontend/parser.h"

namespace fs = std::filesystem;
using hs::frontend::dump_ast;
using hs::frontend::parse_module;
using hs::frontend::SyntaxErrorInfo;

namespace {

std::string read_file(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::string escape(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out.push_back(c);
    }
    return out;
}

// The .err line format of regenerate_ast.sh.
std::string format_error(const SyntaxErrorInfo& e) {
    std::ostringstream out;
    out << e.type << '\t' << e.msg << '\t' << e.lineno << '\t' << e.offset << '\t' << e.end_lineno << '\t'
        << e.end_offset << '\t' << escape(e.text) << '\n';
    return out.str();
}

// ast.dump(tree) without attributes, derived from the dump with them.
std::string strip_attributes(const std::string& dump) {
    std::string out;
    size_t i = 0;
    const std::string key = "lineno=";
    while (i < dump.size()) {
        bool at_attr = dump.compare(i, key.size(), key) == 0 && i > 0 &&
                       (dump[i - 1] == '(' || (i >= 2 && dump[i - 1] == ' ' && dump[i - 2] == ','));
        if (!at_attr) {
            out.push_back(dump[i++]);
            continue;
        }
        // Skip "lineno=N, col_offset=N, end_lineno=N, end_col_offset=N" and the ", " before.
        if (dump[i - 1] == ' ') out.resize(out.size() - 2);
        for (int commas = 0; commas < 3; ++i)
            if (dump[i] == ',') ++commas;
        while (dump[i] != ')' && dump[i] != ',') ++i;
    }
    return out;
}

std::vector<fs::path> case_files() {
    std::vector<fs::path> cases;
    for (const auto& entry : fs::directory_iterator(fs::path(HS_TEST_DATA_DIR) / "unit/frontend/ast_cases"))
        if (entry.path().extension() == ".py") cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    return cases;
}

} // namespace

TEST_CASE("parse_module and dump_ast match CPython 3.11 on the ast_cases corpus", "[frontend][conformance]") {
    std::vector<fs::path> cases = case_files();
    REQUIRE(cases.size() >= 800);
    int valid = 0, errors = 0;
    for (const fs::path& py : cases) {
        std::string source = read_file(py);
        fs::path ast_path = py, err_path = py;
        ast_path.replace_extension(".ast");
        err_path.replace_extension(".err");
        auto result = parse_module(source);
        INFO("case " << py.filename().string());
        if (fs::exists(ast_path)) {
            ++valid;
            INFO("unexpected error: " << (result.error ? format_error(*result.error) : std::string()));
            REQUIRE(result.module != nullptr);
            std::string expected = read_file(ast_path);
            CHECK(dump_ast(*result.module, true) + "\n" == expected);
            CHECK(dump_ast(*result.module, false) + "\n" == strip_attributes(expected));
        } else {
            ++errors;
            REQUIRE(fs::exists(err_path));
            REQUIRE(result.error.has_value());
            CHECK(result.module == nullptr);
            CHECK(format_error(*result.error) == read_file(err_path));
        }
    }
    CHECK(valid > 200);
    CHECK(errors > 500);
}
