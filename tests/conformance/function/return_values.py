# Functions return None by default; return can give several values as a tuple.
def nothing():
    pass


def early(x):
    if x:
        return "early"
    print("not early")


def several():
    return 1, "two", [3]


print(nothing(), early(1), early(0))
a, b, c = several()
print(a, b, c, several())
