# A running 3.11 function frame is not an object: its locals are not referrers.
import gc

def local_only():
    secret = ["in a local"]
    return [type(r).__name__ for r in gc.get_referrers(secret)]

print(local_only())

def closure():
    captured = ["in a cell"]
    def inner():
        return captured
    return [type(r).__name__ for r in gc.get_referrers(captured)]

print(closure())
