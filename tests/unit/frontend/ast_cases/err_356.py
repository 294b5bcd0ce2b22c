finally:
    pass