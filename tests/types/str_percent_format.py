# printf-style % formatting.
print("%d %i %s %r" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %g %g" % (3.14159, 2.5, 1.0, -1.25, 12345.678, 0.00012, 1e-5, 123456789.0, 0.5))
print("%c%c %%" % (65, "b"))
print("%s and %s" % ("a", [1, 2]), "%s" % (("tuple",),), "%s" % None)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*s|%.*f" % (5, 1, 4, "ab", 2, 3.14159))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%d" % 3.99, "%s" % 3.0, "%r" % 1.5, "%i" % True, "%x" % -255)
for bad in [("%d", "s"), ("%d %d", (1,)), ("%s", (1, 2))]:
    try:
        print(bad[0] % bad[1])
    except TypeError as e:
        print("TypeError", e)
print("%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"), "%.0f %.1f" % (2.5, 0.05))
