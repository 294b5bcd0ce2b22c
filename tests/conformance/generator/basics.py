# A generator function runs lazily, up to each yield.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")


g = count_up(3)
print("created")
print(next(g))
print(next(g))
print(list(g))
print(list(g))
