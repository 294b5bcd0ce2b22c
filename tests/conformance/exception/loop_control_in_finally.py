# break and continue inside try/finally still run the finally block.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("work", i)
    finally:
        print("cleanup", i)
print("after loop")
while True:
    try:
        break
    finally:
        print("while finally")
