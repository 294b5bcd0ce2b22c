#!/usr/bin/env python3
"""Generates the expression-case tables of the number and builtins unit tests.

Each case is a Python expression; CPython 3.11.7 evaluates it here and the result (its repr, or
"ExceptionType: message") is written into a C++ table next to the expression, so the tests run
without python3. Run from anywhere: python3 tests/unit/runtime/builtins_cases_gen.py
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Setup lines shared by every program of a group (executed before the cases).
SETUP = {
    "int": "import sys\nclass I(int): pass\nclass Idx:\n    def __index__(self): return 7\nclass IntLike:\n    def __int__(self): return 42\nclass Trunc:\n    def __trunc__(self): return 9\n",
    "float": "import sys\nclass F(float): pass\nclass FloatLike:\n    def __float__(self): return 2.5\n",
    "builtins": "import sys\nclass A:\n    def __init__(self): self.x = 1\na = A()\nclass D:\n    def __divmod__(self, o): return ('D.divmod', o)\n    def __rdivmod__(self, o): return ('D.rdivmod', o)\n    def __round__(self, n=None): return ('round', n)\n",
    "args": "import sys\n",
}

CASES = {
    "int": r'''
7 + 3
7 - 10
6 * 7
7 / 2
7 // 2
-7 // 2
7 // -2
-7 // -2
7 % 3
-7 % 2
7 % -2
-7 % -2
2 ** 10
2 ** -1
(-2) ** -3
0 ** 0
10 ** 0
2 ** 100
-(2 ** 63)
(2 ** 63) - 1 + 1
-(-9223372036854775808)
-9223372036854775808 // -1
-9223372036854775808 % -1
(-9223372036854775807 - 1) * -1
9223372036854775807 + 1
-9223372036854775808 - 1
3037000500 * 3037000500
2 ** 64 // 3
2 ** 64 % 7
-(2 ** 64) // 3
-(2 ** 64) % 3
divmod(17, 5)
divmod(-17, 5)
divmod(17, -5)
divmod(2 ** 70, 3)
divmod(-(2 ** 70), 7)
pow(3, 4, 5)
pow(2, -1, 5)
pow(3, 200, 7)
pow(-3, 3, 5)
pow(3, 3, -5)
pow(2, 3, 0)
pow(2, -1, 4)
pow(2 ** 100, 2 ** 100, 10 ** 9 + 7)
1 / 0
1 // 0
1 % 0
divmod(1, 0)
(2 ** 70) % 0
(2 ** 70) // 0
(2 ** 70) / 0
0 ** -1
pow(0, -1)
1 << 10
1 << 62
1 << 63
1 << 100
-1 << 63
5 << 0
0 << 1000
1024 >> 3
-16 >> 2
-1 >> 100
1 >> 64
(2 ** 100) >> 99
-(2 ** 100) >> 200
1 << -1
1 >> -1
1 << (2 ** 70)
1 >> (2 ** 70)
-1 >> (2 ** 70)
12 & 10
12 | 10
12 ^ 10
~12
~-1
-12 & 0xFF
-12 | 3
-12 ^ 5
(2 ** 70 - 1) & (2 ** 65 + 7)
-(2 ** 70) | 5
(2 ** 70) ^ -1
~(2 ** 70)
abs(-12)
abs(-(2 ** 63))
-(-12)
+5
+(2 ** 80)
2 ** 53 + 1 == float(2 ** 53 + 1)
2 ** 53 + 1 > float(2 ** 53)
10 ** 20 == 1e20
2 ** 64 > 2 ** 63
-(2 ** 64) < 1
1 == 1.0
2 ** 1000 < float('inf')
2 ** 1000 > float('-inf')
5 == float('nan')
5 < 5.5
(2 ** 70) / 3
(10 ** 400) / 3
(10 ** 400) / (10 ** 399)
1 / 3
2 ** 60 / 3
(2 ** 53 + 1) / 1
10 ** 400 * 1.0
float(10 ** 400)
float(2 ** 60)
int(1e20)
int(-3.99)
int(3.99)
int(float('inf'))
int(float('nan'))
int('42')
int('-17')
int('  8  ')
int('1_000')
int('1__0')
int('_7')
int('0_7')
int('ff', 16)
int('0x1F', 16)
int('0x_f', 16)
int('777', 8)
int('1010', 2)
int('z', 36)
int('0b101', 0)
int('0o17', 0)
int('0x10', 0)
int('010', 0)
int('0b', 0)
int('010')
int('0XF')
int('')
int('  ')
int('-')
int('+5')
int('abc')
int('1.5')
int('\u0663')
int('\u0661\u0662x')
int('\u3000 12 \u3000')
int('a' * 300)
int(b'12')
int(bytearray(b'12'))
int(b'abc')
int('1', 1)
int('1', 37)
int('12', 2 ** 70)
int('5', True)
int('12', base='a')
int('5', base=None)
int(1, 2)
int(5.0, base=10)
int([])
int(None)
int(x=1)
int(1, 2, 3)
int('1', base=2, x=1)
int(base=2)
int()
int(True)
type(int(True))
int(I(5))
type(int(I(5)))
int(Idx())
int(IntLike())
int(Trunc())
I(5)
type(I(5))
I('12', 8)
I() + 1
type(I(3) + I(4))
type(-I(3))
int('123456789012345678901234567890')
int('1' * 5000)
str(10 ** 5000)
len(str(10 ** 4299))
repr(-(10 ** 30))
str(-5)
repr(True)
str(False)
hex(255)
hex(-255)
oct(-8)
bin(-5)
hex(2 ** 100)
bin(0)
hex(Idx())
hex(1.5)
hex('a')
(5).bit_length()
(0).bit_length()
(-8).bit_length()
(2 ** 100).bit_length()
(-(2 ** 63)).bit_length()
(-5).bit_count()
(255).bit_count()
(2 ** 100 - 1).bit_count()
(1).bit_length(1)
(10).to_bytes(2, 'big')
(10).to_bytes(2, 'little')
(-1).to_bytes(2, 'big', signed=True)
(1).to_bytes()
(0).to_bytes(0, 'big')
(2 ** 70).to_bytes(10, 'little')
(-(2 ** 70)).to_bytes(10, 'big', signed=True)
(127).to_bytes(1, 'big', signed=True)
(-128).to_bytes(1, 'big', signed=True)
(128).to_bytes(1, 'big', signed=True)
(-129).to_bytes(1, 'big', signed=True)
(256).to_bytes(1, 'big')
(-1).to_bytes(1, 'big')
(1).to_bytes(0, 'big')
(1).to_bytes(1, 'mid')
(1).to_bytes(-1, 'big')
(1).to_bytes(1.5, 'big')
(1).to_bytes(1, byteorder=1)
(1).to_bytes(1, 'big', False)
(1).to_bytes(1, 2, 3, 4)
(1).to_bytes(x=1)
int.from_bytes(b'\x01\x00', 'big')
int.from_bytes(b'\x00\x01', 'little')
int.from_bytes(b'\xff', 'big', signed=True)
int.from_bytes(b'\x80\x00', 'big', signed=True)
int.from_bytes(b'\x01' * 20, 'little')
int.from_bytes(b'\xff' * 20, 'little', signed=True)
int.from_bytes([1, 2], 'little')
int.from_bytes(b'')
int.from_bytes(1, 'big')
int.from_bytes('ab', 'big')
int.from_bytes([256], 'big')
int.from_bytes(b'', 'x')
int.from_bytes()
int.from_bytes(b'', 'big', False)
bool.from_bytes(b'\x01', 'big')
I.from_bytes(b'\x05', 'big')
type(I.from_bytes(b'\x05', 'big'))
(7).real
(7).imag
(7).numerator
(7).denominator
True.real
type(True.real)
(6).conjugate()
(-6).__abs__()
(10).__index__()
(12).as_integer_ratio()
True.as_integer_ratio()
(5).__trunc__()
(5).__floor__()
(5).__ceil__()
(5).__getnewargs__()
round(7)
round(1234, -2)
round(1250, -2)
round(1350, -2)
round(-1250, -2)
round(-5, -1)
round(15, -1)
round(25, -1)
round(25, 2 ** 70)
round(10 ** 30 + 5 * 10 ** 9, -10)
(25).__round__(None)
(25).__round__(1.5)
(25).__round__(1, 2)
(5).__sizeof__()
(0).__sizeof__()
(2 ** 30).__sizeof__()
(2 ** 100).__sizeof__()
True.__sizeof__()
sys.getsizeof(0)
sys.getsizeof(1)
sys.getsizeof(-1)
sys.getsizeof(2 ** 30 - 1)
sys.getsizeof(2 ** 30)
sys.getsizeof(2 ** 60 - 1)
sys.getsizeof(2 ** 60)
sys.getsizeof(2 ** 90)
sys.getsizeof(10 ** 100)
sys.getsizeof(-(2 ** 63))
sys.getsizeof(True)
sys.getsizeof(False)
hash(-1)
hash(-2)
hash(2 ** 61 - 1)
hash(2 ** 61)
hash(-(2 ** 61))
hash(2 ** 100)
hash(-(2 ** 100))
hash(2 ** 63)
hash(True)
True + 1
False * 10
True / 2
-True
~True
True & False
True | False
True ^ True
True & 1
type(True & 1)
type(True | False)
True == 1
isinstance(True, int)
issubclass(bool, int)
bool(2)
bool(0)
bool()
bool([])
bool(1, 2)
bool(x=1)
f'{1234567:,}'
f'{1234567:_}'
f'{255:x}'
f'{255:#X}'
f'{5:08b}'
f'{42:+d}'
f'{7:03}'
f'{1234:^10}|'
format(10, 'e')
format(10 ** 20, ',')
format(2 ** 64, ',')
format(True, '')
format(True, 'd')
format(I(5), '')
format(1, 'q')
format(10 ** 5000, '')
format(-0, 'z')
(5).__format__(1)
(5).__format__()
''',
    "float": r'''
0.1 + 0.2
1.1 * 3
1 / 3
10 / 4
7.5 // 2
7.5 % 2
-7.5 // 2
-7.5 % 2
7.5 % -2
-0.0 % 5
0.0 % -5
2.0 ** 0.5
2 ** -2
10.0 ** 20
1e16
1e15
1e-4
1e-5
1.5e300 * 1e10
-1.5e300 * 1e10
-0.0
0.0 == -0.0
abs(-0.0)
1.0 / 0.0
1.0 // 0.0
1.0 % 0.0
divmod(1.0, 0)
divmod(5, 0.0)
divmod(-7.5, 2)
divmod(7, 2.5)
divmod(10, 3.0)
0.0 ** -1
0.0 ** -1.5
0 ** -1.0
2.0 ** 10000
(-2.0) ** 10001
(1e300) ** 2
10.0 ** -400
(-8) ** 0.5
(-8.0) ** (1 / 3)
(-2.0) ** 2
(-2.0) ** 3
(-2.0) ** -2
float('inf') ** 0
float('nan') ** 0
1.0 ** float('nan')
float('nan') ** 1
2.0 ** float('inf')
0.5 ** float('inf')
2.0 ** float('-inf')
(-1.0) ** float('inf')
float('inf') ** -1
float('-inf') ** 3
float('-inf') ** 2
float('-inf') ** -3
0.0 ** 3
(-0.0) ** 3
(-0.0) ** 2
pow(2.0, 3)
pow(4, 0.5)
pow(2.0, 3, 5)
pow(2, 0.5, 5)
1 + 2.0
3 * 0.5
7 / 7
10 // 3.0
10 % 3.0
1e308 * 10
-1e308 * 10
float('inf') - float('inf')
float('inf') > 1e308
float('nan') == float('nan')
float('nan') != float('nan')
2.5 < 3
2.5 == 2.5
3.0 == 3
3.0 < 2 ** 70
1e30 > 10 ** 30
1e30 == 10 ** 30
float(10 ** 30) == 10 ** 30
1.0 > float('nan')
float('1.5')
float('  -2.25 ')
float('1e3')
float('1_000.5')
float('1__0')
float('inf')
float('-Infinity')
float('nAn')
float('1e500')
float('-1e-500')
float('abc')
float('')
float('1.5x')
float('\u0661.\u0665')
float(b'1.5')
float(b'abc')
float(bytearray(b'2'))
float([])
float(None)
float(7)
float(2 ** 60)
float(10 ** 400)
float(True)
float(FloatLike())
float(F(1.5))
type(float(F(1.5)))
F(2.5)
type(F(2.5) + 1)
float(x=1)
float(1.5, 2)
float()
float.fromhex('0x1.8p1')
float.fromhex('1.8p1')
float.fromhex(' -0x1p-1074 ')
float.fromhex('0x1p-1080')
float.fromhex('0x1p1024')
float.fromhex('zz')
float.fromhex('inf')
float.fromhex('-Infinity')
float.fromhex('0x.8')
float.fromhex('0x1.p0')
float.fromhex('0x1p')
float.fromhex(1)
(1.5).hex()
(0.0).hex()
(-0.0).hex()
(-0.1).hex()
float('inf').hex()
(5e-324).hex()
(1e308).hex()
(2.5).as_integer_ratio()
(0.1).as_integer_ratio()
(-0.75).as_integer_ratio()
(1e300).as_integer_ratio()
float('inf').as_integer_ratio()
float('nan').as_integer_ratio()
(-0.0).as_integer_ratio()
(0.75).is_integer()
(3.0).is_integer()
float('inf').is_integer()
(1.5).is_integer(1)
(2.5).__round__()
(2.5).__round__(None)
(3.5).__round__()
(2.675).__round__(2)
(1e300).__round__(-400)
(1.5).__round__(2 ** 70)
(1.5).__round__(-2 ** 70)
(1.5).__round__(1, 2)
(1e308).__round__(-308)
round(1.7976931348623157e308, -308)
round(float('inf'))
round(float('nan'))
round(float('inf'), 2)
round(0.5)
round(1.5)
round(-0.5)
round(-1.5)
round(2.675, 2)
round(1.005, 2)
round(123.456, 1)
round(123.456, -1)
round(-123.456)
round(2.5, 0)
round(-0.4, 0)
(1.5).__trunc__()
(-1.5).__floor__()
(-1.5).__ceil__()
(1e300).__floor__()
float('inf').__floor__()
(1.5).conjugate()
(1.5).real
(1.5).imag
(1.5).__getnewargs__()
(1.5).__sizeof__()
sys.getsizeof(1.5)
sys.getsizeof(F(1.5))
hash(1.5)
hash(-1.0)
hash(0.0)
hash(-0.0)
hash(1e300)
hash(float('inf'))
hash(float('-inf'))
hash(2.0) == hash(2)
hash(0.1)
repr(0.1)
repr(1e16)
repr(1.5e16)
repr(123456789012345678.0)
repr(2.5e-10)
repr(1 / 7)
repr(5e-324)
repr(1.7976931348623157e308)
str(1e-5)
f'{3.14159265:.2f}'
f'{3.14159265:10.3f}|'
f'{3.14159265:e}'
f'{3.14159265:g}'
f'{1234567.891:,.2f}'
f'{0.5:%}'
f'{0.125:.1%}'
f'{1e20:g}'
format(2.5, '.0f')
format(-0.0, '.1f')
format(1.5, 'd')
format(F(1.5), '')
(5.0).__format__(1)
(5.0).__format__()
sum([0.1] * 10)
sum([1, 2.5, 3])
sum([1e100, 1.0, -1e100, 1.0])
sum([2 ** 62, 2 ** 62, 0.5])
complex(1, 2)
1j
-1j
(-0-1j)
complex(0.0, -0.0)
complex(-0.0, 0)
(1.5 + 0j)
complex(1e20, 1e-5)
complex(float('inf'), float('nan'))
abs(3 + 4j)
abs(complex(1e308, 1e308))
abs(complex(float('inf'), float('nan')))
(1 + 2j) * (3 - 1j)
(1 + 2j) / (3 - 1j)
(1 + 2j) / 0
(1 + 2j) ** 2
(1 + 2j) ** -1
(1 + 2j) ** 0.5
0j ** -1
0j ** 1j
0j ** 0
(1e200 + 1e200j) ** 50
(1 + 1j) ** 100
(1 + 1j) ** 101
(1 + 1j) ** (2 ** 70)
2 ** (1j)
1.5 ** (1 + 1j)
pow(1j, 2, 3)
(1 + 2j) // 2
divmod(1j, 2)
1j < 2j
1j == 1j
(1 + 0j) == 1
(1 + 0j) == 1.0
(1 + 1j) == 1
hash(1 + 0j)
hash(1j)
hash(2 + 3j)
complex('1+2j')
complex(' (1-2.5j) ')
complex('j')
complex('-j')
complex('1e3')
complex('1+2J')
complex('infj')
complex('nan+nanj')
complex('1_0j')
complex('1-j')
complex('abc')
complex('')
complex('1+')
complex('(1')
complex('1+2j', 1)
complex(1, '2')
complex([])
complex(1, [])
complex(1j, 1j)
complex(True)
complex()
complex(real=1, imag=2)
complex(1, 2, 3)
(1 + 2j).conjugate()
(1 + 2j).real
(1 + 2j).imag
sys.getsizeof(1j)
bool(0j)
-(1 + 2j)
+(1 + 2j)
1 - (1 + 2j)
1 / (1j)
format(1 + 2j)
str(1 + 2j)
int(1j)
float(1j)
''',
    "builtins": r'''
len([1, 2, 3])
len('héllo')
len(1)
len()
len(1, 2)
len(x=1)
abs(-3.5)
abs('a')
abs()
min(3, 1, 2)
max([4, 9, 2])
min('bca')
max([1, 2, 3], key=lambda v: -v)
max(1, 2, key=lambda v: -v)
max([], default=7)
max([], key=None, default=None)
min([])
max([])
max([], key=None)
max(1)
max()
max(x=1)
min(x=1, y=2)
max(1, 2, default=3)
max(1, 2, key=1)
max([], key=None, default=1, x=1)
max(1, key=1, x=2)
max([1, 'a'])
max(1, 2.5)
min(1.0, 1)
sum([1, 2, 3])
sum([], 0.0)
sum([1], start=2.0)
sum([[1], [2]], [])
sum([True, True])
type(sum([True]))
sum([1.5, True])
sum(range(101))
sum([2 ** 63, 1])
sum([9223372036854775807, 1])
sum([], 2 ** 70)
sum(['a'])
sum([1], 'a')
sum([1], b'')
sum([1], bytearray())
sum()
sum(1, 2, 3)
sum([], start=1, x=1)
sum([], iterable=1)
sum([], 1, x=1)
sum(iterable=[])
sorted([3, 1, 2])
sorted([3, 1, 2], reverse=True)
sorted('bca')
sorted([3, 1, 2], key=lambda v: -v)
sorted([], reverse=1.5)
sorted([], reverse='a')
sorted([], reverse=None)
sorted([], key=1)
sorted([1, 2], key=1)
sorted(1)
sorted([1, 'a'])
sorted([], 1)
sorted()
sorted(iterable=[])
sorted([], x=1)
sorted([], key=None, reverse=False, x=1)
any([0, 1])
any([])
all([])
all([1, 0])
any(1)
any()
all(1, 2)
divmod(17, 5)
divmod(-7.5, 2)
divmod(2 ** 70, 3)
divmod('a', 1)
divmod(1, 'a')
divmod(D(), 1)
divmod(1, D())
divmod(1)
divmod(x=1)
divmod(1, 2, x=1)
pow(3, 4)
pow(3, 4, 5)
pow(2.0, 3)
pow('a', 2)
pow(1)
pow(1, 2, 3, 4)
pow(base=1)
pow(base=2, exp=3)
pow(1, 2, base=1)
pow(1, exp=2, base=3)
round(2.5)
round(3.14159, 2)
round(7)
round(7, None)
round(D())
round(D(), 3)
round('a')
round(1.5, 'a')
round(1, 1.5)
round()
round(number=1.5, ndigits=1)
round(number=1.5, ndigits=1, x=1)
round(1, number=2)
chr(65)
chr(233)
chr(0x1F600)
chr('a')
chr(-1)
chr(0x110000)
chr(2 ** 70)
chr(1.5)
chr()
ord('a')
ord('é')
ord('\U0001F600')
ord(b'a')
ord(bytearray(b'z'))
ord(1)
ord('ab')
ord('')
ord(b'ab')
ord()
ord(1, 2)
hex(255)
oct(8)
bin(5)
hex()
isinstance(1, int)
isinstance(True, int)
isinstance(1, (str, (float, int)))
isinstance(1, 1)
isinstance(1)
issubclass(bool, int)
issubclass(bool, (str, int))
issubclass(1, int)
issubclass(int, 1)
hasattr(a, 'x')
hasattr(a, 'y')
hasattr(1)
hasattr(1, 2)
getattr(a, 'x')
getattr(a, 'y', 5)
getattr(a, 'y')
getattr(1, 'zz')
getattr(1, 2)
getattr(1)
getattr(1, 'a', 2, 3)
getattr(1, 'a', x=1)
setattr(a, 'z', 3)
setattr(1, 2, 3)
setattr(1, 2)
delattr(a, 'nope')
delattr(1, 2)
delattr(1)
hash(1) == hash(1.0)
hash([])
hash()
callable(len)
callable(A)
callable(a)
callable(1)
callable()
vars(a)
vars(1)
vars(1, 2)
dir(a)[-1]
'append' in dir([])
dir(1, 2)
repr('a')
repr(1, x=2)
repr()
ascii('é')
ascii([1, 'ü'])
format(1.5)
format(1.5, '')
format('a', '5')
format(255, '#x')
format(1, 2)
format('a', 'd')
format([], 'x')
format([], '')
format()
format(1, 2, 3)
format(x=1)
iter([1, 2]).__next__()
iter(1)
iter(1, 2)
iter()
iter(1, 2, 3)
iter(x=1)
next(iter([1]))
next(iter([]), 'd')
next(iter([]))
next(1)
next([])
next()
next(1, 2, 3)
next(x=1)
list(iter(iter([1, 2, 3, 0, 4]).__next__, 0))
input(1, 2)
exit(3)
exit()
quit('bye')
print(x=1)
print(sep=1)
print(end=1)
print(file=1)
print(1, sep=' ', x=1, y=2)
print(x=1, sep=1)
type(globals())
'__name__' in globals()
globals()['__name__']
type(print)
len.__name__
type(abs)
''',
    "args": r'''
[].append()
[].append(1, 2)
[].append(x=1)
{}.get()
{}.get(1, 2, 3)
{}.get(key=1)
'a'.split(1, 2, 3)
'a'.split(x=1)
[].pop(1, 2)
[].pop(x=1)
[].sort(1)
[].sort(x=1)
[].index()
[].insert(1)
[].copy(1)
[].clear(x=1)
'a'.upper(1)
'a'.upper(x=1)
sys.getsizeof()
sys.getsizeof(1, 2, 3)
sys.getsizeof(1, x=1)
sys.getsizeof(x=1)
sys.getsizeof(1, default=2, x=3)
sys.getsizeof(1, default=5)
sys.getrefcount()
sys.getrefcount(1, 2)
sys.getrefcount(1, x=1)
sys.exit(1, 2)
sys.exit(x=1)
sys.exit(1, 2, x=1)
sys.exit()
sys.exit(None)
sys.exit(3)
sys.exit('msg')
sys.exit((1, 2))
sys.intern()
sys.intern(1)
sys.intern(x=1)
sys.intern('x' * 3) is sys.intern('xxx')
sys.setrecursionlimit()
sys.setrecursionlimit(0)
sys.setrecursionlimit('a')
sys.setrecursionlimit(1.5)
sys.setrecursionlimit(2 ** 40)
sys.getrecursionlimit()
sys.getrecursionlimit(1)
sys.set_int_max_str_digits(5)
sys.set_int_max_str_digits(-1)
sys.set_int_max_str_digits()
sys.set_int_max_str_digits(x=5)
sys.get_int_max_str_digits()
sys.getdefaultencoding()
sys.exc_info()
sys.exception()
sys.maxsize
sys.byteorder
sys.float_repr_style
sys.hexversion
sys.version[:6]
sys.version_info[:3]
sys.stdout.write(1)
sys.stdout.write()
sys.stdout.flush(1)
sys.stdout.flush()
repr(sys.stdout)
repr(sys.stderr)
sys.stdout.name
sys.stdout.mode
sys.stdout.encoding
sys.stdout.closed
sys.stdout.isatty()
type(sys.stdout).__name__
sys._getframe(1000)
sys.modules['sys'] is sys
type(sys.argv)
'''
}

def evaluate(env, expr):
    try:
        value = eval(expr, env)
    except BaseException as e:  # noqa: BLE001 - SystemExit too
        message = str(e)
        return type(e).__name__ + (": " + message if message else "")
    return repr(value)


def cxx_string(s):
    assert ")hs\"" not in s
    return 'R"hs(' + s + ')hs"'


def main():
    for group, text in CASES.items():
        exprs = [line for line in text.strip("\n").split("\n") if line.strip()]
        # One namespace per group, as the test runs the cases in order in one program.
        env = {'__name__': '__main__'}
        exec(SETUP[group], env)
        lines = [
            "// Generated by builtins_cases_gen.py from CPython %s: do not edit." % sys.version.split()[0],
            "// Each expression's repr, or \"ExceptionType: message\", as CPython 3.11.7 gives it.",
            '#include "builtins_test_support.h"',
            "",
            "namespace hs::test {",
            "",
            "const ExprCaseTable %s_expr_cases = {" % group,
            "    %s," % cxx_string(SETUP[group]),
            "    {",
        ]
        for expr in exprs:
            lines.append("        {%s, %s}," % (cxx_string(expr), cxx_string(evaluate(env, expr))))
        lines += ["    },", "};", "", "} // namespace hs::test", ""]
        path = os.path.join(HERE, "%s_expr_cases.cpp" % group)
        with open(path, "w") as f:
            f.write("\n".join(lines))
        print("wrote", path, len(exprs), "cases")


if __name__ == "__main__":
    main()
