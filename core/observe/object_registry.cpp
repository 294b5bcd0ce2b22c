// Stable object ids (observe/object_registry.h).
#include "observe/object_registry.h"

#include <algorithm>

namespace hs::observe {

int64_t ObjectRegistry::add(Object* o) {
    m_births++;
    bool program = m_births > m_program_births_start;
    int64_t id = program ? m_births - m_program_births_start : -m_births;
    bind(o, id);
    if (program) {
        if (m_listing) m_program.emplace_back(id, o);
        m_program_live++;
    }
    return id;
}

void ObjectRegistry::bind(const Object* o, int64_t id) {
    // An address can only be reborn after a release, so a known address is a stale entry (an
    // object released by a path no hook sees): the new object replaces it.
    if (int64_t stale = m_ids.insert(o, id)) forget(stale);
}

Object** ObjectRegistry::program_slot(int64_t id) {
    auto it = std::lower_bound(m_program.begin(), m_program.end(), std::make_pair(id, static_cast<Object*>(nullptr)));
    return it != m_program.end() && it->first == id ? &it->second : nullptr;
}

void ObjectRegistry::forget(int64_t id) {
    if (id <= 0) return;
    m_program_live--;
    if (!m_listing) return;
    if (Object** slot = program_slot(id)) {
        *slot = nullptr;
        m_program_released++;
    }
    // Compact once most entries are released, so the list stays proportional to the live heap.
    if (m_program_released > 1024 && m_program_released > m_program.size() / 2) {
        m_program.erase(std::remove_if(m_program.begin(), m_program.end(), [](const auto& entry) { return entry.second == nullptr; }),
                        m_program.end());
        m_program_released = 0;
    }
}

int64_t ObjectRegistry::remove(Object* o) {
    int64_t id = m_ids.erase(o);
    if (id) forget(id);
    return id;
}

void ObjectRegistry::move(const Object* from, Object* to) {
    int64_t id = m_ids.erase(from);
    if (!id) return;
    bind(to, id);
    if (Object** slot = id > 0 && m_listing ? program_slot(id) : nullptr) *slot = to;
}

int64_t ObjectRegistry::find(const Object* o) const {
    const int64_t* id = m_ids.find(o);
    return id ? *id : 0;
}

int64_t ObjectRegistry::id_of(const Object* o) const {
    int64_t id = find(o);
    return id ? id : process_object_id(o);
}

std::vector<std::pair<int64_t, Object*>> ObjectRegistry::program_objects() const {
    std::vector<std::pair<int64_t, Object*>> out;
    out.reserve(static_cast<size_t>(m_program_live));
    for (const auto& entry : m_program) {
        if (entry.second) out.push_back(entry);
    }
    return out;
}

int64_t process_object_id(const Object* o) {
    static auto* ids = new PointerMap();
    if (const int64_t* id = ids->find(o)) return *id;
    int64_t id = kFirstProcessObjectId - static_cast<int64_t>(ids->size());
    ids->insert(o, id);
    return id;
}

} // namespace hs::observe
