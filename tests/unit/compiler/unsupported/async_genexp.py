# unsupported: 'async comprehension' line 3
def f(y):
    return (x async for x in y)
