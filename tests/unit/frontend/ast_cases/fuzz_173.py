def gen():
    for i in range(10):
        yield i

print(sum(gen))))
