# get_referrers() finds the tracked containers that refer to an object.
import gc

class Holder:
    pass

target = ["target"]
in_list = [target]
in_dict = {"key": target}
as_key = {1: 0}
holder = Holder()
holder.attr = target
refs = gc.get_referrers(target)
print(len(refs))
print(any(r is in_list for r in refs), any(r is in_dict for r in refs), any(r is holder for r in refs))
print(any(r is globals() for r in refs))
print(sorted(type(r).__name__ for r in refs))
t = (target,)
print(len(gc.get_referrers(target)))
del in_list, t
print(len(gc.get_referrers(target)))
