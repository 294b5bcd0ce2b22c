# raise ... from None hides the context.
try:
    {}['k']
except KeyError:
    raise ValueError('clean') from None
