// Reads the S-expression form of a Python AST that regenerate.sh writes (cases/*.ast), so the
// compiler tests run on exactly the tree CPython's parser builds, independently of heapscope's.
#pragma once

#include "frontend/ast.h"

#include <memory>
#include <string>
#include <string_view>

namespace hs::test {

// Returns null and sets `error` when the text is malformed.
std::unique_ptr<ast::Module> read_ast(std::string_view text, std::string& error);

} // namespace hs::test
