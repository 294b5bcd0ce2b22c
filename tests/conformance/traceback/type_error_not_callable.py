# Calling None.
handler = None
print("calling handler")
handler("event")
