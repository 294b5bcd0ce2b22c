x = 10
if x > 5:
    print("big")
   print("done")