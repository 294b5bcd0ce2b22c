class A:
pass