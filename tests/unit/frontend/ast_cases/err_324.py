with (x, y):
pass