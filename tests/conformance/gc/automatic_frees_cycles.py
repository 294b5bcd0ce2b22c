# Cycles are freed by automatic collections without any call to gc.collect().
import gc

freed = 0

class Node:
    def __del__(self):
        global freed
        freed += 1

gc.collect()
gc.set_threshold(100)
marks = []
for i in range(300):
    a, b = Node(), Node()
    a.other, b.other = b, a
    if i % 50 == 49:
        marks.append(freed)
del a, b
gc.set_threshold(700)
print(marks)
print("left for collect():", gc.collect(), freed)
