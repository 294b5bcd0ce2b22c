# A property returns the stored object; reading it adds no lasting reference.
import sys


class Account:
    def __init__(self, history):
        self._history = history

    @property
    def history(self):
        return self._history


h = []
base = sys.getrefcount(h)
acct = Account(h)
print(sys.getrefcount(h) - base)
print(acct.history is h)
print(sys.getrefcount(acct.history) - base)
print(sys.getrefcount(h) - base)
