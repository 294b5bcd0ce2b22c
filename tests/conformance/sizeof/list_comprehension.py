# Comprehensions and list(genexp) have no length, so they grow by append.
import sys

for n in [0, 1, 4, 5, 9, 17, 100]:
    comp = [i for i in range(n)]
    gen = list(i for i in range(n))
    exact = list(range(n))
    print(n, sys.getsizeof(comp), sys.getsizeof(gen), sys.getsizeof(exact))
