# Tuples compare item by item, which makes them good sort keys.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,))
people = [("bob", 25), ("amy", 30), ("cal", 25)]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people))
print((1, 2) == (1.0, 2.0), (1, (2, 3)) == (1, (2, 3)))
