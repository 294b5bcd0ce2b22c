while True:
    x = input()
    if x == 'q':
        break
    print(x); 
