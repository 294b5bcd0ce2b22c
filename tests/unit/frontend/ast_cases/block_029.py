try:
pass