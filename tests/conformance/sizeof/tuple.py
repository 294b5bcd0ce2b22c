# A tuple is 40 bytes plus 8 per item, whatever the items are.
import sys

print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2)), sys.getsizeof((1, 2, 3)))
print(sys.getsizeof(tuple(range(10))), sys.getsizeof(tuple("abc")))
print(sys.getsizeof(tuple(x for x in range(7))), sys.getsizeof(tuple([1] * 100)))
print(sys.getsizeof(((1, 2, 3), [4, 5, 6, 7, 8])))
