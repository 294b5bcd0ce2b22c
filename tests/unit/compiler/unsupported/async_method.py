# unsupported: 'async def' line 4
class C:
    x = 1
    async def m(self):
        async for i in self:
            pass
        async with self:
            pass
