class A:
    x: int = 0
    y: 'str'
    z: list[int] = []