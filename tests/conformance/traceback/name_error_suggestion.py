# NameError for a misspelled name suggests the closest existing one.
counter = 0
for i in range(3):
    counter += i
print("counter:", counter)
print(countr)
