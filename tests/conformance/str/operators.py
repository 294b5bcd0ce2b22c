# String concatenation, repetition, comparison and membership.
a = "abc"
b = "abd"
print(a + b, a * 3, 3 * "-", a * 0, a * -1 == "")
print(a < b, a == "abc", a != b, "Z" < "a", "apple" < "apple pie", "" < "a")
print(min("banana", "apple", "cherry"), max(["x", "xy", "w"]))
print(sorted("python"), sorted(["b", "A", "a", "B"]))
print(ord("a"), chr(8364), "a" in "cat")
