s = {x for x in 'hello'}
