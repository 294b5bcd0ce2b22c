# repr of strings chooses quotes and escapes special characters.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"), repr("\x00\x7f"))
print(repr("é"), repr("€"), repr("\u200b"), repr("😀"), repr("\r"))
print(ascii("é€"), str("x"), repr(""))
print(["a", 'b"c'], ("d",), {"k": "v"})
