match x:
    case except:
        pass