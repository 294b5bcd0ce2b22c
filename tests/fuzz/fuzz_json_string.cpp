// libFuzzer target: any bytes as the text of a Python str (which may hold lone surrogates or, from
// a bug, invalid UTF-8) through the observation API's string escaping. The literal must be valid
// JSON that the strict reader re-writes to the same bytes.
#include "json_value.h"
#include "observe/json_writer.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string json;
    hs::observe::append_json_string(json, std::string_view(reinterpret_cast<const char*>(data), size));
    std::string error = hs::observe::test::json_roundtrip_error(json);
    if (!error.empty()) {
        std::fprintf(stderr, "append_json_string wrote bad JSON: %s\n%.2000s\n", error.c_str(), json.c_str());
        std::abort();
    }
    return 0;
}
