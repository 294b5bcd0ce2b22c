# SyntaxError: a block that ends before its body.
for i in range(3):
