# inf and nan.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf)
print(inf > 1e308, nan == nan, nan != nan, inf == inf)
print(float("-inf"), float("Infinity"), float("NaN"))
print(1e308 * 10, -1e308 * 10)
print([nan] == [nan], nan in [nan])
