import a, b.c as d
from . import x
from .. import y
 ... import z
from .... import w
from .a.b import (c, d as e,)
from a import *