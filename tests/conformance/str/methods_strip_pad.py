# Stripping, padding and replacing.
s = "  spam  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), "xxhixx".strip("x"))
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4))
print("a-b-c".replace("-", "+"), "a-b-c".replace("-", "", 1), "aaa".replace("a", "bb"))
print("prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
print("tab\tsep".expandtabs(4), "a\tb".expandtabs())
