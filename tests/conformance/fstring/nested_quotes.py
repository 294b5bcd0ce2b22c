# f-strings can hold other quote styles and nested f-strings.
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}', f"""{d['key']!r}""")
n = 5
print(f"{f'{n:>3}'}|", f"{'yes' if n > 3 else 'no'}")
print(f"{n}" f" and {n + 1}", f"multi\n{n}")
print(rf"raw\n{n}", fr"{n}\t")
