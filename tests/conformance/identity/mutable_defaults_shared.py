# A mutable default is one object shared by every call.
def add(item, bucket=[]):
    bucket.append(item)
    return bucket


a = add(1)
b = add(2)
print(a, b, a is b)
c = add(3, [])
print(c, c is a)
print(add.__defaults__[0] is a)
