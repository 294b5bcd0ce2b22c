# print() converts each argument with str(), which calls __str__ of instances.
class Loud:
    def __str__(self):
        return "LOUD"


print(Loud(), [Loud()][0], 3 + 4j, 1e-7, -0.0, 10 ** 21, 1.0e21)
print(str(Loud()) * 2, f"{Loud()}")
