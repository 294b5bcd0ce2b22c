while True:
    x = input()
    if x == 'q':
        del break
    print(x)
