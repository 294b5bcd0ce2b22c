def f():
	return 