# int() of a string that is not a number.
inputs = ["12", "7", "x3"]
total = 0
for text in inputs:
    total += int(text)
    print("running total", total)
