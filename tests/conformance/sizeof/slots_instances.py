# Instances of __slots__ classes are 32 bytes plus 8 per slot, with no __dict__.
import sys


class S0:
    __slots__ = ()


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("a", "b")


class S3(S2):
    __slots__ = ("c",)


print(sys.getsizeof(S0()), sys.getsizeof(S1()), sys.getsizeof(S2()), sys.getsizeof(S3()))
print(hasattr(S1(), "__dict__"))
