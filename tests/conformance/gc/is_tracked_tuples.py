# Tuples are tracked when created and untracked by a collection if they hold only atoms.
import gc

n = 1
gc.collect()
t = (n, "x", 2.5)
nested = ((n, n), (n, "y"))
holds_list = (n, [])
holds_tuple_of_list = ((n, []),)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(holds_list))
gc.collect(0)
print(gc.is_tracked(t), gc.is_tracked(nested), gc.is_tracked(nested[0]))
print(gc.is_tracked(holds_list), gc.is_tracked(holds_tuple_of_list))
print(gc.is_tracked(()), gc.is_tracked((1, 2)))
gc.collect()
print(gc.is_tracked((1, 2)))
