// Frozen modules: Python source compiled into heapscope (see modules/frozen.h).
#include "modules/frozen.h"

#include "compiler/compile.h"
#include "frontend/parser.h"
#include "objects/codeobject.h"
#include "objects/dictobject.h"
#include "objects/funcobject.h"
#include "objects/moduleobject.h"
#include "runtime/runtime.h"
#include "vm/call.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>

namespace hs {

namespace {

// The bytecode of each frozen module, compiled the first time a program needs it. It is pure
// data (no heap objects), so every program of the process can share it.
std::shared_ptr<const compiler::CodeUnit> compiled_source(const std::string& filename, const char* source) {
    static std::map<std::string, std::shared_ptr<const compiler::CodeUnit>> cache;
    auto found = cache.find(filename);
    if (found != cache.end()) return found->second;
    frontend::ParseResult parsed = frontend::parse_module(source);
    std::optional<frontend::SyntaxErrorInfo> error = parsed.error;
    std::shared_ptr<const compiler::CodeUnit> unit;
    if (!error) {
        compiler::CompileResult compiled = compiler::compile_module(*parsed.module, filename, source);
        error = compiled.error;
        unit = compiled.code;
    }
    if (error) {
        // The sources are part of heapscope: an error here is a bug in heapscope itself.
        std::fprintf(stderr, "heapscope: %s, line %d: %s\n", filename.c_str(), error->lineno, error->msg.c_str());
        std::abort();
    }
    cache.emplace(filename, unit);
    return unit;
}

} // namespace

Object* frozen_module_create(const char* name, const char* source) {
    std::string filename = std::string("<frozen ") + name + ">";
    std::shared_ptr<const compiler::CodeUnit> unit = compiled_source(filename, source);
    Ref module(module_new(name));
    if (!module) return nullptr;
    Object* globals = module_dict(module.get());
    if (dict_setitem_str(globals, "__builtins__", rt().builtins) < 0) return nullptr;
    Ref code(code_from_unit(unit, filename));
    if (!code) return nullptr;
    // Module code runs through a function object, as for __main__ (vm/interpreter.cpp).
    Ref body(function_new(code.get(), globals));
    if (!body) return nullptr;
    Ref result(function_vectorcall(body.get(), nullptr, 0, nullptr));
    if (!result) return nullptr;
    return module.release();
}

} // namespace hs
