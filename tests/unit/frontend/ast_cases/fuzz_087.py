print('a' 'b' "c")
