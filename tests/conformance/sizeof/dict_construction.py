# Sizes of dicts built by literals, comprehensions, dict() and fromkeys.
import sys

print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({"a": 1, "b": 2, "c": 3}))
print(sys.getsizeof({1: 1}), sys.getsizeof({1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6}))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict.fromkeys(range(10))))
print(sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(dict([(1, 2), (3, 4)])))
print(sys.getsizeof(dict(zip(range(20), range(20)))))
print(sys.getsizeof(dict.fromkeys("abcdef")))
