# Searching within strings.
s = "the cat sat on the mat"
print(s.find("at"), s.find("at", 6), s.rfind("at"), s.find("dog"))
print(s.index("sat"), s.count("at"), s.count("t"), s.count(""))
print(s.startswith("the"), s.endswith("mat"), s.startswith(("a", "t")), s.endswith("at", 0, 7))
print("cat" in s, "dog" not in s, "" in s)
try:
    s.index("dog")
except ValueError as e:
    print(e)
