# A finalizer keeps its callback and arguments alive, never its object; the object must not be in them.
import sys
import weakref

class Resource:
    pass

class Log:
    def __init__(self):
        self.lines = []
    def write(self, text):
        self.lines.append(text)

log = Log()
r = Resource()
base_log = sys.getrefcount(log)
base_r = sys.getrefcount(r)
f = weakref.finalize(r, log.write, "closed")
print("log refs:", sys.getrefcount(log) - base_log, "resource refs:", sys.getrefcount(r) - base_r)
del r
print(log.lines, f.alive, sys.getrefcount(log) - base_log)
s = Resource()
g = weakref.finalize(s, lambda *args: print("at exit, with", len(args), "arguments"), "never", s)
del s
print("object kept alive by its own finalizer:", g.alive, g.peek()[0] is g.peek()[2][1])
