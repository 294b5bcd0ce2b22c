def grade(n):
    if n > 90:
        return "A"
    elif n > 80:
        return "B"
    elif n > 70:
        return "C"
    elif n > 60 and n != 65 or n == 50:
        return "D"
    else:
        return "F"
for i in range(10):
    if i % 2:
        continue
    elif i > 7:
        break
    print(i)
x = 5
while x:
    x -= 1
    if x == 2:
        break
else:
    print("no break")
