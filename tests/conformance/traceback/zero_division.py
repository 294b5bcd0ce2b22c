# ZeroDivisionError inside a function: two frames, carets under the call and the division.
def average(values):
    return sum(values) / len(values)


print("average of [1, 2, 3]:", average([1, 2, 3]))
print("average of []:", average([]))
