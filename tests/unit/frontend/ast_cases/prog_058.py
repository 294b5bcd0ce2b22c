x = f'€{a b}'
