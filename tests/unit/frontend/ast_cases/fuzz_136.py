global , b
nonlocal c