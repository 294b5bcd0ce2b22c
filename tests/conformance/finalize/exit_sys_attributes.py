# Objects a program hangs on sys outlive __main__; at the very end sys's names starting with
# one underscore are cleared first (while sys.stdout still works), the others after stdout.
import sys

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

sys.zzz_plain = Noisy("plain")
sys._private = Noisy("_private")
sys.__dunder__ = Noisy("__dunder__")
keep = Noisy("main global")
print("last line")
