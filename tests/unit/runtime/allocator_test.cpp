// The deterministic allocator (runtime/allocator.h): CPython 3.11 obmalloc's size classes and
// LIFO reuse, large blocks, reallocation, and the property snapshots rely on: a program replayed
// from an empty heap gets the same addresses, whatever ran in between.
#include "runtime/allocator.h"
#include "runtime/runtime.h"
#include "vm/interpreter.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

using namespace hs;

namespace {

uintptr_t addr(const void* p) { return reinterpret_cast<uintptr_t>(p); }

struct Block {
    void* p;
    size_t size;
    uint8_t fill;
};

// A fixed pseudo-random sequence of allocations, reallocations and frees over sizes from 1 byte
// to 3 MiB; every live block is filled with its own byte, checked before it is freed. Returns
// the address of every allocation in order, and frees everything at the end.
std::vector<uintptr_t> run_workload(Heap& heap, uint32_t seed, int steps) {
    std::vector<uintptr_t> addresses;
    std::vector<Block> live;
    uint32_t x = seed;
    auto next = [&x]() {
        x = x * 1664525u + 1013904223u;
        return x >> 8;
    };
    auto pick_size = [&]() -> size_t {
        uint32_t r = next() % 100;
        if (r < 70) return 1 + next() % 512;
        if (r < 95) return 513 + next() % 20000;
        return 100000 + next() % (3u << 20);
    };
    auto check = [](const Block& b) {
        const uint8_t* bytes = static_cast<const uint8_t*>(b.p);
        for (size_t i = 0; i < b.size; i += 61) REQUIRE(bytes[i] == b.fill);
        REQUIRE(bytes[b.size - 1] == b.fill);
    };
    for (int step = 0; step < steps; step++) {
        uint32_t op = next() % 10;
        if (op < 5 || live.empty()) {
            Block b{nullptr, pick_size(), static_cast<uint8_t>(next())};
            b.p = heap.allocate(b.size);
            REQUIRE(b.p != nullptr);
            REQUIRE(addr(b.p) % 16 == 0);
            std::memset(b.p, b.fill, b.size);
            addresses.push_back(addr(b.p));
            live.push_back(b);
        } else if (op < 7) {
            Block& b = live[next() % live.size()];
            check(b);
            size_t new_size = pick_size();
            void* q = heap.reallocate(b.p, b.size, new_size);
            REQUIRE(q != nullptr);
            REQUIRE(addr(q) % 16 == 0);
            const uint8_t* bytes = static_cast<const uint8_t*>(q);
            size_t kept = new_size < b.size ? new_size : b.size;
            REQUIRE(bytes[kept - 1] == b.fill);
            REQUIRE(bytes[0] == b.fill);
            b.p = q;
            b.size = new_size;
            std::memset(b.p, b.fill, b.size);
            addresses.push_back(addr(q));
        } else {
            size_t i = next() % live.size();
            check(live[i]);
            Heap::release(live[i].p, live[i].size);
            live[i] = live.back();
            live.pop_back();
        }
    }
    for (const Block& b : live) {
        check(b);
        Heap::release(b.p, b.size);
    }
    return addresses;
}

} // namespace

TEST_CASE("allocator: a freed block is the next one handed out (LIFO, as obmalloc)", "[allocator]") {
    Heap heap;
    void* keep = heap.allocate(24);  // keeps the heap from emptying
    void* a = heap.allocate(40);
    Heap::release(a, 40);
    void* b = heap.allocate(33);  // same 48-byte size class
    CHECK(b == a);
    void* c = heap.allocate(48);
    CHECK(c != b);
    Heap::release(b, 33);
    Heap::release(c, 48);
    Heap::release(keep, 24);
    CHECK(heap.live_blocks() == 0);
}

TEST_CASE("allocator: size classes are 16 bytes apart and blocks of a class are contiguous", "[allocator]") {
    Heap heap;
    std::vector<void*> blocks;
    for (size_t n : {1u, 16u, 9u}) blocks.push_back(heap.allocate(n));
    CHECK(addr(blocks[1]) - addr(blocks[0]) == 16);
    CHECK(addr(blocks[2]) - addr(blocks[1]) == 16);
    void* other = heap.allocate(17);  // the 32-byte class: another pool
    CHECK((addr(other) & ~uintptr_t(16383)) != (addr(blocks[0]) & ~uintptr_t(16383)));
    void* next32 = heap.allocate(32);
    CHECK(addr(next32) - addr(other) == 32);
    void* biggest = heap.allocate(512);
    void* next512 = heap.allocate(500);
    CHECK(addr(next512) - addr(biggest) == 512);
    for (void* p : blocks) Heap::release(p, 16);
    Heap::release(other, 17);
    Heap::release(next32, 32);
    Heap::release(biggest, 512);
    Heap::release(next512, 500);
    CHECK(heap.live_blocks() == 0);
}

