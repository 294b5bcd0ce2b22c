# Carets under a subscript and an attribute inside larger expressions.
data = {"rows": [[1, 2], [3]]}
print(data["rows"][0][1] + 1)
print(data["rows"][1][1] + 1)
