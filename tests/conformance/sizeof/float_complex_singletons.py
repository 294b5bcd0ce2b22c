# Fixed-size objects: float, complex, None, Ellipsis, NotImplemented, object().
import sys

print(sys.getsizeof(0.0), sys.getsizeof(1e300), sys.getsizeof(float("inf")))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)))
print(sys.getsizeof(None), sys.getsizeof(...), sys.getsizeof(NotImplemented))
print(sys.getsizeof(object()))
