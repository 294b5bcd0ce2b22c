# Instances of subclasses of builtins add the dict/weakref slots to the base size.
import sys


class MyList(list):
    pass


class MyInt(int):
    pass


print(sys.getsizeof([]), sys.getsizeof(MyList()))
print(sys.getsizeof(MyList([1, 2, 3])), sys.getsizeof(list([1, 2, 3])))
print(sys.getsizeof(0), sys.getsizeof(MyInt(0)), sys.getsizeof(MyInt(2**40)))
