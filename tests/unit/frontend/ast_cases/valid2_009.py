x = f'''
{a
 +
 b}
text {c}
'''