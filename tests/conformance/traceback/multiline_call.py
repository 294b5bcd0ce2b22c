# An error in a call spread over several lines.
def combine(a, b, c):
    return a + b + c


print(combine(1, 2, 3))
result = combine(
    1,
    "two",
    3,
)
