# At exit, a weakref kept by another module (here sys) keeps its callback alive, and through the
# callback's globals __main__'s whole namespace: it is freed only when sys is cleared, last, when
# nothing can print any more. So no __del__ and no callback output appears after "last line".
import sys
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def watch(obj):
    return weakref.ref(obj, lambda r, n=obj.name: print("callback:", n, "died"))

a = Node("a")
b = Node("b")
b.me = b
local_watch = [watch(a), watch(b)]
sys.watchers = [watch(a), watch(b)]
print("last line")
