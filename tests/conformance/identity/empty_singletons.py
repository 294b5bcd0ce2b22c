# The empty tuple, the empty str and the empty frozenset are shared singletons.
empty_tuple = ()
empty_str = ""
print(tuple() is empty_tuple)
print(tuple([]) is empty_tuple)
print(str() is empty_str, "".join([]) is empty_str)
x = [1, 2, 3]
print(x[3:] == [], x[3:] is x[4:])
print(x[:0] is x[:0])
t = (1, 2, 3)
print(t[3:] is empty_tuple, t[1:1] is empty_tuple)
print(frozenset() is frozenset())
