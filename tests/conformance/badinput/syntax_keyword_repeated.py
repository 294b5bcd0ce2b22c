# A keyword argument given twice.
print(sep='', sep='')
