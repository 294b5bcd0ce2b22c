# Several except clauses, tuples of types, and matching by base class.
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}: {e}"
    return "no error"


print(classify(lambda: {}["k"]))
print(classify(lambda: [][0]))
print(classify(lambda: 1 / 0))
print(classify(lambda: int("x")))
print(classify(lambda: None))
