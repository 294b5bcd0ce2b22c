# weakref.proxy forwards attribute access, calls and assignment to the referent; it is unhashable.
import sys
import weakref

class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, n):
        self.balance += n
        return self.balance
    def __repr__(self):
        return "Account(" + self.owner + ")"

acct = Account("ann")
p = weakref.proxy(acct)
print(p.owner, p.deposit(5), acct.balance)
p.balance = 100
p.note = "vip"
print(acct.balance, acct.note)
del p.note
print(hasattr(acct, "note"), str(p), repr(p).split(" at ")[0], type(p).__name__)
print(sys.getsizeof(p), p is weakref.proxy(acct), weakref.getweakrefcount(acct))
print(isinstance(p, Account), p.__class__.__name__, p == acct)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
def greet(name):
    return "hello " + name
g = weakref.proxy(greet)
print(type(g).__name__, g("bob"), callable(g), callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)
