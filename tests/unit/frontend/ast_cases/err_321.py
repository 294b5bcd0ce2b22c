try:
    pass
finally:
pass