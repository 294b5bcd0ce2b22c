set().remove(1)
