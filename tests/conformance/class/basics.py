# Classes, instances, __init__, instance and class attributes.
class Dog:
    species = "canine"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return f"{self.name} says woof"


d = Dog("Rex")
e = Dog("Fido")
print(d.speak(), e.name, d.species, Dog.species)
d.species = "wolf"
print(d.species, e.species, Dog.species)
print(type(d).__name__, isinstance(d, Dog), Dog.__name__)
print(vars(d), sorted(vars(e)))
