# sys.exit raises SystemExit, which can be caught like other exceptions.
import sys

try:
    sys.exit(4)
except SystemExit as e:
    print("caught exit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught exit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
