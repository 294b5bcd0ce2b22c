// Stable object ids (observe/object_registry.h).
#include "observe/object_registry.h"

#include <algorithm>

namespace hs::observe {

int64_t ObjectRegistry::add(Object* o) {
    m_births++;
    bool program = m_births > m_program_births_start;
    int64_t id = program ? m_births - m_program_births_start : -m_births;
    // An address can only be reborn after a release, so a known address is a stale entry (an
    // object released by a path no hook sees): the new object replaces it.
    auto [it, inserted] = m_ids.try_emplace(o, id);
    if (!inserted) {
        if (it->second > 0) m_program_live--;
        it->second = id;
    }
    if (program) m_program_live++;
    return id;
}

int64_t ObjectRegistry::remove(Object* o) {
    auto it = m_ids.find(o);
    if (it == m_ids.end()) return 0;
    int64_t id = it->second;
    m_ids.erase(it);
    if (id > 0) m_program_live--;
    return id;
}

int64_t ObjectRegistry::find(const Object* o) const {
    auto it = m_ids.find(o);
    return it == m_ids.end() ? 0 : it->second;
}

int64_t ObjectRegistry::id_of(const Object* o) const {
    int64_t id = find(o);
    return id ? id : process_object_id(o);
}

std::vector<std::pair<int64_t, Object*>> ObjectRegistry::program_objects() const {
    std::vector<std::pair<int64_t, Object*>> out;
    out.reserve(static_cast<size_t>(m_program_live));
    for (const auto& [o, id] : m_ids) {
        if (id > 0) out.emplace_back(id, const_cast<Object*>(o));
    }
    std::sort(out.begin(), out.end());
    return out;
}

int64_t process_object_id(const Object* o) {
    static auto* ids = new std::unordered_map<const Object*, int64_t>();
    constexpr int64_t kFirst = -1'000'001;
    auto [it, inserted] = ids->try_emplace(o, kFirst - static_cast<int64_t>(ids->size()));
    return it->second;
}

} // namespace hs::observe
