# Three chained exceptions print three tracebacks in order.
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][0]
    except IndexError:
        {}["k"]
