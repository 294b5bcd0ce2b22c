x  'a' \
    'b'