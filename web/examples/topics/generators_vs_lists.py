# Generators instead of lists: a list holds every item at once, a generator
# makes one item at a time and keeps only its suspended frame.
import sys

def squares(n):
    for i in range(n):
        yield i * i

as_list = [i * i for i in range(10)]
as_gen = squares(10)
print("list of 10 items:", sys.getsizeof(as_list), "bytes")
print("list of 100000 items:", sys.getsizeof(list(range(100000))), "bytes")
print("generator:", sys.getsizeof(as_gen), "bytes, whatever n is")

first = next(as_gen)
second = next(as_gen)  # between items the generator's frame waits, holding i
print("first two:", first, second)
print("the rest add up to:", sum(as_gen))
print("same total:", sum(as_list) == sum(squares(10)))
