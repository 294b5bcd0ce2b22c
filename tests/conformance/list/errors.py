# List operations that raise exceptions.
lst = [1, 2, 3]
try:
    lst[3]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[3] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    lst.remove(9)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
