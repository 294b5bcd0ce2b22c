// Object lifetimes driven by the VM: objects die the moment their count reaches zero, and
// freeing long chains never recurses deeply on the C++ stack (CPython's trashcan).
#include "program_runner.h"

#include <catch2/catch.hpp>

using hs::test::run_program;

TEST_CASE("a million-node linked list of instances is freed without deep recursion", "[vm][dealloc]") {
    auto r = run_program(R"(
class Node:
    def __init__(self, nxt):
        self.next = nxt
head = None
for i in range(1000000):
    head = Node(head)
del head
print("freed")
)");
    CHECK(r.err == "");
    CHECK(r.out == "freed\n");
    CHECK(r.status == 0);
}

TEST_CASE("a 100,000-deep nested list is freed without deep recursion", "[vm][dealloc]") {
    auto r = run_program(R"(
x = []
for i in range(100000):
    x = [x]
del x
print("freed")
)");
    CHECK(r.err == "");
    CHECK(r.out == "freed\n");
}

TEST_CASE("hashing tuples nested deeper than the C stack allows raises RecursionError", "[vm][recursion]") {
    // CPython 3.11 hashes nested tuples with unchecked C recursion and crashes with its stack
    // (500,000 levels); heapscope stops short of its own stack's end, and the program goes on.
    auto r = run_program(R"(
t = ()
for i in range(1000):
    t = (t,)
print(hash(t) == hash(((),)) or 'hashed')
for i in range(500000):
    t = (t,)
try:
    hash(t)
except RecursionError as e:
    print(e)
print('still running')
)");
    CHECK(r.err == "");
    CHECK(r.out == "hashed\nmaximum recursion depth exceeded while getting the hash of an object\nstill running\n");
}

TEST_CASE("arguments move into the callee's frame; builtins borrow them from the stack", "[vm][refcount]") {
    // CPython 3.11.7: a name + the call argument inside a Python function is 3 for f(x) with x a
    // global (global name, parameter, getrefcount's own argument); directly it is 2.
    auto r = run_program(R"(
import sys
x = []
def f(p):
    return sys.getrefcount(p)
print(sys.getrefcount(x), f(x))
y = x
print(sys.getrefcount(x), f(x))
)");
    CHECK(r.err == "");
    CHECK(r.out == "2 3\n3 4\n");
}

TEST_CASE("a method call does not create a bound method object", "[vm][refcount]") {
    auto r = run_program(R"(
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(c.m())
bound = c.m
print(sys.getrefcount(c))
)");
    CHECK(r.err == "");
    CHECK(r.out == "3\n3\n");
}

TEST_CASE("locals are released when the function returns, in co_varnames order", "[vm][refcount]") {
    auto r = run_program(R"(
import sys
x = []
def f(a):
    b = a
    c = a
    return sys.getrefcount(x)
print(f(x), sys.getrefcount(x))
)");
    CHECK(r.err == "");
    CHECK(r.out == "5 2\n");
}

TEST_CASE("a generator keeps its frame's references until it finishes", "[vm][generator]") {
    auto r = run_program(R"(
import sys
data = []
def gen(seq):
    for item in seq:
        yield item
g = gen([data])
print(sys.getrefcount(data))
next(g)
print(sys.getrefcount(data))
for _ in g:
    pass
print(sys.getrefcount(data))
)");
    CHECK(r.err == "");
    // The list literal holds data (+1); after next() the generator's `item` holds it too (+1);
    // once exhausted, the frame is cleared and the temporary list is gone.
    CHECK(r.out == "3\n4\n2\n");
}
