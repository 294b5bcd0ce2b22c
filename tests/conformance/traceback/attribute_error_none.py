# Calling a method on None.
def find(items, target):
    for item in items:
        if item == target:
            return item


result = find([1, 2], 5)
print("result:", result)
result.append(3)
