// CPython 3.11's obmalloc over memory a Heap keeps, and a best-fit allocator for large blocks
// (see runtime/allocator.h). The small-block part keeps CPython's names and structure
// (Objects/obmalloc.c: usedpools, usable_arenas, nfp2lasta, the four cases of freeing a pool),
// so it can be read side by side with it.
#include "runtime/allocator.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <new>
#include <set>
#include <vector>

namespace hs {

namespace {

// ---- CPython 3.11's parameters (64-bit build, WITH_PYMALLOC_RADIX_TREE) -----------------------
// The same on every target, wasm32 included, so that block sizes and reuse follow 64-bit CPython.
constexpr size_t ALIGNMENT = 16;
constexpr unsigned ALIGNMENT_SHIFT = 4;
constexpr size_t SMALL_REQUEST_THRESHOLD = 512;
constexpr unsigned NB_SMALL_SIZE_CLASSES = SMALL_REQUEST_THRESHOLD / ALIGNMENT;
constexpr size_t ARENA_SIZE = size_t(1) << 20;  // 1 MiB (USE_LARGE_ARENAS)
constexpr size_t POOL_SIZE = size_t(1) << 14;   // 16 KiB (USE_LARGE_POOLS)
constexpr unsigned MAX_POOLS_IN_ARENA = ARENA_SIZE / POOL_SIZE;
constexpr uint16_t DUMMY_SIZE_IDX = 0xffff;  // size class of a freshly carved pool

constexpr size_t index2size(unsigned i) { return (size_t(i) + 1) << ALIGNMENT_SHIFT; }
constexpr unsigned size2index(size_t nbytes) { return unsigned((nbytes - 1) >> ALIGNMENT_SHIFT); }
constexpr size_t round_up(size_t n, size_t to) { return (n + to - 1) / to * to; }

[[noreturn]] void misuse(const char* what) {
    std::fprintf(stderr, "heapscope: internal error: %s\n", what);
    std::abort();
}

// ---- Memory from the system, handed out again in the same order ------------------------------

// The regions (arenas, or large chunks) a heap got from the system, in the order it got them.
// acquire() takes the first one not in use that is big enough, and makes a new one only when none
// is: a run that repeats the requests of an earlier run from the same start takes the same
// regions, whatever other runs added since (theirs come later in the order).
class RegionCache {
public:
    static constexpr size_t npos = ~size_t(0);

    explicit RegionCache(size_t alignment) : m_alignment(alignment) {}
    ~RegionCache() {
        for (Region& r : m_regions) ::operator delete(r.base, std::align_val_t(m_alignment));
    }

