x = [(yield)]
