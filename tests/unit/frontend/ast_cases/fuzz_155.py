if x:
    y = 'a
'
