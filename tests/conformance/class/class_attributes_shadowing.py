# Instance attributes shadow class attributes; mutable class attributes are shared.
class Config:
    tags = []
    level = 1


a = Config()
b = Config()
a.tags.append("shared")
a.level = 5
print(a.tags, b.tags, a.level, b.level, Config.level)
del a.level
print(a.level)
Config.level = 3
print(a.level, b.level)
print("level" in vars(a), "tags" in vars(Config))
