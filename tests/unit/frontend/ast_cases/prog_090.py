raise ValueError('bad') from None
