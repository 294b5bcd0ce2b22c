# Comparing with a literal using `is` prints a SyntaxWarning at compile time.
x = 1000
print(x is 1000)
y = "abc"
print(y is not "abc")
