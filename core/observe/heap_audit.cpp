// The heap auditor's checks (observe/heap_audit.h).
#include "observe/heap_audit.h"

#include "objects/container_util.h"
#include "objects/dict_impl.h"
#include "objects/shared_keys.h"
#include "observe/heap_refs.h"
#include "observe/object_info.h"
#include "runtime/runtime.h"
#include "runtime/typeobject.h"
#include "vm/frame.h"
#include "vm/frameobject.h"

#include <unordered_map>
#include <vector>

namespace hs::observe {

namespace {

// Objects visited by the line checkpoints of one run before they stop (the end of the program
// is always checked): keeps a long loop over a large heap from taking minutes in debug builds.
constexpr int64_t kLineCheckBudget = 4'000'000;
// A failed check lists this many objects at most.
constexpr size_t kMaxObjectsReported = 12;

using Counts = std::unordered_map<Object*, int64_t>;

void hold(Counts& found, Object* o) {
    if (o) found[o]++;
}

// The references the interpreter itself holds, outside any object: CPython's thread and
// interpreter state, the C stack of run_main, and the frames on the frame stack.
void count_interpreter_holders(Counts& found) {
    Runtime& r = rt();
    hold(found, r.builtins);
    hold(found, r.sysdict);
    hold(found, r.modules);
    hold(found, r.main_module);
    hold(found, r.thread_dict);
    hold(found, r.main_run.module);
    hold(found, r.main_run.function);
    hold(found, r.main_run.ast_arena);
    hold(found, r.gc.garbage);
    hold(found, r.gc.callbacks);
    hold(found, r.error.type);
    hold(found, r.error.value);
    hold(found, r.error.traceback);
    // Generators own their exception-state items; the thread owns the bottom one.
    if (r.exc_base) hold(found, r.exc_base->exc_value);
    for (const StaticSubclass& s : r.static_subclasses) hold(found, s.ref);
    for (const ArgParserState& p : r.arg_parsers) hold(found, p.kwtuple);
    for (const AtexitCallback& c : r.atexit_callbacks) {
        hold(found, c.func);
        hold(found, c.args);
        hold(found, c.kwargs);
    }
    type_lookup_cache_visit([](Object* name, void* arg) { hold(*static_cast<Counts*>(arg), name); }, &found);
    for (Frame* f = r.current_frame; f; f = f->previous) {
        if (f->owner != FrameOwner::FrameStack) continue;  // a generator's frame: the generator holds it
        hold(found, f->f_func);
        hold(found, f->f_code);
        hold(found, f->f_locals);
        hold(found, f->frame_obj);
        for (int i = 0; i < f->stacktop; i++) hold(found, f->localsplus[i]);
    }
}

// The attribute names classes share with their instances (objects/shared_keys.h): one
// reference per SharedKeys, however many classes and dicts use it.
void hold_shared_keys(Counts& found, const std::unordered_set<Object*>& live) {
    std::unordered_set<SharedKeys*> seen;
    for (Object* o : live) {
        if (!type_has_flag(type_of(o), TPFLAGS_TYPE_SUBCLASS)) continue;
        SharedKeys* keys = static_cast<TypeObject*>(o)->ht_cached_keys;
        if (!keys || !seen.insert(keys).second) continue;
        for (StrObject* name : keys->names) hold(found, name);
    }
}

} // namespace

int HeapAuditor::on_step(StepKind kind, Frame* frame, Object*) {
    // The module's own lines, while no other frame (and so no C code between frames) runs.
    if (kind != StepKind::Line || frame->previous || !rt().main_run.function) return 0;
    if (frame->f_func != rt().main_run.function || m_work > kLineCheckBudget) return 0;
    m_work += static_cast<int64_t>(m_live.size());
    check_heap("line " + std::to_string(frame->line()));
    return 0;
}

void HeapAuditor::on_object_moved(const Object* from, Object* o) {
    m_live.erase(const_cast<Object*>(from));
    m_live.insert(o);
}

bool HeapAuditor::check_heap(std::string_view where) {
    m_heaps_checked++;
    bool refcounts = check_refcounts(where);
    return check_generations(where) && refcounts;
}

void HeapAuditor::fail(std::string_view where, const std::string& what) {
    if (m_failures_reported++ >= kMaxObjectsReported) return;
    m_report.append("heap audit, ").append(where).append(": ").append(what).append("\n");
}

bool HeapAuditor::check_refcounts(std::string_view where) {
    Counts found;
    found.reserve(m_live.size());
    RefCollector collector;
    for (Object* o : m_live) {
        for (const LabelledRef& ref : collector.collect(o)) found[ref.target]++;
    }
    count_interpreter_holders(found);
    hold_shared_keys(found, m_live);
    std::vector<Object*> wrong;
    for (Object* o : m_live) {
        auto it = found.find(o);
        if (o->ob_refcnt != (it == found.end() ? 0 : it->second)) wrong.push_back(o);
    }
    for (size_t i = 0; i < wrong.size() && i < kMaxObjectsReported; i++) {
        Object* o = wrong[i];
        // Where the references found are, to tell the one nobody accounts for.
        std::string holders;
        for (Object* holder : m_live) {
            for (const LabelledRef& ref : collector.collect(holder)) {
                if (ref.target != o) continue;
                holders.append(holders.empty() ? "" : ", ").append(type_name(holder)).append(" ").append(ref.label);
            }
        }
        fail(where, type_name(o) + " object " + short_repr(o) + ": ob_refcnt " + std::to_string(o->ob_refcnt) + ", " +
                        std::to_string(found[o]) + " references found" + (holders.empty() ? "" : " (in " + holders + ")"));
    }
    return wrong.empty();
}

bool HeapAuditor::check_generations(std::string_view where) {
    GCState& gc = rt().gc;
    std::unordered_map<Object*, int> lists_holding;
    bool ok = true;
    auto walk = [&](GCHeader* head, const char* name) {
        for (GCHeader* h = head->gc_next; h != head; h = h->gc_next) {
            if (!h || h->gc_next->gc_prev != h) {
                ok = false;
                fail(where, std::string("the list of ") + name + " is broken");
                return;
            }
            Object* o = from_gc(h);
            if (!m_live.count(o)) {
                ok = false;
                fail(where, std::string("the list of ") + name + " holds an object that is not alive");
                return;
            }
            lists_holding[o]++;
        }
    };
    const char* names[] = {"generation 0", "generation 1", "generation 2"};
    for (int g = 0; g < 3; g++) walk(&gc.generations[g].head, names[g]);
    walk(&gc.permanent.head, "the permanent generation");
    for (Object* o : m_live) {
        if (!object_is_gc(o)) continue;
        auto it = lists_holding.find(o);
        int lists = it == lists_holding.end() ? 0 : it->second;
        bool tracked = gc_is_tracked(o);
        if (tracked ? lists == 1 : lists == 0) continue;
        ok = false;
        fail(where, type_name(o) + " object " + short_repr(o) + (tracked ? ": tracked, " : ": untracked, ") + "in " +
                        std::to_string(lists) + " generation lists");
    }
    return ok;
}

bool HeapAuditor::check_no_leaks(std::string_view where) {
    if (m_live.empty()) return true;
    // Never freed, so still readable: their types say where to look.
    std::string types;
    size_t listed = 0;
    for (Object* o : m_live) {
        if (listed++ == kMaxObjectsReported) break;
        types.append(listed > 1 ? ", " : "").append(type_name_of(o));
    }
    fail(where, std::to_string(m_live.size()) + " objects the runtime created were never freed (" + types + ")");
    m_live.clear();
    return false;
}

} // namespace hs::observe
