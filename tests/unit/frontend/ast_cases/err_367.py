def f(): return
def g():