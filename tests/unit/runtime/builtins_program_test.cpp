// Builtins and sys observed through whole programs: print's writes (order, sep/end/file/flush,
// partial output before an error), input at EOF, exit statuses, sizes with __sizeof__, the
// int/str digit limit, and the features heapscope leaves out. Expected output is CPython 3.11.7's
// unless a comment says heapscope differs on purpose.
#include "program_runner.h"

#include <catch2/catch.hpp>

using hs::test::run_program;

TEST_CASE("print writes through sys.stdout, any file object, in CPython's order", "[builtins][print]") {
    auto r = run_program(R"(
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print(1, 'a', [2], sep='-', end='!', file=w, flush=True)
print(w.parts)
class Boom:
    def __str__(self): raise ValueError('boom')
try: print('before', Boom(), 'after')
except ValueError as e: print('caught', e)
class Noisy:
    def __str__(self):
        print('inner')
        return 'N'
print('outer', Noisy())
print()
print(end='')
print('x', end='')
print(sep=None, end=None)
print('to stderr', 2, file=sys.stderr)
sys.stdout = w
print('captured')
sys.stdout = sys.__stdout__
print(w.parts[-2:])
sys.stdout = None
print('dropped')
sys.stdout = sys.__stdout__
print(sys.stdout.write('héllo\n'))
)");
    CHECK(r.err == "to stderr 2\n");
    CHECK(r.out ==
          "['1', '-', 'a', '-', '[2]', '!', '<flush>']\n"
          "before caught boom\n"
          "outer inner\nN\n"
          "\n"
          "x\n"
          "['captured', '\\n']\n"
          "héllo\n6\n");
    CHECK(r.status == 0);
}

TEST_CASE("input() writes its prompt and meets EOF", "[builtins][input]") {
    auto r = run_program(R"(
try: input('prompt> ')
except EOFError as e: print('|', e)
)");
    CHECK(r.out == "prompt> | EOF when reading a line\n");
}

TEST_CASE("sys.exit and exit() set the exit status as CPython does", "[sys][exit]") {
    CHECK(run_program("import sys\nprint('a')\nsys.exit(3)\nprint('b')\n").status == 3);
    auto r = run_program("import sys\ntry:\n    sys.exit(2)\nfinally:\n    print('finally')\n");
    CHECK(r.out == "finally\n");
    CHECK(r.status == 2);
    r = run_program("import sys\nsys.exit('message')\n");
    CHECK(r.err == "message\n");
    CHECK(r.status == 1);
    r = run_program("import sys\nsys.exit()\n");
    CHECK(r.err == "");
    CHECK(r.status == 0);
    r = run_program("exit(4)\n");
    CHECK(r.status == 4);
    r = run_program("import sys\ntry:\n    sys.exit((1, 2))\nexcept SystemExit as e:\n    print(e.code, e.args)\n");
    CHECK(r.out == "(1, 2) (1, 2)\n");
}

TEST_CASE("sys.getsizeof adds the GC header to __sizeof__ and honours default", "[sys][sizeof]") {
    auto r = run_program(R"(
import sys
class S:
    def __sizeof__(self): return 100
class N:
    def __sizeof__(self): return -1
class Bad:
    def __sizeof__(self): return 'x'
class Big:
    def __sizeof__(self): return 2**70
print(sys.getsizeof(S()))
for o in [N(), Bad(), Big()]:
    try: print(sys.getsizeof(o))
    except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(Bad(), 5))
try: print(sys.getsizeof(N(), 7))
except Exception as e: print(type(e).__name__, e)
print(sys.getsizeof(0), sys.getsizeof(2**30), sys.getsizeof(10**100), sys.getsizeof(True))
print(sys.getsizeof(1.5), sys.getsizeof(1j), sys.getsizeof(None))
)");
    CHECK(r.err == "");
    CHECK(r.out ==
          "132\n"
          "ValueError __sizeof__() should return >= 0\n"
          "TypeError an integer is required\n"
          "OverflowError Python int too large to convert to C ssize_t\n"
          "5\n"
          "ValueError __sizeof__() should return >= 0\n"
          "28 32 72 28\n"
          "24 32 16\n");
}

