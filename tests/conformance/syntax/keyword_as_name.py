# SyntaxError: a keyword used as a variable name.
class = "first"
