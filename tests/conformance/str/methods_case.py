# Case methods of str.
s = "Hello, World of Python"
print(s.upper(), s.lower(), s.swapcase())
print(s.title(), "hello world".capitalize(), "ß".upper(), "ǅ".lower())
print(s.isupper(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), " \t".isspace(), "".isalpha())
print("x1".isidentifier(), "1x".isidentifier(), "Ⅷ".isnumeric(), "²".isdecimal())
