# A user-defined exception from __main__ has no module prefix; no message means just the name.
class ConfigError(Exception):
    pass


class EmptyError(Exception):
    pass


def check(value):
    if value is None:
        raise EmptyError
    raise ConfigError("bad value:", value)


try:
    check(None)
except EmptyError as e:
    print("caught", repr(e))
check(3)
