# atexit calls run after the last line, newest first, with their arguments; unregister removes them.
import atexit

def bye(who, punct="!"):
    print("bye", who + punct)

@atexit.register
def first():
    print("first registered, runs last")

print(atexit.register(bye, "ann", punct="?") is bye)
atexit.register(bye, "bob")
atexit.register(print, "unregistered")
atexit.unregister(print)
atexit.register(lambda: print("newest, runs first"))
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
print("last line")
