if x:
	a        b
