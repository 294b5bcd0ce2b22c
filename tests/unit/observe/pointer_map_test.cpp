// The registry's address map against std::unordered_map, with addresses chosen to collide.
#include "observe/pointer_map.h"

#include <catch2/catch.hpp>

#include <random>
#include <unordered_map>

using hs::observe::PointerMap;

namespace {

// Object-like addresses (16-byte aligned), from a small range so that probe runs overlap and
// wrap around the end of the table.
const void* address(uint64_t n) { return reinterpret_cast<const void*>(0x10000 + 16 * n); }

} // namespace

TEST_CASE("the address map agrees with std::unordered_map through inserts, replacements and erases", "[observe][registry]") {
    PointerMap map;
    std::unordered_map<const void*, int64_t> reference;
    std::mt19937_64 random(7);
    for (int round = 0; round < 200000; round++) {
        const void* key = address(random() % 3000);
        int64_t value = static_cast<int64_t>(random() % 1000) + 1;
        switch (random() % 3) {
        case 0: {
            auto it = reference.find(key);
            int64_t before = it == reference.end() ? 0 : it->second;
            REQUIRE(map.insert(key, value) == before);
            reference[key] = value;
            break;
        }
        case 1: {
            auto it = reference.find(key);
            int64_t before = it == reference.end() ? 0 : it->second;
            REQUIRE(map.erase(key) == before);
            reference.erase(key);
            break;
        }
        default: {
            const int64_t* found = map.find(key);
            auto it = reference.find(key);
            REQUIRE((found != nullptr) == (it != reference.end()));
            if (found) REQUIRE(*found == it->second);
        }
        }
        REQUIRE(map.size() == reference.size());
    }
    // Every survivor is still found after all the shifting.
    for (const auto& [key, value] : reference) {
        const int64_t* found = map.find(key);
        REQUIRE(found);
        CHECK(*found == value);
    }
}
