# assert raises AssertionError with the optional message.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x


print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert [], "empty list"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e), e.args)
