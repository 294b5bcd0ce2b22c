# __getattr__ is called only for missing attributes; __setattr__ for every assignment.
class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        return f"<missing {name}>"

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


r = Recorder()
r.a = 1
r.b = 2
print(r.a, r.zzz, r.log)
print(getattr(r, "other"), hasattr(r, "anything"))
