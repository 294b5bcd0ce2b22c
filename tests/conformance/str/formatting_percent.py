# printf-style formatting with %.
print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%05d|%x|%o|%e" % ("ab", "cd", 42, 255, 8, 12345.678))
print("%r %s" % ("q", "q"), "%%", "%c" % 65, "%.2f" % 2.675, "%+d" % 5)
print("%(name)s=%(value)d" % {"name": "x", "value": 3})
try:
    print("%d %d" % (1,))
except TypeError as e:
    print(e)
