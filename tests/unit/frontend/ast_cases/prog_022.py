if x:
  \
    a
