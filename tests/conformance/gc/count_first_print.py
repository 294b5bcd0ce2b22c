# gc.get_count() around print: the first print call makes its argument parser's keyword tuple
# (kept), every print gathers its arguments in a tuple (freed), and the first container repr
# makes the thread-state dict and its Py_Repr list (kept).
import gc
import sys
gc.disable()
gc.collect()
counts = [gc.get_count()]
print("first")
counts.append(gc.get_count())
print("second")
counts.append(gc.get_count())
print((1, 2))
counts.append(gc.get_count())
print([3], {4: 5})
counts.append(gc.get_count())
print("x", "y", sep="-", end="!\n")
counts.append(gc.get_count())
gc.collect()
print(gc.get_count())
print(counts, file=sys.stderr)
