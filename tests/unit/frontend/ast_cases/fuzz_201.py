x  '''
  doc
'''
