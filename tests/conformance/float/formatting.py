# Format specs for floats.
x = 3.14159265
print(f"{x:.2f}", f"{x:10.3f}|", f"{x:<10.1f}|", f"{x:e}", f"{x:.3e}", f"{x:g}")
print(f"{1234567.891:,.2f}", f"{0.5:%}", f"{0.125:.1%}", f"{x:+.1f}")
print(f"{1e20:g}", f"{1e-7:g}", f"{123456.0:g}", f"{1234567.0:g}")
print("%.3f %5.1f %e %g" % (x, x, x, x))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"))
