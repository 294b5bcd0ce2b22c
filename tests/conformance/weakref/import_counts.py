# weakref, time and atexit are loaded before the program starts: importing them allocates nothing.
import gc
gc.collect()
gc.get_count()  # the first call after a collection allocates its result tuple: not measured
base = gc.get_count()[0]
import weakref
import time
import atexit
import _weakref
print("objects allocated by the imports:", gc.get_count()[0] - base)
print(weakref.ref is _weakref.ref, weakref.ReferenceType is _weakref.ReferenceType)
print(repr(time), repr(atexit), repr(_weakref))
print(sorted(name for name in ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary",
                               "ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes",
                               "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]
             if name in weakref.__all__))
