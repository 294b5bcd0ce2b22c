# A KeyError whose key is a tuple.
d = {}
d[(1, 2)]
