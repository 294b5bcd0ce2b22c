# NameError without any close name has no suggestion.
def compute():
    return undefined_quantity_xyz * 2


print("computing")
compute()
