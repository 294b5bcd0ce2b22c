# unsupported: 'except*' line 3
x = 1
try:
    pass
except* ValueError:
    pass
