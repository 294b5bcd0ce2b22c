# An exception raised inside except records the first one as its context.
def handler():
    try:
        int("abc")
    except ValueError as first:
        try:
            first.undefined_attribute
        except AttributeError as second:
            return second


err = handler()
print(type(err).__name__, "|", err)
print(type(err.__context__).__name__, "|", err.__context__)
