# A property's references, as the collector sees them: getter, setter, deleter, doc and the
# name that __set_name__ gave it (CPython 3.11 visits all five).
import gc


class Account:
    def get_balance(self):
        "The balance."
        return 0

    balance = property(get_balance)

    @property
    def owner(self):
        return "me"


def show(p):
    print([type(r).__name__ if not isinstance(r, str) else r for r in gc.get_referents(p)])


show(Account.__dict__["balance"])
show(Account.__dict__["owner"])
anonymous = property(lambda self: 1)
show(anonymous)

# A cycle through the property's name is still collected.
class Holder:
    pass


name = "cyclic"
p = property(None)
p.__set_name__(Holder, name)
print(gc.get_referents(p)[-1] == "cyclic")
