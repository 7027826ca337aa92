# os: getenv, urandom, uname, sep, and the os.path string helpers.
import os

print(os.sep, os.path.sep)
print(os.getenv("MOTE_SURELY_UNSET_VAR"), os.getenv("MOTE_SURELY_UNSET_VAR", "dflt"))
print(os.getenv("PATH") is not None and len(os.getenv("PATH")) > 0)
for n in (0, 1, 16, 100):
    b = os.urandom(n)
    print(type(b).__name__, len(b))
u = os.uname()
print(len(u), u.sysname == u[0], u.machine == u[4], type(u.release).__name__, u.sysname)
print(tuple(u)[1:2] == (u.nodename,))
J = [("a",), ("a", "b"), ("a/", "b"), ("a", "/b", "c"), ("", "x"), ("a", ""), ("/", "x", "y/")]
for args in J:
    print(args, os.path.join(*args))
P = ["", "/", "a", "a/b", "/a/b/", "//a//b", "a/b.txt", ".bashrc", "a/.b.c", "x.tar.gz",
     "a.b/c", "..", "...x", "a/..", "/usr/lib//", "d/é.py"]
for p in P:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
print(os.path.exists("os_misc.py"), os.path.isfile("os_misc.py"), os.path.isdir("os_misc.py"))
print(os.path.exists("."), os.path.isdir("."), os.path.isfile("."), os.path.exists("nope.x"))
