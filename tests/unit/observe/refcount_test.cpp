// Snapshot refcounts are what the program itself sees: sys.getrefcount(v) - 1 at the same
// point, and the holders of every program object add up to its refcount.
#include "observe_support.h"

#include <set>
#include <sstream>

using namespace hs::observe;
using namespace hs::observe::test;

namespace {

// Each line that calls getrefcount prints "<name> <count>" for one variable.
const char* const kProgram = R"(import sys
class C:
    pass
x = C()
print("x", sys.getrefcount(x))
y = x
print("x", sys.getrefcount(x))
lst = [x, x]
print("x", sys.getrefcount(x))
d = {"k": x, x: 1}
print("x", sys.getrefcount(x))
def f(p, *args):
    q = p
    print("p", sys.getrefcount(p))
    print("args", sys.getrefcount(args))
    return q
r = f(x, x)
print("r", sys.getrefcount(r))
t = (lst, d)
print("lst", sys.getrefcount(lst))
def outer():
    cell = [1, 2, 3]
    def inner():
        return cell
    print("cell", sys.getrefcount(cell))
    return inner
g = outer()
print("g", sys.getrefcount(g))
for item in lst:
    print("item", sys.getrefcount(item))
def gen(seq):
    for v in seq:
        yield v
it = gen(lst)
print("it", sys.getrefcount(it))
first = next(it)
print("first", sys.getrefcount(first))
del y, r, first, item
print("x", sys.getrefcount(x))
)";

std::set<int> lines_calling_getrefcount(const std::string& source) {
    std::set<int> lines;
    std::istringstream in(source);
    std::string line;
    for (int n = 1; std::getline(in, line); n++) {
        if (line.find("getrefcount(") != std::string::npos && line.find("print(") != std::string::npos) lines.insert(n);
    }
    return lines;
}

int64_t holders_total(const Json& object) {
    int64_t total = 0;
    for (const Json& h : object["holders"].items) total += h["kind"].string == "internal" ? h["count"].integer() : 1;
    return total;
}

} // namespace

TEST_CASE("snapshot refcounts equal what sys.getrefcount prints minus one", "[observe][refcount]") {
    Session session;
    Json log = load_and_run(session, kProgram);
    REQUIRE(log["status"].string == "finished");
    std::istringstream printed(log["stdout"].string);
    std::set<int> print_lines = lines_calling_getrefcount(kProgram);
    std::vector<Step> steps = steps_of(log);
    int checked = 0;
    for (size_t i = 0; i < steps.size(); i++) {
        if (steps[i].kind != "line" || !print_lines.count(static_cast<int>(steps[i].line))) continue;
        std::string name;
        int64_t count = 0;
        REQUIRE(printed >> name >> count);
        Json snap = snapshot_at(session, static_cast<int64_t>(i));
        int64_t id = variable_id(snap, name);
        INFO("step " << i << " line " << steps[i].line << ": " << name << " printed " << count);
        REQUIRE(id > 0);
        const Json* o = object_by_id(snap, id);
        REQUIRE(o);
        // A cell variable shows its cell: getrefcount saw what the cell holds.
        if ((*o)["type"].string == "cell") o = object_by_id(snap, (*o)["refs"][0][2].integer());
        REQUIRE(o);
        CHECK((*o)["refcount"].integer() == count - 1);
        CHECK(holders_total(*o) == count - 1);
        checked++;
    }
    CHECK(checked == 15);
}

TEST_CASE("the holders of every program object add up to its refcount, at every step", "[observe][refcount]") {
    for (const char* name : {"03_circular_reference", "06_exercise_circular_gc", "12_best_practice_break_cycles"}) {
        Session session;
        session.load(notebook_source(name));
        Json trace = parse_json(session.trace());
        for (const Json& step : trace["steps"].items) {
            for (const char* list : {"objects", "added", "changed"}) {
                if (!step.has(list)) continue;
                for (const Json& o : step[list].items) {
                    if (o["shared"].boolean) continue;
                    INFO(name << " step " << step["step"].integer() << " object " << o["id"].integer() << " " << o["type"].string);
                    CHECK(holders_total(o) == o["refcount"].integer());
                }
            }
        }
    }
}
