# A starred assignment target alone.
*a = [1, 2]
