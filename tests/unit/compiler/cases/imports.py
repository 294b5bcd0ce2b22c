import sys
import os.path
import os.path as p
import a.b.c as d
from gc import collect
from gc import collect as c, enable
from . import x
from .. m import y as z
from os import *
import gc, weakref
gc.collect()
sys.getsizeof(1)
