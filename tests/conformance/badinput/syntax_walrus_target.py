# The walrus with an invalid target.
(a.b := 1)
