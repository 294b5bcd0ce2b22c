naïve = 1
print(naïve# )
