x = \
\
return
