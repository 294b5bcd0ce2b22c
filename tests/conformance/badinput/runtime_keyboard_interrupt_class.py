# Raising KeyboardInterrupt by hand.
raise KeyboardInterrupt
