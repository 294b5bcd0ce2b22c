try:
  pass
finally
  pass