print(f'{é} {ü b}')1_ 
