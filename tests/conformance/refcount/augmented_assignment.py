# lst += other extends in place: the list keeps its identity and its count.
import sys

lst = [1]
alias = lst
base = sys.getrefcount(lst)
lst += [2, 3]
print(sys.getrefcount(lst) - base, alias is lst, alias)
t = (1,)
tb = sys.getrefcount(t)
talias = t
t += (2,)
print(talias is t, t, talias)
print(sys.getrefcount(talias) - tb)
