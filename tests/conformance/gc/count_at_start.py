# gc.get_count() when a script starts: CPython's start-up and its compilation of the script
# decide it (heapscope starts from the same counts).
import gc
print(gc.get_count())
