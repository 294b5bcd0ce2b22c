# raise ... from None hides the original exception.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
