for x in :
    pass