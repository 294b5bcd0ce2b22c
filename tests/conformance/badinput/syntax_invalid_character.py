# A stray character in the source.
x = 1 $ 2
