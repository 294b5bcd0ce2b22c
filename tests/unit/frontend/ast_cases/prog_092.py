x = '''
  doc
'''
