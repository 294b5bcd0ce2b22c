# A list as a dict key.
d = {[1]: 2}
