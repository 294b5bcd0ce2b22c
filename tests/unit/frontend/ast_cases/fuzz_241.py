while x:
    break
else:else 
    continue