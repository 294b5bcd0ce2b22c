// A hash map from object addresses to integers (ids, counts), flat and open-addressed: the
// registry looks an address up at every allocation and free of a watched run, so each operation
// is a probe or two in one array instead of a node allocation (std::unordered_map). Linear probing; deletion
// shifts the following entries back, so no tombstones accumulate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace hs::observe {

class PointerMap {
public:
    PointerMap() : m_slots(kMinCapacity) {}

    size_t size() const { return m_size; }

    // The value stored for `key`, or nullptr.
    const int64_t* find(const void* key) const {
        for (size_t i = index_of(key);; i = next(i)) {
            const Slot& s = m_slots[i];
            if (s.key == key) return &s.value;
            if (!s.key) return nullptr;
        }
    }
    int64_t* find(const void* key) { return const_cast<int64_t*>(static_cast<const PointerMap*>(this)->find(key)); }

    // Stores `value` for `key`; returns the value it replaces, or 0 if `key` was absent.
    int64_t insert(const void* key, int64_t value) {
        if (2 * (m_size + 1) > m_slots.size()) grow();
        for (size_t i = index_of(key);; i = next(i)) {
            Slot& s = m_slots[i];
            if (s.key == key) {
                int64_t old = s.value;
                s.value = value;
                return old;
            }
            if (!s.key) {
                s = Slot{key, value};
                m_size++;
                return 0;
            }
        }
    }

    // Removes `key`; returns its value, or 0 if it was absent.
    int64_t erase(const void* key) {
        size_t i = index_of(key);
        while (m_slots[i].key != key) {
            if (!m_slots[i].key) return 0;
            i = next(i);
        }
        int64_t value = m_slots[i].value;
        // Backward shift: each later entry of the run moves into the hole unless its home slot
        // lies (cyclically) after the hole.
        for (size_t j = next(i);; j = next(j)) {
            if (!m_slots[j].key) break;
            size_t home = index_of(m_slots[j].key);
            bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
            if (stays) continue;
            m_slots[i] = m_slots[j];
            i = j;
        }
        m_slots[i] = Slot{};
        m_size--;
        return value;
    }

private:
    struct Slot {
        const void* key = nullptr;
        int64_t value = 0;
    };
    static constexpr size_t kMinCapacity = 1024;

    size_t index_of(const void* key) const {
        // Objects are 16-byte aligned: the low bits carry nothing.
        uint64_t h = (reinterpret_cast<uintptr_t>(key) >> 4) * 0x9E3779B97F4A7C15ull;
        return static_cast<size_t>(h >> 32) & (m_slots.size() - 1);
    }
    size_t next(size_t i) const { return (i + 1) & (m_slots.size() - 1); }

    void grow() {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        m_size = 0;
        for (const Slot& s : old) {
            if (s.key) insert(s.key, s.value);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace hs::observe
