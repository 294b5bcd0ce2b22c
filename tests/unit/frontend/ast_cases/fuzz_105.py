global a, 
nonlocal c