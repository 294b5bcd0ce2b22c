async def f():
    await x
    async for a in b: pass
    async with c as d, e: pass
    [x async for x in y]