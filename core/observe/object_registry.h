// Stable ids for the objects of one run.
//
// Ids follow the order of births: a program's objects (born after begin_program) get 1, 2, 3...
// in allocation order, the runtime's start-up objects get -1, -2, ... in theirs. Both orders are
// the same in every run of the same program, so an object keeps its id in every replay, and an
// id is never reused within a run. Objects no runtime allocates (builtin types, None, small
// ints, names every runtime shares) get ids from a process-wide table, from -1,000,001 down.
#pragma once

#include "observe/pointer_map.h"
#include "runtime/object.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace hs::observe {

class ObjectRegistry {
public:
    // Objects born from now on are the program's.
    void begin_program() { m_program_births_start = m_births; }
    // Records a birth; returns the object's id.
    int64_t add(Object* o);
    // Records that o's memory was released; returns the id it had, or 0 if it was not known.
    int64_t remove(Object* o);
    // The object at `from` moved to `to` and keeps its id.
    void move(const Object* from, Object* to);
    // The id of a live object known to the registry, or 0.
    int64_t find(const Object* o) const;
    // The id of any live object: the registry's, or a process-wide one.
    int64_t id_of(const Object* o) const;
    // From now on only ids and counts are kept, not the id-ordered list (program_objects()):
    // a stopped run frees its heap faster.
    void stop_listing() { m_listing = false; }

    // Objects known to be alive (the program's and the runtime's start-up objects).
    size_t live() const { return m_ids.size(); }
    // Program objects alive now, and allocations made by the program so far.
    int64_t program_live() const { return m_program_live; }
    int64_t program_births() const { return m_births - m_program_births_start; }
    // The live program objects, in id order.
    std::vector<std::pair<int64_t, Object*>> program_objects() const;

private:
    // Gives address o the id (replacing a stale entry there).
    void bind(const Object* o, int64_t id);
    // The id-ordered list's entry of a program object, or nullptr once compacted away.
    Object** program_slot(int64_t id);
    // A program object is gone: it leaves the live count and the id-ordered list.
    void forget(int64_t id);

    PointerMap m_ids;
    // The program's objects in id order (births only ever append); a released one keeps its
    // place with a null object until compaction, so listing them needs no sort.
    std::vector<std::pair<int64_t, Object*>> m_program;
    size_t m_program_released = 0;
    int64_t m_births = 0;
    int64_t m_program_births_start = INT64_MAX;
    int64_t m_program_live = 0;
    bool m_listing = true;
};

// Ids of the objects that outlive every runtime, assigned at first sight for the process.
int64_t process_object_id(const Object* o);
constexpr int64_t kFirstProcessObjectId = -1'000'001;
inline bool is_process_object_id(int64_t id) { return id <= kFirstProcessObjectId; }

} // namespace hs::observe
