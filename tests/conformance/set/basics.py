# Sets of ints: membership, add, remove, discard, pop order follows the hash table.
s = {3, 1, 2}
s.add(2)
s.add(10)
print(s, len(s), 2 in s, 5 not in s)
s.remove(10)
s.discard(99)
print(s, sorted(s))
print(set(), set([1, 1, 2]), set(range(5)), {-1, -2, 0})
popped = s.pop()
print(popped, s)
