def f(*a, **k):
    return a, k
x = [1]
f()
f(1, 2)
f(1, b=2)
f(*x)
f(*x, 1)
f(1, *x)
f(**{})
f(a=1, **{})
f(**{}, a=1)
f(1, *x, a=1, **{})
x.append(3)
x.append(3, b=1)
x.count(*x)
print(len(x))
import sys
sys.getrefcount(x)
f(x)(1)
