# __hash__ raising when used as a key.
class C:
    def __hash__(self):
        raise TypeError('no hash')
{C(): 1}
