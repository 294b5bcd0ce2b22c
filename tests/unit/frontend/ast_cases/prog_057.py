print(f'{é} {ü b}')
