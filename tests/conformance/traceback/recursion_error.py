# Unbounded recursion: RecursionError with the repeated-line summary.
def countdown(n):
    return countdown(n - 1)


print("start")
countdown(10)
