x = 0
if x:
    y = 1
elif x > 1:
    y = 2
else:
    y = 3
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 7:
        break
else:
    print("done")
for i in range(3):
    print(i)
else:
    print("else")
for i in [1, 2, 3]:
    pass
for i in [x, 1]:
    pass
if not x:
    pass
if x and y:
    pass
if x or y:
    pass
if x and (y or i):
    pass
if 1 < x < 3:
    pass
if x is None:
    pass
if x is not None:
    pass
while True:
    break
z = 1 if x else 2
w = x and y or i
