# Assignment to a keyword.
None = 1
