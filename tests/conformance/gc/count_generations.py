# Collecting generation g adds 1 to count[g+1] and resets count[0..g].
import gc

gc.collect()
gc.get_count()
print(gc.get_count())
gc.collect(0)
print(gc.get_count())
gc.collect(0)
gc.collect(0)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(1)
print(gc.get_count())
gc.collect(2)
print(gc.get_count())
