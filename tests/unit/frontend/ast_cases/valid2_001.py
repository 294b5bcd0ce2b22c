@a.b[1](c)(d=e)
@(lambda f: f)
def g(): pass