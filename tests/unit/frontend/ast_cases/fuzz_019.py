if x:
    a

   importb
