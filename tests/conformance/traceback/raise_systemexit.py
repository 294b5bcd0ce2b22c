# Raising SystemExit directly with a code.
print("stopping")
raise SystemExit(7)
