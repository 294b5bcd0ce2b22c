try:
    pass
except* :
    pass