# Messages of bad calls to gc.collect and gc.set_threshold.
import gc

calls = [
    ("set_threshold()", lambda: gc.set_threshold()),
    ("set_threshold(1, 2, 3, 4)", lambda: gc.set_threshold(1, 2, 3, 4)),
    ("set_threshold('a')", lambda: gc.set_threshold('a')),
    ("set_threshold(2**40)", lambda: gc.set_threshold(2**40)),
    ("set_threshold(-2**40)", lambda: gc.set_threshold(-2**40)),
    ("set_threshold(2**70)", lambda: gc.set_threshold(2**70)),
    ("set_threshold(1, a=2)", lambda: gc.set_threshold(1, a=2)),
    ("set_threshold(1.5)", lambda: gc.set_threshold(1.5)),
    ("collect(3)", lambda: gc.collect(3)),
    ("collect(-1)", lambda: gc.collect(-1)),
    ("collect('a')", lambda: gc.collect('a')),
    ("collect(None)", lambda: gc.collect(None)),
    ("collect(2**40)", lambda: gc.collect(2**40)),
    ("collect(1, 2)", lambda: gc.collect(1, 2)),
    ("collect(gen=1)", lambda: gc.collect(gen=1)),
    ("collect(1.0)", lambda: gc.collect(1.0)),
]
for text, call in calls:
    try:
        call()
        print(text, "ok")
    except Exception as e:
        print(text, type(e).__name__, e)
print(gc.get_threshold())
