# collect() for an instance that stores one of its own bound methods.
import gc

class Button:
    def click(self):
        return "clicked"

gc.collect()
b = Button()
b.handler = b.click
print(b.handler())
del b
print("instance and bound method:", gc.collect())
b = Button()
b.handlers = [b.click, b.click]
del b
print("two bound methods in a list:", gc.collect())
