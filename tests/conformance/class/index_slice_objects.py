# __getitem__ receives ints, slices and tuples.
class Show:
    def __getitem__(self, key):
        return key


s = Show()
print(s[1], s[1:2], s[::3], s[1, 2], s[:, 1], s[...])
print(s[1:2].start, s[1:2].stop, s[::3].step)
