# A deeply nested list's repr.
x = []
for i in range(2000):
    x = [x]
print(len(str(x)))
