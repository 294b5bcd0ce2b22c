if a:
    pass
elif b:
    
elif c:
    pass
else:
    pass