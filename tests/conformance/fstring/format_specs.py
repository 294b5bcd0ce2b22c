# Format specs inside f-strings, including nested fields.
x = 3.14159
width = 10
prec = 3
print(f"[{x:.2f}] [{x:{width}.{prec}f}] [{x:<{width}}] [{42:>{width}}]")
print(f"[{'left':<8}] [{'right':>8}] [{'mid':^9}] [{'pad':*^9}]")
print(f"[{1234567:,}] [{0.25:.0%}] [{255:#06x}] [{-7:05d}] [{7:+}]")
print(f"[{True}] [{None}] [{True:d}] [{1e6:.1e}]")
