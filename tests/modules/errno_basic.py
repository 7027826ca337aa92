# errno: the constants have Linux's values and errorcode maps each number to its name
import errno

names = ["EPERM", "ENOENT", "EIO", "E2BIG", "EBADF", "EAGAIN", "ENOMEM", "EACCES",
         "EEXIST", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC", "EPIPE", "EDOM",
         "ERANGE", "ENOTSUP", "EADDRINUSE", "ECONNRESET", "ENOTCONN", "ETIMEDOUT",
         "ECONNREFUSED", "EHOSTUNREACH", "EALREADY", "EINPROGRESS", "EINTR", "ENOSYS"]
for name in names:
    value = getattr(errno, name)
    print(name, value, errno.errorcode[value], errno.errorcode[value] == name)

# Second names for a number: errorcode gives the first one, as CPython on Linux.
print(errno.EWOULDBLOCK, errno.errorcode[errno.EWOULDBLOCK])
print(errno.EOPNOTSUPP, errno.errorcode[errno.EOPNOTSUPP])
print(errno.EDEADLK, errno.errorcode[errno.EDEADLK])

print(type(errno.errorcode).__name__, 2 in errno.errorcode, 9999 in errno.errorcode)
print(errno.errorcode.get(9999, "none"), errno.errorcode.get(17))
try:
    errno.errorcode[9999]
except KeyError as e:
    print("KeyError", e)
try:
    errno.ENOTANERROR
except AttributeError as e:
    print("AttributeError", e)

# The values are what OSError carries.
e = OSError(errno.ENOENT, "No such file or directory")
print(e.errno == errno.ENOENT, errno.errorcode[e.errno], e)
