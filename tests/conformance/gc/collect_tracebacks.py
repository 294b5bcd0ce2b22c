# collect() for exceptions kept in the frame that handled them (exception -> traceback -> frame).
import gc

class Thing:
    pass

def keep_error():
    t = Thing()
    try:
        raise ValueError("boom")
    except ValueError as e:
        err = e
    return None

gc.collect()
keep_error()
print("exception stored in its own frame:", gc.collect())

def keep_error_no_locals():
    try:
        1 / 0
    except ZeroDivisionError as e:
        saved = e
    return 1

keep_error_no_locals()
print("without other locals:", gc.collect())

def nested():
    def inner():
        raise KeyError("k")
    try:
        inner()
    except KeyError as e:
        err = e

nested()
print("two frames in the traceback:", gc.collect())
