# A list grows with its length; a generator over the same data stays small.
import sys

for n in [10, 100, 1000]:
    lst = [i for i in range(n)]
    gen = (i for i in range(n))
    print(n, sys.getsizeof(lst), sys.getsizeof(gen))
