x = "ok"
y = "\x4" 2