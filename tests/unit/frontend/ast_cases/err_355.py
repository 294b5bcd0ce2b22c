except:
    pass