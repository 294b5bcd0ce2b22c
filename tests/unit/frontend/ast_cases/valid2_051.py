while (x := f()):
    pass