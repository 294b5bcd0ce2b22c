# Sizes of sets built in different ways.
import sys

print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof({1, 2, 3, 4}))
print(sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(set(range(5))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))))
print(sys.getsizeof({i for i in range(5)}), sys.getsizeof(set([1, 2, 3, 4, 5])))
print(sys.getsizeof(set(range(100))), sys.getsizeof(set(range(1000))))
