# Class instances with attributes: many short-lived objects created through
# __init__ (with inheritance and super()), attribute reads and writes, a property,
# and lists of instances built and dropped.

N = 400000  # size: the runner may override this line (name:N=VALUE)


class Shape:
    def __init__(self, name):
        self.name = name
        self.scale = 1

    def area(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h * self.scale


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r

    @property
    def diameter(self):
        return 2 * self.r

    def area(self):
        return 3 * self.r * self.r * self.scale


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True


def shapes(n):
    total = 0
    kinds = 0
    for i in range(n):
        k = i % 3
        if k == 0:
            s = Rect(i % 10 + 1, i % 7 + 1)
        elif k == 1:
            s = Square(i % 5 + 1)
        else:
            s = Circle(i % 4 + 1)
            total += s.diameter
        s.scale = 2
        total += s.area()
        if s.name == "square":
            kinds += 1
    return total, kinds


def accounts(n_accounts, steps):
    accts = [Account(f"user{i}", i) for i in range(n_accounts)]
    refused = 0
    for t in range(steps):
        a = accts[t % n_accounts]
        if t % 3 == 0:
            if not a.withdraw(t % 50):
                refused += 1
        else:
            a.deposit(t % 20)
    total = 0
    for a in accts:
        total += a.balance + len(a.history)
    return total, refused


print("instances", shapes(N), accounts(500, N * 4 // 3))
