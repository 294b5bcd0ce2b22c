# TabError: tabs and spaces mixed inconsistently in one block.
def f():
        x = 1
	return x
