# Slices, copies, list(), tuple() and sorted() each add one reference per element.
import sys

x = object()
lst = [x]
base = sys.getrefcount(x)
copies = [lst[:], lst.copy(), list(lst), tuple(lst), sorted(lst), lst[::-1]]
print(sys.getrefcount(x) - base)
alias = lst
print(sys.getrefcount(x) - base)
del copies
print(sys.getrefcount(x) - base)
print(sys.getrefcount(lst[:]), sys.getrefcount(lst))
