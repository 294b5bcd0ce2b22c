if x:
    