    // A region of at least min_size bytes; a new one has new_size bytes (>= min_size).
    // Returns its index, or npos when the system has no memory left.
    size_t acquire(size_t min_size, size_t new_size) {
        for (size_t i = 0; i < m_regions.size(); i++) {
            if (!m_regions[i].in_use && m_regions[i].size >= min_size) {
                m_regions[i].in_use = true;
                return i;
            }
        }
        void* base = ::operator new(new_size, std::align_val_t(m_alignment), std::nothrow);
        if (!base) return npos;
        m_regions.push_back({static_cast<uint8_t*>(base), new_size, true});
        m_bytes += new_size;
        return m_regions.size() - 1;
    }
    void release(size_t index) { m_regions[index].in_use = false; }
    void release_all() {
        for (Region& r : m_regions) r.in_use = false;
    }
    uint8_t* base(size_t index) const { return m_regions[index].base; }
    size_t size(size_t index) const { return m_regions[index].size; }
    size_t count() const { return m_regions.size(); }
    size_t bytes() const { return m_bytes; }

private:
    struct Region {
        uint8_t* base;
        size_t size;
        bool in_use;
    };
    size_t m_alignment;
    size_t m_bytes = 0;
    std::vector<Region> m_regions;
};

// ---- Pools and arenas (CPython's pool_header and arena_object) --------------------------------

struct ArenaObject;
constexpr uint32_t POOL_MAGIC = 0x706f6f6cu;

struct PoolHeader {
    uint32_t count;            // blocks allocated (CPython: ref.count)
    uint32_t magic;            // POOL_MAGIC: catches a large block freed as a small one
    uint8_t* freeblock;        // the pool's free list
    PoolHeader* nextpool;      // next pool of this size class (or next free pool)
    PoolHeader* prevpool;
    ArenaObject* arena;        // CPython: arenaindex
    uint16_t szidx;            // block size class
    uint16_t nextoffset;       // bytes to the first never-used block
    uint16_t maxnextoffset;    // the largest valid nextoffset
};
constexpr size_t POOL_OVERHEAD = round_up(sizeof(PoolHeader), ALIGNMENT);

struct ArenaObject {
    uintptr_t address = 0;          // 0: no memory (the object is on unused_arena_objects)
    uint8_t* pool_address = nullptr;  // the next pool never carved
    unsigned nfreepools = 0;        // pools free or never carved
    unsigned ntotalpools = 0;
    PoolHeader* freepools = nullptr;  // singly linked through nextpool
    ArenaObject* nextarena = nullptr;
    ArenaObject* prevarena = nullptr;
    Heap::State* heap = nullptr;
    size_t region = 0;              // its memory in State::arena_regions
};

inline PoolHeader* pool_addr(const void* p) {
    return reinterpret_cast<PoolHeader*>(reinterpret_cast<uintptr_t>(p) & ~uintptr_t(POOL_SIZE - 1));
}

// ---- Large blocks ----------------------------------------------------------------------------
// A chunk is a ChunkHeader followed by blocks that tile it; each block starts with a BlockHeader.
// Sizes and offsets are in 16-byte units. Free blocks are indexed by (size, chunk, offset): the
// best fit is the smallest that holds the request, ties broken by position, never by address.

constexpr uint32_t LARGE_USED = 0x6c726775u;
constexpr uint32_t LARGE_FREE = 0x6c726766u;
constexpr size_t UNIT = 16;
constexpr size_t FIRST_CHUNK_SIZE = size_t(1) << 20;
constexpr size_t MAX_CHUNK_GROWTH = size_t(64) << 20;
constexpr size_t CHUNK_GRANULE = size_t(64) << 10;
constexpr uint32_t MIN_SPLIT_UNITS = 4;  // a remainder smaller than this stays in the block
constexpr size_t MAX_LARGE_REQUEST = (size_t(1) << 31) - CHUNK_GRANULE;

struct alignas(16) ChunkHeader {
    Heap::State* heap;
    uint32_t index;  // in State::chunk_regions
    uint32_t units;  // the whole chunk
};
constexpr uint32_t CHUNK_OVERHEAD_UNITS = sizeof(ChunkHeader) / UNIT;

struct alignas(16) BlockHeader {
    uint32_t units;         // the whole block, header included
    uint32_t prev_units;    // the block before it in its chunk (0: first block)
    uint32_t offset_units;  // from the chunk's start
    uint32_t tag;           // LARGE_USED or LARGE_FREE
};
static_assert(sizeof(BlockHeader) == UNIT);

struct FreeSpan {
    uint32_t units;
    uint32_t chunk;
    uint32_t offset;
    bool operator<(const FreeSpan& o) const {
        if (units != o.units) return units < o.units;
        if (chunk != o.chunk) return chunk < o.chunk;
        return offset < o.offset;
    }
};

} // namespace

struct Heap::State {
    size_t live = 0;  // blocks allocated and not freed

    // Small blocks. usedpools[i] heads the circular list of partly used pools of size class i
    // (CPython overlays fake headers on a pointer array; these are plain sentinels).
    PoolHeader usedpools[NB_SMALL_SIZE_CLASSES];
    std::deque<ArenaObject> arenas;  // never shrinks while blocks live: pools point into it
    ArenaObject* unused_arena_objects = nullptr;
    // Arenas with a free pool, sorted by nfreepools (fullest first); nfp2lasta[n] is the last one
    // with n free pools.
    ArenaObject* usable_arenas = nullptr;
    ArenaObject* nfp2lasta[MAX_POOLS_IN_ARENA + 1] = {};
    RegionCache arena_regions{POOL_SIZE};

    // Large blocks.
    RegionCache chunk_regions{ALIGNMENT};
    std::set<FreeSpan> free_spans;
    size_t next_chunk_size = FIRST_CHUNK_SIZE;

