x = €uro
