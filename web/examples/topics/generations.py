# Generations: the collector runs by itself once generation 0 holds more new
# container objects than its threshold; objects that survive move up a generation.
import gc

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self  # a cycle: only the collector can free it

    def __del__(self):
        print("  freed node", self.n)

gc.collect()
gc.set_threshold(4, 10, 10)  # a small threshold, to watch it happen
keep = Node("kept")          # reachable: survives and moves to generation 1
for i in range(6):
    Node(i)                  # unreachable at once, but alive through its cycle
    print("created", i)
gc.set_threshold(700, 10, 10)
print("generation counts:", gc.get_count())
print("collected by hand:", gc.collect())
