try:
  pass
except
  pass