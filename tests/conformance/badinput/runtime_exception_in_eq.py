# __eq__ raising inside a list search.
class C:
    def __eq__(self, other):
        raise RuntimeError('no eq')
print(C() in [1, 2])
