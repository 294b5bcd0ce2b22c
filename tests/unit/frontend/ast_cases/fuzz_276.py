x 1_ '''
  doc
'''
