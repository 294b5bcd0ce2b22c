# unsupported: 'from __future__ import annotations' line 2
from __future__ import annotations
def f(x: Undefined) -> int:
    return x
