// Garbage flags and shortest paths from the roots (observe/reachability.h).
#include "observe/reachability.h"

#include "objects/container_util.h"
#include "observe/pointer_map.h"
#include "runtime/collector.h"
#include "runtime/runtime.h"

#include <unordered_map>
#include <unordered_set>

namespace hs::observe {

namespace {

// The collector's analysis on a side table: gc_refs per tracked object of generations 0-2.
class GcRefsTable {
public:
    GcRefsTable() {
        GCState& gc = rt().gc;
        for (const Generation& g : gc.generations) {
            const GCHeader* head = &g.head;
            for (GCHeader* h = head->gc_next; h != head; h = h->gc_next) {
                Object* o = from_gc(h);
                m_refs.insert(o, o->ob_refcnt);
                m_order.push_back(o);
            }
        }
    }

    // update_refs + subtract_refs: after it, each entry counts the references from outside.
    void subtract_internal_refs() {
        for (Object* o : m_order) type_of(o)->tp_traverse(o, visit_decref, this);
    }

    // Everything reachable from an object with outside references (move_unreachable's result),
    // as a set: the objects mapped to 1.
    PointerMap reachable() {
        PointerMap seen;
        std::vector<Object*> work;
        auto first_sight = [&seen](Object* o) { return seen.insert(o, 1) == 0; };
        for (Object* o : m_order) {
            if (*m_refs.find(o) > 0 && first_sight(o)) work.push_back(o);
        }
        struct Walk {
            GcRefsTable* table;
            PointerMap* seen;
            std::vector<Object*>* work;
        } walk{this, &seen, &work};
        while (!work.empty()) {
            Object* o = work.back();
            work.pop_back();
            type_of(o)->tp_traverse(
                o,
                [](Object* target, void* arg) {
                    auto* w = static_cast<Walk*>(arg);
                    if (w->table->contains(target) && w->seen->insert(target, 1) == 0) w->work->push_back(target);
                    return 0;
                },
                &walk);
        }
        return seen;
    }

    bool contains(Object* o) const { return m_refs.find(o) != nullptr; }

private:
    static int visit_decref(Object* target, void* arg) {
        auto* self = static_cast<GcRefsTable*>(arg);
        if (int64_t* refs = self->m_refs.find(target)) (*refs)--;
        return 0;
    }

    PointerMap m_refs;
    std::vector<Object*> m_order;
};

} // namespace

void mark_garbage(std::vector<ObjectRecord>& objects) {
    GcRefsTable table;
    table.subtract_internal_refs();
    PointerMap reachable = table.reachable();
    std::unordered_set<int64_t> garbage_ids;
    for (ObjectRecord& rec : objects) {
        if (rec.shared || !object_is_gc(rec.object)) continue;
        bool collecting = (as_gc(rec.object)->gc_flags & GC_COLLECTING) != 0;
        if (collecting || (table.contains(rec.object) && !reachable.find(rec.object))) {
            rec.garbage = true;
            garbage_ids.insert(rec.id);
        }
    }
    // Untracked objects die with the garbage when all their references come from it.
    for (bool changed = true; changed;) {
        changed = false;
        for (ObjectRecord& rec : objects) {
            // With holders left out of the list, which of them are garbage is unknown: kept alive.
            if (rec.shared || rec.garbage || table.contains(rec.object) || rec.holders.empty() || rec.holders_omitted > 0) continue;
            int64_t from_garbage = 0;
            for (const Holder& h : rec.holders) {
                if (h.kind == Holder::Kind::Object && garbage_ids.count(h.from)) from_garbage++;
            }
            if (from_garbage > 0 && from_garbage == rec.refcount) {
                rec.garbage = true;
                garbage_ids.insert(rec.id);
                changed = true;
            }
        }
    }
}

std::vector<size_t> find_paths(std::vector<ObjectRecord>& objects, const PointerMap& index, const std::vector<RootRef>& roots) {
    // The queue is the visiting order: a vector read from the front.
    std::vector<size_t> order;
    for (const RootRef& root : roots) {
        const int64_t* at = index.find(root.target);
        if (!at || objects[static_cast<size_t>(*at)].reach.reachable) continue;
        objects[static_cast<size_t>(*at)].reach = Reach{true, 0, root.label};
        order.push_back(static_cast<size_t>(*at));
    }
    for (size_t next = 0; next < order.size(); next++) {
        size_t i = order[next];
        for (const Edge& e : objects[i].refs) {
            if (objects[e.index].reach.reachable) continue;
            objects[e.index].reach = Reach{true, objects[i].id, e.label};
            order.push_back(e.index);
        }
    }
    return order;
}

std::vector<PathStep> path_to(const Snapshot& snapshot, int64_t id) {
    std::unordered_map<int64_t, const ObjectRecord*> by_id;
    for (const ObjectRecord& rec : snapshot.objects) by_id.emplace(rec.id, &rec);
    std::vector<PathStep> path;
    for (auto it = by_id.find(id); it != by_id.end() && it->second->reach.reachable;) {
        const Reach& reach = it->second->reach;
        path.push_back(PathStep{reach.from, reach.label, it->second->id});
        if (reach.from == 0) break;
        it = by_id.find(reach.from);
    }
    if (path.empty() || path.back().from != 0) return {};
    return std::vector<PathStep>(path.rbegin(), path.rend());
}

} // namespace hs::observe
