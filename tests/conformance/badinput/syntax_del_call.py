# del of a call.
del print()
