import sys
x = [1,
     2,
     x]
y = (sys
     .getsizeof(x))
z = (x
     .append
     (1))
w = x \
    + 1
def f(a,
      b):
    return (a +
            b)
result = f(
    1,
    2,
)
class C:
    def m(self):
        return (self
                .m())
v = {
    "a": 1,
    "b": x,
}
u = x[
    0
]
t = [i
     for i in x
     if i]
