# A return in finally replaces the pending return value or exception.
def f():
    try:
        return "try"
    finally:
        print("finally runs")


def g():
    try:
        return "try"
    finally:
        return "finally"


def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


print(f(), g(), h())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
