# unsupported: 'async def' line 4
import sys
x = 1
async def f():
    await g()
print(x)
