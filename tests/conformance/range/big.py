# range handles big bounds without building a list.
r = range(10 ** 20)
print(len(range(10 ** 6)), r[-1], 10 ** 19 in r, r[10 ** 19])
print(range(0, 10 ** 30, 10 ** 29)[3], len(range(-5, 5)))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
