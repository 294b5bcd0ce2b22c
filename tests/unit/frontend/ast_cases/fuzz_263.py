x = """
multi
line
"""
y = = 1