if x:
    	a
