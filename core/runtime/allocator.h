// The memory behind objects: CPython 3.11's obmalloc, made deterministic.
//
// Small requests (1..512 bytes) are served as CPython's object allocator serves them: 32 size
// classes 16 bytes apart, 16 KiB pools of one size class carved from 1 MiB arenas, LIFO reuse of
// freed blocks (so `id([]) == id([])`-style reuse happens where CPython's does), the most used
// arenas filled first. Larger requests, which CPython hands to malloc, get a best-fit allocator
// with coalescing over large chunks (runtime/allocator.cpp).
//
// Determinism: snapshots replay a program from the start in a fresh runtime, so the same
// program must see the same addresses (id(), id-based hashes, set order of instances, default
// reprs) on every run in one process. A Heap keeps every arena and chunk it ever got from the
// system, in the order it got them, and takes them back in that order; a heap with no live block
// is back in its initial state. Two runs that start from an empty heap and make the same requests
// therefore get the same addresses. The memory goes back to the system when the Heap is destroyed.
//
// A block is freed with the size it was allocated (or last reallocated) with: sizes up to 512
// are pool blocks, larger ones large blocks. Freeing goes to the heap that owns the block, which
// need not be the heap of the runtime that frees it (objects made at start-up are freed by
// programs). Misuse (a wrong size, a foreign pointer) is caught by cheap checks and aborts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>

namespace hs {

class Heap {
public:
    Heap();
    ~Heap();  // releases the memory, unless blocks are still live (then it is kept: no dangling)
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // nullptr when the system has no memory left. A request of 0 bytes gets a 1-byte block.
    void* allocate(size_t nbytes);
    // Resizes p (allocated with old_nbytes; nullptr: allocates), moving it when its block cannot
    // hold new_nbytes, or when a small block would waste a quarter of itself (CPython's rule).
    // On failure returns nullptr and p is untouched.
    void* reallocate(void* p, size_t old_nbytes, size_t new_nbytes);
    // Frees p (allocated with nbytes by any heap; nullptr is ignored) into the heap that owns it.
    static void release(void* p, size_t nbytes);

    size_t live_blocks() const;
    // Bytes taken from the system (arenas and large chunks, used or kept for reuse).
    size_t reserved_bytes() const;

    struct State;

private:
    std::unique_ptr<State> m_state;
};

// Heaps that live as long as the process: the one for objects made at start-up (the builtin
// types' dicts and descriptors, shared by every program), and the one runtimes use when their
// creator gives them none.
Heap& startup_heap();
Heap& default_heap();

// Under AddressSanitizer, objects bypass heaps and come from malloc directly (as CPython's
// PYTHONMALLOC=malloc), so that ASan sees each object and LeakSanitizer each leak. Addresses are
// then not deterministic; Heap itself still works (its own tests run under ASan too).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kObjectsUseSystemMalloc = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kObjectsUseSystemMalloc = true;
#else
inline constexpr bool kObjectsUseSystemMalloc = false;
#endif
#else
inline constexpr bool kObjectsUseSystemMalloc = false;
#endif

} // namespace hs
