# Messages of bad calls to the other gc functions.
import gc

calls = [
    ("get_objects(3)", lambda: gc.get_objects(3)),
    ("get_objects(-2)", lambda: gc.get_objects(-2)),
    ("get_objects('x')", lambda: gc.get_objects('x')),
    ("get_objects(2**70)", lambda: gc.get_objects(2**70)),
    ("get_objects(1, 2)", lambda: gc.get_objects(1, 2)),
    ("set_debug()", lambda: gc.set_debug()),
    ("set_debug('x')", lambda: gc.set_debug('x')),
    ("set_debug(2**40)", lambda: gc.set_debug(2**40)),
    ("get_count(1)", lambda: gc.get_count(1)),
    ("is_tracked()", lambda: gc.is_tracked()),
    ("is_finalized(1, 2)", lambda: gc.is_finalized(1, 2)),
    ("freeze(1)", lambda: gc.freeze(1)),
    ("enable(1)", lambda: gc.enable(1)),
    ("get_referrers(x=1)", lambda: gc.get_referrers(x=1)),
    ("get_referents(1, x=2)", lambda: gc.get_referents(1, x=2)),
    ("get_stats(1)", lambda: gc.get_stats(1)),
    ("get_freeze_count(0)", lambda: gc.get_freeze_count(0)),
    ("isenabled(x=1)", lambda: gc.isenabled(x=1)),
    ("get_threshold(1)", lambda: gc.get_threshold(1)),
]
for text, call in calls:
    try:
        call()
        print(text, "ok")
    except Exception as e:
        print(text, type(e).__name__, e)
print(gc.get_debug())
