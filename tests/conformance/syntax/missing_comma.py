# SyntaxError: two expressions with no operator between them.
values = [1, 2 3]
