@dec x
def f(): pass