# zip() stops at the shortest input; strict=True checks the lengths.
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), dict(zip("xyz", range(3))))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
