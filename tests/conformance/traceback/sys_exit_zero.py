# sys.exit(0) and sys.exit(None) end the program successfully.
import sys

print("done")
sys.exit(0)
print("not reached")
