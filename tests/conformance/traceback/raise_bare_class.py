# raise ValueError (the class) and raise with an empty message.
def fail():
    raise ValueError


print("calling")
fail()