TEST_CASE("allocator: reallocation keeps data and follows CPython's shrink rule", "[allocator]") {
    Heap heap;
    auto* p = static_cast<char*>(heap.allocate(64));
    std::memcpy(p, "abcdefgh", 8);
    SECTION("a small block stays when a shrink saves less than a quarter") {
        CHECK(heap.reallocate(p, 64, 49) == p);
        auto* q = static_cast<char*>(heap.reallocate(p, 49, 48));
        CHECK(q != p);
        CHECK(std::memcmp(q, "abcdefgh", 8) == 0);
        Heap::release(q, 48);
    }
    SECTION("small to large and back") {
        auto* q = static_cast<char*>(heap.reallocate(p, 64, 5000));
        CHECK(std::memcmp(q, "abcdefgh", 8) == 0);
        auto* r = static_cast<char*>(heap.reallocate(q, 5000, 100));
        CHECK(r != q);
        CHECK(std::memcmp(r, "abcdefgh", 8) == 0);
        Heap::release(r, 100);
    }
    SECTION("a large block grows in place into free space after it, and shrinks in place") {
        auto* q = static_cast<char*>(heap.reallocate(p, 64, 1000));
        size_t size = 1000;
        for (size_t n = 2000; n < 600000; n = n * 9 / 8) {
            auto* r = static_cast<char*>(heap.reallocate(q, size, n));
            CHECK(r == q);
            CHECK(std::memcmp(r, "abcdefgh", 8) == 0);
            size = n;
        }
        CHECK(heap.reallocate(q, size, 1000) == q);
        Heap::release(q, 1000);
    }
    CHECK(heap.live_blocks() == 0);
}

TEST_CASE("allocator: blocks never overlap and keep their contents under a mixed workload", "[allocator]") {
    Heap heap;
    run_workload(heap, 12345, 4000);
    CHECK(heap.live_blocks() == 0);
}

TEST_CASE("allocator: an emptied heap hands out the same addresses again, whatever ran between", "[allocator]") {
    Heap heap;
    std::vector<uintptr_t> first = run_workload(heap, 7, 3000);
    size_t reserved = heap.reserved_bytes();
    CHECK(run_workload(heap, 7, 3000) == first);
    CHECK(heap.reserved_bytes() == reserved);  // a replay takes no new memory
    run_workload(heap, 99, 3000);  // another program, with other sizes
    CHECK(run_workload(heap, 7, 3000) == first);
}

TEST_CASE("allocator: a block goes back to the heap that owns it", "[allocator]") {
    Heap a, b;
    void* keep_a = a.allocate(100);
    void* from_a = a.allocate(100);
    void* from_b = b.allocate(100000);
    Heap::release(from_a, 100);
    Heap::release(from_b, 100000);
    CHECK(a.live_blocks() == 1);
    CHECK(b.live_blocks() == 0);
    CHECK(a.allocate(100) == from_a);
    Heap::release(from_a, 100);
    Heap::release(keep_a, 100);
}

// ---- Programs -----------------------------------------------------------------------------------

namespace {

std::string run_on(Heap& heap, std::string_view source) {
    std::string out;
    Runtime* runtime = runtime_create(
        Limits{}, [&](std::string_view text) { out.append(text); }, [&](std::string_view text) { out.append(text); },
        &heap);
    run_main(source, "/test/prog.py");
    runtime_destroy(runtime);
    return out;
}

const char* const ids_program = R"PY(
class Node:
    def __init__(self, n): self.n = n
nodes = [Node(i) for i in range(40)]
print([id(n) % 100003 for n in nodes[:5]])
print([n.n for n in set(nodes)])
print({n: n.n for n in nodes[5:15]})
print(object(), hash(object()) % 1000)
big = tuple(range(300))
print(id(big) % 100003, id("x" * 5000) % 100003)
)PY";

} // namespace

TEST_CASE("allocator: a program replayed in one process sees the same ids, hashes and set order", "[allocator]") {
    if (kObjectsUseSystemMalloc) return;  // AddressSanitizer build: objects come from malloc
    Heap heap;
    std::string first = run_on(heap, ids_program);
    CHECK(heap.live_blocks() == 0);
    CHECK(first.find("Traceback") == std::string::npos);
    CHECK(run_on(heap, ids_program) == first);
    run_on(heap, "d = {i: [i] * i for i in range(500)}\ns = 'y' * 100000\n");
    CHECK(run_on(heap, ids_program) == first);
}

TEST_CASE("allocator: id() reuse and distinctness as in CPython", "[allocator]") {
    if (kObjectsUseSystemMalloc) return;  // AddressSanitizer build: objects come from malloc
    Heap heap;
    CHECK(run_on(heap, R"PY(
print(id([]) == id([]), id(object()) == id(object()), id((1, [])) == id((1, [])))
a, b = object(), object()
print(id(a) != id(b), id(a) % 16, [] is [])
)PY") == "True True True\nTrue 0 False\n");
}

TEST_CASE("allocator: a runtime gives back all its memory when it is destroyed", "[allocator]") {
    if (kObjectsUseSystemMalloc) return;  // AddressSanitizer build: objects come from malloc
    Heap heap;
    const char* programs[] = {
        "",
        "import sys\nx = 'ab' + 'cd'\nsys.intern(x)\n",
        "class A:\n    pass\na = A(); a.me = a\nimport gc\n",
        "def g():\n    yield from range(3)\nl = list(g())\ntry:\n    1/0\nexcept ZeroDivisionError as e:\n    err = e\n",
        "raise ValueError('uncaught')\n",
    };
    for (const char* source : programs) {
        run_on(heap, source);
        CHECK(heap.live_blocks() == 0);
    }
}
