if 0:
    x = 1
if 1:
    y = 2
else:
    y = 3
while 0:
    z = 1
while 1:
    break
if True:
    a = 1
if False:
    b = 2
if not True:
    c = 3
x = 1 and 2
y = 0 or 5
def f():
    return 1
    print("dead")
def g():
    raise ValueError
    print("dead")
def h(x):
    while True:
        if x:
            return 1
def k(x):
    if x:
        return 1
    else:
        return 2
    print("unreachable")
if __debug__:
    pass
