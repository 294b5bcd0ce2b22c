# for loops over ranges, including reversed and negative steps.
for i in range(3):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in reversed(range(4)):
    print(i, end=",")
print()
total = 0
for i in range(1, 11):
    if i % 2:
        continue
    total += i
print(total)
