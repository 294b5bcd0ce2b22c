# A number ending with an underscore.
x = 1_
