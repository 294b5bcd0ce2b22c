# A property takes its doc from the getter (even a None one); getter() copies take it again
# from the new getter; a subclass keeps it in the instance dict.
class A:
    @property
    def x(self):
        "doc x"
        return 1
    @x.setter
    def x(self, v): pass
    def g2(self):
        "doc g2"
    y = x.getter(g2)
    z = property(None, None, None, None)
print(A.x.__doc__, A.y.__doc__, A.z.__doc__)
class P(property): pass
class B:
    @P
    def w(self):
        "wdoc"
print(B.w.__doc__, B.__dict__['w'].__dict__)
