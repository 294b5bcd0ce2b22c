# len counts code points, not bytes.
for s in ["abc", "é", "日本", "😀", "a😀b", "e\u0301"]:
    print(repr(s), len(s), len(s.encode("utf-8")))
print("日本"[1], "a😀b"[1], "😀" * 3)
