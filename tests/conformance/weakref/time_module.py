# The time module's clocks: types, monotonic order, sleep; bad arguments get CPython's errors.
import time

t0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0)
time.sleep(0.001)
t1 = time.perf_counter()
m1 = time.monotonic()
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__,
      type(time.monotonic_ns()).__name__, type(time.process_time()).__name__)
print(t1 >= t0 + 0.001, m1 >= m0, time.time() > 1.6e9, time.time_ns() > 1.6e18)
print(time.sleep(0), repr(time.sleep), repr(time.perf_counter))
for bad in [-1, -0.5, "1", None, float("nan"), 10**30, 1e300]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
             lambda: time.time(1), lambda: time.perf_counter(x=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
