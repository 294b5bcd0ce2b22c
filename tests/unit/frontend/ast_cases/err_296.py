@
def f(): pass