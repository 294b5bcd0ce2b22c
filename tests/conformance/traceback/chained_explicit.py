# raise ... from e shows the cause first.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f"cannot parse {text!r}") from e


print(parse("5"))
parse("five")
