# After an uncaught exception, the traceback keeps the failing frames' locals alive until the
# module teardown: they are finalized after the atexit calls.
import atexit

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

atexit.register(print, "atexit call")
keep = Noisy("global")

def fail():
    local = Noisy("local")
    raise ValueError("uncaught")

fail()