    State() { reset(); }
    void reset();
};

// The initial state, keeping the memory: every region is free for reuse, in its original order.
void Heap::State::reset() {
    for (PoolHeader& sentinel : usedpools) sentinel.nextpool = sentinel.prevpool = &sentinel;
    arenas.clear();
    unused_arena_objects = nullptr;
    usable_arenas = nullptr;
    std::memset(nfp2lasta, 0, sizeof nfp2lasta);
    arena_regions.release_all();
    chunk_regions.release_all();
    free_spans.clear();
    next_chunk_size = FIRST_CHUNK_SIZE;  // chunks come in the same sizes on every run
}

namespace {

using State = Heap::State;

// ---- Small blocks: CPython's pymalloc_alloc / pymalloc_free ----------------------------------

ArenaObject* new_arena(State& h) {
    if (!h.unused_arena_objects) {
        h.arenas.emplace_back();
        h.unused_arena_objects = &h.arenas.back();
    }
    ArenaObject* arenaobj = h.unused_arena_objects;
    size_t region = h.arena_regions.acquire(ARENA_SIZE, ARENA_SIZE);
    if (region == RegionCache::npos) return nullptr;
    h.unused_arena_objects = arenaobj->nextarena;
    arenaobj->region = region;
    arenaobj->heap = &h;
    arenaobj->address = reinterpret_cast<uintptr_t>(h.arena_regions.base(region));
    arenaobj->freepools = nullptr;
    // Regions are pool-aligned, so every arena holds MAX_POOLS_IN_ARENA pools (CPython loses one
    // to alignment when mmap's page alignment is not a pool's).
    arenaobj->pool_address = h.arena_regions.base(region);
    arenaobj->nfreepools = MAX_POOLS_IN_ARENA;
    arenaobj->ntotalpools = MAX_POOLS_IN_ARENA;
    return arenaobj;
}

// The pool's free list is exhausted: extend it with a never-used block, or, when the pool is
// full, unlink it from usedpools.
void pool_extend(PoolHeader* pool, unsigned size) {
    if (pool->nextoffset <= pool->maxnextoffset) {
        pool->freeblock = reinterpret_cast<uint8_t*>(pool) + pool->nextoffset;
        pool->nextoffset = static_cast<uint16_t>(pool->nextoffset + index2size(size));
        *reinterpret_cast<uint8_t**>(pool->freeblock) = nullptr;
        return;
    }
    PoolHeader* next = pool->nextpool;
    PoolHeader* prev = pool->prevpool;
    next->prevpool = prev;
    prev->nextpool = next;
}

// No used pool of this size class: take a free pool from the fullest usable arena.
void* allocate_from_new_pool(State& h, unsigned size) {
    if (!h.usable_arenas) {
        h.usable_arenas = new_arena(h);
        if (!h.usable_arenas) return nullptr;
        h.usable_arenas->nextarena = h.usable_arenas->prevarena = nullptr;
        h.nfp2lasta[h.usable_arenas->nfreepools] = h.usable_arenas;
    }
    ArenaObject* ua = h.usable_arenas;
    // It had the smallest nfreepools, so taking a pool keeps the list sorted; a wholly allocated
    // arena leaves the list.
    if (h.nfp2lasta[ua->nfreepools] == ua) h.nfp2lasta[ua->nfreepools] = nullptr;
    if (ua->nfreepools > 1) h.nfp2lasta[ua->nfreepools - 1] = ua;

    PoolHeader* pool = ua->freepools;
    if (pool) {
        ua->freepools = pool->nextpool;
    } else {
        // Carve off a new pool.
        pool = new (ua->pool_address) PoolHeader();
        pool->magic = POOL_MAGIC;
        pool->arena = ua;
        pool->szidx = DUMMY_SIZE_IDX;
        ua->pool_address += POOL_SIZE;
    }
    if (--ua->nfreepools == 0) {
        h.usable_arenas = ua->nextarena;
        if (h.usable_arenas) h.usable_arenas->prevarena = nullptr;
    }

    // Frontlink to used pools.
    PoolHeader* sentinel = &h.usedpools[size];
    pool->nextpool = sentinel;
    pool->prevpool = sentinel;
    sentinel->nextpool = pool;
    sentinel->prevpool = pool;
    pool->count = 1;
    uint8_t* bp;
    if (pool->szidx == size) {
        // This pool last held blocks of the same size class: its free list is still valid.
        bp = pool->freeblock;
        pool->freeblock = *reinterpret_cast<uint8_t**>(bp);
        return bp;
    }
    // Set up the free list with just the second block, and return the first.
    pool->szidx = static_cast<uint16_t>(size);
    size_t block_size = index2size(size);
    bp = reinterpret_cast<uint8_t*>(pool) + POOL_OVERHEAD;
    pool->nextoffset = static_cast<uint16_t>(POOL_OVERHEAD + (block_size << 1));
    pool->maxnextoffset = static_cast<uint16_t>(POOL_SIZE - block_size);
    pool->freeblock = bp + block_size;
    *reinterpret_cast<uint8_t**>(pool->freeblock) = nullptr;
    return bp;
}

void* small_alloc(State& h, size_t nbytes) {
    unsigned size = size2index(nbytes);
    PoolHeader* pool = h.usedpools[size].nextpool;
    if (pool != &h.usedpools[size]) {
        // A used pool of this size class: take the head of its free list.
        ++pool->count;
        uint8_t* bp = pool->freeblock;
        if ((pool->freeblock = *reinterpret_cast<uint8_t**>(bp)) == nullptr) pool_extend(pool, size);
        return bp;
    }
    return allocate_from_new_pool(h, size);
}

// A pool that was full gets a free block: link it at the front of its usedpools list, so the
// next allocation of its size class reuses the block just freed.
void insert_to_usedpool(State& h, PoolHeader* pool) {
    PoolHeader* next = h.usedpools[pool->szidx].nextpool;
    PoolHeader* prev = next->prevpool;
    pool->nextpool = next;
    pool->prevpool = prev;
    next->prevpool = pool;
    prev->nextpool = pool;
}

// A pool became empty: move it to its arena's free pools, and keep usable_arenas sorted.
void insert_to_freepool(State& h, PoolHeader* pool) {
    PoolHeader* next = pool->nextpool;
    PoolHeader* prev = pool->prevpool;
    next->prevpool = prev;
    prev->nextpool = next;

    ArenaObject* ao = pool->arena;
    pool->nextpool = ao->freepools;
    ao->freepools = pool;
    unsigned nf = ao->nfreepools;
    // If this is the rightmost arena with nf free pools, nfp2lasta[nf] changes.
    ArenaObject* lastnf = h.nfp2lasta[nf];
    if (lastnf == ao) {
        ArenaObject* p = ao->prevarena;
        h.nfp2lasta[nf] = (p && p->nfreepools == nf) ? p : nullptr;
    }
    ao->nfreepools = ++nf;

    // Case 1: the arena is wholly free and not the last usable one: its memory goes back (to the
    // region cache, where CPython frees it), its arena object to the unused list.
    if (nf == ao->ntotalpools && ao->nextarena) {
        if (!ao->prevarena) {
            h.usable_arenas = ao->nextarena;
        } else {
            ao->prevarena->nextarena = ao->nextarena;
        }
        ao->nextarena->prevarena = ao->prevarena;
        ao->nextarena = h.unused_arena_objects;
        h.unused_arena_objects = ao;
        h.arena_regions.release(ao->region);
        ao->address = 0;
        return;
    }
    // Case 2: the arena was full; it goes to the head of usable_arenas.
    if (nf == 1) {
        ao->nextarena = h.usable_arenas;
        ao->prevarena = nullptr;
        if (h.usable_arenas) h.usable_arenas->prevarena = ao;
        h.usable_arenas = ao;
        if (!h.nfp2lasta[1]) h.nfp2lasta[1] = ao;
        return;
    }
    if (!h.nfp2lasta[nf]) h.nfp2lasta[nf] = ao;
    // Case 4: it was the rightmost of its old count, so it is still in order.
    if (ao == lastnf) return;
    // Case 3: slide it right, to just after lastnf.
    if (ao->prevarena) {
        ao->prevarena->nextarena = ao->nextarena;
    } else {
        h.usable_arenas = ao->nextarena;
    }
    ao->nextarena->prevarena = ao->prevarena;
    ao->prevarena = lastnf;
    ao->nextarena = lastnf->nextarena;
    if (ao->nextarena) ao->nextarena->prevarena = ao;
    lastnf->nextarena = ao;
}

void small_free(State& h, PoolHeader* pool, void* p) {
    uint8_t* lastfree = pool->freeblock;
    *static_cast<uint8_t**>(p) = lastfree;
    pool->freeblock = static_cast<uint8_t*>(p);
    pool->count--;
    if (!lastfree) {
        insert_to_usedpool(h, pool);
        return;
    }
    if (pool->count != 0) return;
    insert_to_freepool(h, pool);
}

// The pool that owns p, checked to be one (p was allocated as a small block).
PoolHeader* checked_pool(void* p, size_t nbytes) {
    PoolHeader* pool = pool_addr(p);
    if (pool->magic != POOL_MAGIC || pool->count == 0 || pool->szidx == DUMMY_SIZE_IDX ||
        index2size(pool->szidx) < nbytes) {
        misuse("a block freed with a size it was not allocated with");
    }
    return pool;
}

// ---- Large blocks ----------------------------------------------------------------------------

inline uint32_t units_for(size_t nbytes) { return static_cast<uint32_t>((nbytes + sizeof(BlockHeader) + UNIT - 1) / UNIT); }

inline uint8_t* chunk_base(BlockHeader* b) { return reinterpret_cast<uint8_t*>(b) - size_t(b->offset_units) * UNIT; }
inline ChunkHeader* chunk_of(BlockHeader* b) { return reinterpret_cast<ChunkHeader*>(chunk_base(b)); }
inline BlockHeader* block_at(uint8_t* base, uint32_t offset) {
    return reinterpret_cast<BlockHeader*>(base + size_t(offset) * UNIT);
}
inline BlockHeader* next_block(BlockHeader* b) {
    uint32_t end = b->offset_units + b->units;
    return end < chunk_of(b)->units ? block_at(chunk_base(b), end) : nullptr;
}
inline BlockHeader* prev_block(BlockHeader* b) {
    return b->prev_units ? block_at(chunk_base(b), b->offset_units - b->prev_units) : nullptr;
}
inline FreeSpan span_of(BlockHeader* b) { return {b->units, chunk_of(b)->index, b->offset_units}; }

void set_units(BlockHeader* b, uint32_t units) {
    b->units = units;
    if (BlockHeader* next = next_block(b)) next->prev_units = units;
}

void add_free(State& h, BlockHeader* b) {
    b->tag = LARGE_FREE;
    h.free_spans.insert(span_of(b));
}

// Keeps `units` of b and frees the rest as a block of its own, when the rest is worth it. The
// block after b must not be free (callers coalesce first).
void split(State& h, BlockHeader* b, uint32_t units) {
    uint32_t rest = b->units - units;
    if (rest < MIN_SPLIT_UNITS) return;
    BlockHeader* tail = block_at(chunk_base(b), b->offset_units + units);
    tail->offset_units = b->offset_units + units;
    tail->prev_units = units;
    b->units = units;
    set_units(tail, rest);
    add_free(h, tail);
}

// A chunk that can hold `units`: the first kept region that fits, else a new one, growing in
// size as the program's large memory grows (so that a list grown to N bytes costs about 2N).
bool add_chunk(State& h, uint32_t units) {
    size_t min_size = (size_t(units) + CHUNK_OVERHEAD_UNITS) * UNIT;
    size_t new_size = round_up(min_size, CHUNK_GRANULE);
    if (new_size < h.next_chunk_size) new_size = h.next_chunk_size;
    size_t count_before = h.chunk_regions.count();
    size_t index = h.chunk_regions.acquire(min_size, new_size);
    if (index == RegionCache::npos) return false;
    if (h.chunk_regions.count() != count_before && h.next_chunk_size < MAX_CHUNK_GROWTH) h.next_chunk_size *= 2;
    uint8_t* base = h.chunk_regions.base(index);
    auto* chunk = new (base) ChunkHeader{&h, static_cast<uint32_t>(index),
                                         static_cast<uint32_t>(h.chunk_regions.size(index) / UNIT)};
    auto* b = new (base + sizeof(ChunkHeader)) BlockHeader{};
    b->offset_units = CHUNK_OVERHEAD_UNITS;
    b->prev_units = 0;
    b->units = chunk->units - CHUNK_OVERHEAD_UNITS;
    add_free(h, b);
    return true;
}

void* large_alloc(State& h, size_t nbytes) {
    if (nbytes > MAX_LARGE_REQUEST) return nullptr;
    uint32_t units = units_for(nbytes);
    auto it = h.free_spans.lower_bound({units, 0, 0});
    if (it == h.free_spans.end()) {
        if (!add_chunk(h, units)) return nullptr;
        it = h.free_spans.lower_bound({units, 0, 0});
    }
    FreeSpan span = *it;
    h.free_spans.erase(it);
    BlockHeader* b = block_at(h.chunk_regions.base(span.chunk), span.offset);
    b->tag = LARGE_USED;
    split(h, b, units);
    return b + 1;
}

BlockHeader* checked_block(void* p, size_t nbytes) {
    BlockHeader* b = static_cast<BlockHeader*>(p) - 1;
    if (b->tag != LARGE_USED || b->units < units_for(nbytes)) {
        misuse("a block freed with a size it was not allocated with");
    }
    return b;
}

// Frees b, merging it with free neighbours.
void large_free(State& h, BlockHeader* b) {
    if (BlockHeader* next = next_block(b); next && next->tag == LARGE_FREE) {
        h.free_spans.erase(span_of(next));
        set_units(b, b->units + next->units);
    }
    if (BlockHeader* prev = prev_block(b); prev && prev->tag == LARGE_FREE) {
        h.free_spans.erase(span_of(prev));
        set_units(prev, prev->units + b->units);
        b = prev;
    }
    add_free(h, b);
}

// Grows or shrinks b in place when its chunk allows; false when it must move.
bool large_resize_in_place(State& h, BlockHeader* b, size_t nbytes) {
    uint32_t units = units_for(nbytes);
    if (units > b->units) {
        BlockHeader* next = next_block(b);
        if (!next || next->tag != LARGE_FREE || b->units + next->units < units) return false;
        h.free_spans.erase(span_of(next));
        set_units(b, b->units + next->units);
    } else if (BlockHeader* next = next_block(b); next && next->tag == LARGE_FREE) {
        // Shrinking next to a free block: give it the tail (split needs a used neighbour).
        h.free_spans.erase(span_of(next));
        set_units(b, b->units + next->units);
    }
    split(h, b, units);
    return true;
}

State* owner_of(void* p, size_t nbytes) {
    if (nbytes <= SMALL_REQUEST_THRESHOLD) return checked_pool(p, nbytes)->arena->heap;
    return chunk_of(checked_block(p, nbytes))->heap;
}

} // namespace

// ---- Heap ------------------------------------------------------------------------------------

Heap::Heap() : m_state(std::make_unique<State>()) {}

Heap::~Heap() {
    // Live blocks may still be pointed to (a leaked object): keep their memory rather than free it.
    if (m_state->live != 0) (void)m_state.release();
}

void* Heap::allocate(size_t nbytes) {
    State& h = *m_state;
    if (nbytes == 0) nbytes = 1;
    void* p = nbytes <= SMALL_REQUEST_THRESHOLD ? small_alloc(h, nbytes) : large_alloc(h, nbytes);
    if (p) h.live++;
    return p;
}

void Heap::release(void* p, size_t nbytes) {
    if (!p) return;
    if (nbytes == 0) nbytes = 1;
    State& h = *owner_of(p, nbytes);
    if (nbytes <= SMALL_REQUEST_THRESHOLD) {
        small_free(h, pool_addr(p), p);
    } else {
        large_free(h, static_cast<BlockHeader*>(p) - 1);
    }
    if (--h.live == 0) h.reset();
}

void* Heap::reallocate(void* p, size_t old_nbytes, size_t new_nbytes) {
    if (!p) return allocate(new_nbytes);
    if (old_nbytes == 0) old_nbytes = 1;
    if (new_nbytes == 0) new_nbytes = 1;
    State& owner = *owner_of(p, old_nbytes);
    if (old_nbytes <= SMALL_REQUEST_THRESHOLD) {
        // CPython's pymalloc_realloc: stay when the block is big enough and a shrink would save
        // less than a quarter of it.
        size_t capacity = index2size(pool_addr(p)->szidx);
        if (new_nbytes <= capacity && 4 * new_nbytes > 3 * capacity) return p;
    } else if (new_nbytes > SMALL_REQUEST_THRESHOLD) {
        // A large block that shrinks to a small size moves into a pool.
        if (large_resize_in_place(owner, static_cast<BlockHeader*>(p) - 1, new_nbytes)) return p;
    }
    void* q = allocate(new_nbytes);
    if (!q) return nullptr;
    std::memcpy(q, p, new_nbytes < old_nbytes ? new_nbytes : old_nbytes);
    release(p, old_nbytes);
    return q;
}

size_t Heap::live_blocks() const { return m_state->live; }

size_t Heap::reserved_bytes() const { return m_state->arena_regions.bytes() + m_state->chunk_regions.bytes(); }

Heap& startup_heap() {
    static Heap* heap = new Heap();  // never destroyed: start-up objects live until exit
    return *heap;
}

Heap& default_heap() {
    static Heap* heap = new Heap();  // never destroyed: objects may be freed by static teardown
    return *heap;
}

} // namespace hs
