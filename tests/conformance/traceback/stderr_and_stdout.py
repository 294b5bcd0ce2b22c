# Output printed before the error is kept on stdout, even with many lines.
for i in range(50):
    print("line", i)
print(undefined)
