x = 1except 
