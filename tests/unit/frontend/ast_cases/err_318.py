try:
    pass
except:
pass