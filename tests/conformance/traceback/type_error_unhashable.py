# A list used as a dict key.
cache = {}
key = [1, 2]
cache[key] = "value"
