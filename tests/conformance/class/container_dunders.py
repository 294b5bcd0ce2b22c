# __len__, __getitem__, __setitem__, __contains__ and __iter__.
class Deck:
    def __init__(self):
        self.cards = list(range(1, 6))

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, index):
        return self.cards[index]

    def __setitem__(self, index, value):
        self.cards[index] = value

    def __contains__(self, value):
        print("contains", value)
        return value in self.cards


d = Deck()
print(len(d), d[0], d[-1], d[1:3])
d[0] = 99
print(99 in d, list(d), [c for c in d if c % 2])
print(sorted(d), reversed(d).__class__.__name__)
