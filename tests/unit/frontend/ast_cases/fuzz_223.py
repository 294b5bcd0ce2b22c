import a, b.c as d
from . import x
from .. import y
from ... import z
from .... import w
from .a.b import (c, d as e,)
from a import *