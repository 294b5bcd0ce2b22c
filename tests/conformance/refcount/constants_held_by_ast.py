# While a script runs, CPython keeps the parser's tree (its AST arena): each literal in the
# source holds one more reference to its constant, and each folded result too. Equal literals
# are separate objects until the compiler merges them: only one of them is the code's.
import atexit
import sys

def show(label, value):
    # getrefcount's own argument and `value` are two of the references.
    print(label, sys.getrefcount(value) - 2)

f = 2.5
show("float", f)
big = 123456789012345678901234567890
show("big int", big)
s = "not an identifier"
show("str", s)
ident = "an_identifier_nobody_uses"
show("identifier-like str", ident)
b = b"bytes literal"
show("bytes", b)
c = 3j
show("complex", c)
t = (1.5, "two words", (3.5, 4.5))
show("tuple", t)
show("tuple item", t[0])
show("nested tuple", t[2])
neg = -7.25
show("folded unary", neg)
power = 2 ** 100
show("folded power", power)
joined = "ab" + " cd"
show("folded concat", joined)
same1 = 9.75
same2 = 9.75
show("two equal literals", same1)
print(same1 is same2)
lst = [10.5, 20.5, 30.5]
show("list item", lst[0])

def g(x=6.5, y=(7.5, 8.5)):
    """A docstring."""
    z = 11.25
    show("local constant", z)
    show("default", x)
    show("default tuple", y)
    return z

g()
show("docstring", g.__doc__)
show("shared with a function", 11.25 if g() else None)
fs = frozenset({1, 2}) if 1 in {1.25, 2.25} else None
name = "world"
greeting = f"hello, {name}!"
show("f-string result", greeting)

kept = 12.75

def at_exit():
    # The tree is gone by now: only the code's constant and the global remain.
    show("at exit", kept)

atexit.register(at_exit)
