# Iterator objects have fixed sizes.
import sys

lst = [1, 2, 3]
print(sys.getsizeof(iter(lst)), sys.getsizeof(iter((1, 2))), sys.getsizeof(iter("ab")))
print(sys.getsizeof(enumerate(lst)), sys.getsizeof(zip(lst, lst)), sys.getsizeof(zip(lst)))
print(sys.getsizeof(map(abs, lst)), sys.getsizeof(filter(None, lst)))
print(sys.getsizeof(reversed(lst)), sys.getsizeof(iter(range(3))))
print(sys.getsizeof(iter({1: 2})), sys.getsizeof(iter({1})))
