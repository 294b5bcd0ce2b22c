# close() raises GeneratorExit at the paused yield, so finally blocks run.
def worker():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


w = worker()
print(next(w))
w.close()
print("closed")
w.close()
fresh = worker()
fresh.close()
print("never started: no cleanup")
done = worker()
print(list(done))
