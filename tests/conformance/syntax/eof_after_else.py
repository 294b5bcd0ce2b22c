# SyntaxError: an else whose block never comes, at the end of the file.
if x:
    pass
else:
