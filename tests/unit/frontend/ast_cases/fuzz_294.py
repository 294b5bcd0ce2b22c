def gen():
    for i in range(10):
        yield 

print(sum(gen()))
