try:
    pass
except (A, B) as e:
    raise C from e