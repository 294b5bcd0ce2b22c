# Binding and rebinding names adds and removes references to a fresh list.
import sys

x = []
print(sys.getrefcount(x))  # x + the argument
y = x
print(sys.getrefcount(x))
z = y
print(sys.getrefcount(x))
y = None
print(sys.getrefcount(x))
z = 0
print(sys.getrefcount(x))
