d = {k: v for k, v in zip('abc', range(3)**}
