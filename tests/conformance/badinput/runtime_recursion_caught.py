import sys
def f():
    f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__, e)
