# Truthiness uses __bool__, then __len__, and defaults to True.
class Empty:
    def __len__(self):
        return 0


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Plain:
    pass


print(bool(Empty()), bool(Flag(True)), bool(Flag(False)), bool(Plain()))
print("yes" if Flag(True) else "no", not Empty(), Flag(False) or "fallback")


class Bad:
    def __bool__(self):
        return 1


try:
    bool(Bad())
except TypeError as e:
    print(e)
