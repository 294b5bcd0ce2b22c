# Exception instances are 88 bytes; their args tuple is separate.
import sys

print(sys.getsizeof(Exception()), sys.getsizeof(ValueError("bad")))
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.getsizeof(e), sys.getsizeof(e.args))


class MyError(Exception):
    pass


print(sys.getsizeof(MyError("x", "y")))
