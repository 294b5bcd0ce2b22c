if #:
	if y:
		pass
