a = 1
b = [1, 2, 3]
class O: pass
o = O()
o.x = 1
del a
del b[0]
del b[0:1]
del o.x
del o, b
def f():
    x = 1
    del x
    global g
    g = 1
    del g
