# The gc module's names, constants, garbage and callbacks lists.
import gc

print(gc)
print(sorted(name for name in dir(gc) if not name.startswith("__")))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.garbage, type(gc.garbage).__name__)
print(gc.callbacks, type(gc.callbacks).__name__)
print(gc.collect)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
import gc as again
print(again is gc, again.garbage is gc.garbage)
