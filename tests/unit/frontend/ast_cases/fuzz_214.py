if x:
f"{x}"a
