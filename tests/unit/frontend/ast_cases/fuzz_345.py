x = €uro} 
