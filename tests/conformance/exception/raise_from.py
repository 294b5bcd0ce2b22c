# raise ... from sets __cause__; implicit chaining sets __context__.
try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("bad config") from e
except ValueError as err:
    print(repr(err), repr(err.__cause__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as err:
    print(repr(err.__context__), err.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("hidden") from None
except RuntimeError as err:
    print(err.__suppress_context__, err.__cause__, repr(err.__context__))
