case = 1
_ = 2