with open('f') as f:
    data = f.read()
