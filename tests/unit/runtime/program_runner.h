// Runs a whole Python program through heapscope's runtime (parse, compile, execute as
// __main__), capturing what it writes, for tests of the VM and the object model together.
#pragma once

#include "runtime/runtime.h"
#include "vm/interpreter.h"

#include <string>
#include <string_view>

namespace hs::test {

struct ProgramResult {
    std::string out;
    std::string err;
    int status = 0;
};

inline ProgramResult run_program(std::string_view source, Limits limits = Limits{}) {
    ProgramResult result;
    Runtime* runtime = runtime_create(
        limits, [&](std::string_view text) { result.out.append(text); },
        [&](std::string_view text) { result.err.append(text); });
    result.status = run_main(source, "/test/prog.py");
    runtime_destroy(runtime);
    return result;
}

} // namespace hs::test
