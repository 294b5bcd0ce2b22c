s = "it's"
t = 'it's'