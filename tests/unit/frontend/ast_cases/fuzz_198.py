'''a
b\
c'''def 