if x:
	x pass