TEST_CASE("sys.set_int_max_str_digits limits int<->str conversions", "[sys][int]") {
    auto r = run_program(R"(
import sys
print(sys.get_int_max_str_digits())
try: str(10**5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(700)
try: str(10**800)
except ValueError as e: print(e)
try: int('1'*800)
except ValueError as e: print(e)
print(len(str(10**699)), f'{10**800:x}'[:4])
sys.set_int_max_str_digits(0)
print(len(str(10**5000)))
)");
    CHECK(r.err == "");
    CHECK(r.out ==
          "4300\n"
          "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"
          "Exceeds the limit (700 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit\n"
          "Exceeds the limit (700 digits) for integer string conversion: value has 800 digits; use sys.set_int_max_str_digits() to increase the limit\n"
          "700 2e9b\n"
          "5001\n");
    // The limit belongs to one program: the next one starts with the default again.
    CHECK(run_program("import sys\nprint(sys.get_int_max_str_digits())\n").out == "4300\n");
}

TEST_CASE("sys.setrecursionlimit changes the limit the VM enforces", "[sys][recursion]") {
    auto r = run_program(R"(
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(50)
def f(n): return f(n + 1)
try: f(0)
except RecursionError as e: print(e)
print(sys.getrecursionlimit())
)");
    CHECK(r.err == "");
    CHECK(r.out == "1000\nmaximum recursion depth exceeded\n50\n");
}

TEST_CASE("sys.getrefcount reports the count including its argument", "[sys][refcount]") {
    auto r = run_program(R"(
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
del b, c
print(sys.getrefcount(a))
print(sys.getrefcount([]))
)");
    CHECK(r.out == "2\n3\n5\n2\n1\n");
}

TEST_CASE("sys.exc_info and sys.exception see the exception being handled", "[sys]") {
    auto r = run_program(R"(
import sys
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, v is e, tb is e.__traceback__, sys.exception() is e)
print(sys.exc_info())
)");
    CHECK(r.err == "");
    CHECK(r.out ==
          "(None, None, None) None\n"
          "ZeroDivisionError division by zero True True True\n"
          "(None, None, None)\n");
}

TEST_CASE("features heapscope leaves out raise an error that names them", "[builtins][unsupported]") {
    // heapscope differs from CPython on purpose: these builtins are outside the supported subset.
    auto r = run_program(R"(
import builtins
for f in [builtins.open, builtins.eval, builtins.exec, builtins.compile, builtins.memoryview, builtins.__import__]:
    try: f('x')
    except NotImplementedError as e: print(e)
)");
    CHECK(r.out ==
          "heapscope does not support 'open'\n"
          "heapscope does not support 'eval'\n"
          "heapscope does not support 'exec'\n"
          "heapscope does not support 'compile'\n"
          "heapscope does not support 'memoryview'\n"
          "heapscope does not support '__import__'\n");
}

TEST_CASE("min, max, sorted and sum call keys and comparisons in CPython's order", "[builtins]") {
    auto r = run_program(R"(
calls = []
def key(v):
    calls.append(v)
    return -v
print(max([3, 1, 2], key=key), calls)
class V:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        calls.append((self.n, o.n))
        return self.n < o.n
    def __repr__(self): return 'V%d' % self.n
calls.clear()
print(min(V(2), V(1), V(3)), calls)
calls.clear()
print(max([V(1), V(2)]), calls)
print(sum([1, 2, 3], 10), sum([0.5, 1, 2 ** 70]), sum([2 ** 63 - 1, 1, 0.5]))
print(sorted({3: 'a', 1: 'b'}), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
)");
    CHECK(r.err == "");
    CHECK(r.out ==
          "1 [3, 1, 2]\n"
          "V1 [(1, 2), (3, 1)]\n"
          "V2 [(1, 2)]\n"
          "16 1.1805916207174113e+21 9.223372036854776e+18\n"
          "[1, 3] [(1, 'z'), (2, 'a'), (2, 'b')]\n");
}
