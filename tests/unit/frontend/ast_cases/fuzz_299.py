try:
    pass
return except* E:
    pass