x = f'€{a b}'if 
