# Dict displays are built like _PyDict_FromItems: presized, str-keyed tables when every key is a str.
import sys

x = 3
print(sys.getsizeof({'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x}))
print(sys.getsizeof({'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6}))
print(sys.getsizeof({1: x, 2: x, 3: x, 4: x, 5: x, 6: x}))
print(sys.getsizeof({'a': x, 1: x, 'c': x, 'd': x, 'e': x, 'f': x}))
k = 'key'
print(sys.getsizeof({k: 1}), sys.getsizeof({k: 1, 'z': 2}), sys.getsizeof({}))
print(sys.getsizeof({str(i): i for i in range(6)}))
big = {'k0': x, 'k1': x, 'k2': x, 'k3': x, 'k4': x, 'k5': x, 'k6': x, 'k7': x, 'k8': x, 'k9': x, 'k10': x}
print(sys.getsizeof(big), len(big))
print(sys.getsizeof(dict(a=x, b=x, c=x, d=x, e=x, f=x)))
def kw(**kwargs):
    return sys.getsizeof(kwargs)
print(kw(a=1, b=2, c=3, d=4, e=5, f=6), kw(**{'a': 1, 'b': 2}))
d = {'a': x, 'b': x, 'c': x, 'd': x, 'e': x, 'f': x}
d['g'] = x
print(sys.getsizeof(d))
