# sys.exit(3): finally blocks run, nothing on stderr, exit status 3.
import sys

try:
    print("exiting with 3")
    sys.exit(3)
finally:
    print("finally ran")
print("never printed")
