try:
    pass
except E def as e:
    pass
except (A, B):
    pass
except:
    pass
else:
    pass
finally:
    pass