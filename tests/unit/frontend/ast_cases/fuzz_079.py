s = {x for  in 'hello'}
