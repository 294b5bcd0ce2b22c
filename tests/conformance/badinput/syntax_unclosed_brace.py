# An unclosed brace.
d = {'a': 1,
