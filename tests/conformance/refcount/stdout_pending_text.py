# sys.stdout, block-buffered as when the output goes to a file, keeps what it is given until
# 8192 bytes are pending: an ASCII str itself (a reference), a non-ASCII one as bytes, and from
# the second piece on a list of them (a GC object). A full chunk or flush() lets them go.
import sys
counts = []
s = str(10 ** 20)
counts.append(sys.getrefcount(s))
print(s)                         # s is pending, then a list [s, "\n"]
counts.append(sys.getrefcount(s))
sys.stdout.flush()
counts.append(sys.getrefcount(s))
sys.stdout.write(s)              # pending again
counts.append(sys.getrefcount(s))
e = "é" * (len(s) + 1)
e = e[1:]
sys.stdout.write(e)              # written as bytes: e is not held
counts.append(sys.getrefcount(e))
big = "x" * 8000 + s[:1]
sys.stdout.write(big)            # still under 8192 bytes: all of it stays pending
counts.append(sys.getrefcount(s))
counts.append(sys.getrefcount(big))
t = s[:5] + "y" * 500
sys.stdout.write(t)              # would overflow the chunk: what is pending goes first
counts.append((sys.getrefcount(big), sys.getrefcount(t)))
huge = "z" * 9000 + s[:1]
sys.stdout.write(huge + "\n")
counts.append((sys.getrefcount(t), sys.getrefcount(huge)))
print()
print(counts)
