# yield at module level.
yield 5
