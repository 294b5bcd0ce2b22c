try:
  pass
finally:
pass