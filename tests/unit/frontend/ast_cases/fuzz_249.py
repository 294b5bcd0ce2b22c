for x = '''
  doc
'''
