x = 'a' \
    'b'return 
