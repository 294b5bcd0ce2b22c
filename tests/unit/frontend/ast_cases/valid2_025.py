ḟ = 1
ℌ.ℌ = ḟ
f(ℌ=1)
def ℌ(ℌ): pass
import ℌ as ℌ