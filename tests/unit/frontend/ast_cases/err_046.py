x = 'abc\
def