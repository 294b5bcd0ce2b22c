// The collector seen from Python programs: the cycle shapes of CPython's Lib/test/test_gc.py and
// what each collect() returns, __del__ order and resurrection, callbacks, and finalization of the
// cycles left at exit. Expected outputs are CPython 3.11.7's (`python3 -c SOURCE`).
#include "program_runner.h"

#include <catch2/catch.hpp>

#include <string>

using hs::test::run_program;

namespace {

struct ProgramCase {
    const char* name;
    const char* source;
    const char* expected;
};

const ProgramCase cases[] = {
    {"instance_self", R"PY(
import gc
class A: pass
gc.collect()
a = A(); a.a = a; del a
print(gc.collect())
)PY",
     R"OUT(1
)OUT"},
    {"newstyle_class", R"PY(
import gc
gc.collect()
class A(object): pass
del A
print(gc.collect())
)PY",
     R"OUT(6
)OUT"},
    {"method", R"PY(
import gc
class A:
    def __init__(self): self.init = self.__init__
gc.collect()
a = A(); del a
print(gc.collect())
)PY",
     R"OUT(2
)OUT"},
    {"function", R"PY(
import gc
gc.collect()
def f(): pass
f.me = f
del f
print(gc.collect())
)PY",
     R"OUT(2
)OUT"},
    {"frame_traceback", R"PY(
import gc
def f():
    try:
        raise ValueError
    except ValueError as e:
        err = e
gc.collect()
f()
print(gc.collect())
)PY",
     R"OUT(3
)OUT"},
    {"del_resurrect", R"PY(
import gc
saved = []
class L:
    def __del__(self):
        saved.append(self)
gc.collect()
x = L(); x.me = x; del x
print(gc.collect(), len(saved), gc.is_finalized(saved[0]))
saved.clear()
print(gc.collect())
)PY",
     R"OUT(0 1 True
1
)OUT"},
    {"generator_cycle", R"PY(
import gc
def g():
    box = yield
    yield
gc.collect()
it = g(); next(it); it.send([it]) if False else None
l = [it]; l.append(l)
del it, l
print(gc.collect())
)PY",
     R"OUT(2
)OUT"},
    {"del_order", R"PY(
import gc
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
gc.collect()
a, b, c = D(1), D(2), D(3)
c.x, b.x, a.x = a, c, b
del a, b, c
print(gc.collect())
)PY",
     R"OUT(del 1
del 2
del 3
3
)OUT"},
    {"callbacks", R"PY(
import gc
log = []
gc.callbacks.append(lambda p, i: log.append((p, i["generation"], i["collected"])))
gc.collect()
l = []; l.append(l); del l
gc.collect(1)
gc.callbacks.clear()
print(log)
)PY",
     R"OUT([('start', 2, 0), ('stop', 2, 0), ('start', 1, 0), ('stop', 1, 1)]
)OUT"},
    {"exit_cycles_finalized", R"PY(
class D:
    def __del__(self): print("finalized at exit")
d = D(); d.me = d
print("end")
)PY",
     R"OUT(end
finalized at exit
)OUT"},
    {"bug1055820", R"PY(
import gc
class C:
    def __init__(self, i): self.i = i; self.loop = self
class D(C): pass
c0 = C(0)
del c0
c1 = D(1)
c1.keep_c0_alive = C(2)
del c1
print(gc.collect())
)PY",
     R"OUT(3
)OUT"},
};

} // namespace

TEST_CASE("gc programs print what CPython 3.11 prints", "[gc][programs]") {
    for (const ProgramCase& c : cases) {
        SECTION(c.name) {
            auto r = run_program(c.source);
            CHECK(r.err == "");
            CHECK(r.out == c.expected);
            CHECK(r.status == 0);
        }
    }
}

TEST_CASE("the same programs behave under stress collection", "[gc][programs][stress]") {
    // Collecting on every allocation changes what collect() returns, so only the programs whose
    // output does not depend on it are compared; the others must simply run cleanly.
    hs::Limits limits;
    limits.gc_stress = true;
    for (const ProgramCase& c : cases) {
        SECTION(c.name) {
            auto r = run_program(c.source, limits);
            CHECK(r.err == "");
            CHECK(r.status == 0);
            std::string name = c.name;
            if (name == "exit_cycles_finalized") CHECK(r.out == c.expected);
        }
    }
}
