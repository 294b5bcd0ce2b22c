# A missing colon after if.
if True
    pass
