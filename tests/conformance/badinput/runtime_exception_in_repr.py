# __repr__ raising while an f-string formats.
class C:
    def __repr__(self):
        raise ValueError('no repr')
print(f'{C()!r}')
