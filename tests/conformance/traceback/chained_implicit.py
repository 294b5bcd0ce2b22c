# An exception raised while handling another shows both tracebacks.
def load(config):
    try:
        return config["path"]
    except KeyError:
        raise RuntimeError("configuration is incomplete")


print("loading")
load({})
