# os: OSError subclasses with errno, filename and CPython's messages; bad arguments.
import os

D = "/tmp/mote_os_errors_test"
if os.path.isdir(D + "/full"):
    for n in os.listdir(D + "/full"):
        os.remove(D + "/full/" + n)
    os.rmdir(D + "/full")
if os.path.isdir(D):
    os.rmdir(D)
os.mkdir(D)
os.mkdir(D + "/full")
os.close(os.open(D + "/full/f", os.O_WRONLY | os.O_CREAT, 0o644))
M = D + "/missing"
CASES = [
    lambda: os.stat(M), lambda: os.listdir(M), lambda: os.remove(M), lambda: os.unlink(M),
    lambda: os.rmdir(M), lambda: os.chdir(M), lambda: os.rename(M, D + "/x"),
    lambda: os.mkdir(D), lambda: os.rmdir(D + "/full"), lambda: os.listdir(D + "/full/f"),
    lambda: os.remove(D + "/full"), lambda: os.mkdir(M + "/a/b"), lambda: os.open(M, os.O_RDONLY),
    lambda: os.open(D + "/full/f", os.O_WRONLY | os.O_CREAT | os.O_EXCL),
    lambda: os.stat(1.5), lambda: os.listdir(3.0), lambda: os.remove(None), lambda: os.mkdir([]),
    lambda: os.rename(1, "a"), lambda: os.rename("a", None), lambda: os.chdir(None),
    lambda: os.stat("a\0b"), lambda: os.getenv(1), lambda: os.urandom(-1),
    lambda: os.write(1, "str"), lambda: os.path.join(1), lambda: os.path.join("a", 2),
    lambda: os.path.exists(None), lambda: os.path.basename(3),
]
for i, case in enumerate(CASES):
    try:
        print(i, "ok", case())
    except OSError as e:
        print(i, type(e).__name__, e.errno, e.strerror, e.filename == M, e)
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
os.remove(D + "/full/f")
os.rmdir(D + "/full")
os.rmdir(D)
print(os.path.exists(D))
