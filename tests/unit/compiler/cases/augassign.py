x = 1
x += 1
x -= 2
x *= 3
x //= 2
x **= 2
x |= 1
class O: pass
o = O()
o.a = 1
o.a += 2
d = {}
d["k"] = 1
d["k"] += 1
def f():
    y = 1
    y += 1
    return y
l = [1, 2]
l[0:1] += [3]
