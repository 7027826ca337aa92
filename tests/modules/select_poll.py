# select.poll: register/modify/unregister by file object or descriptor, readiness of a
# socket pair as data comes and goes, a closed peer (POLLHUP or POLLIN at EOF),
# timeouts, and the errors for unknown or bad registrations.
import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
print(p.poll(0))
b.send(b"hi")
print(p.poll(1000) == [(a.fileno(), select.POLLIN)])
print(a.recv(10))
print(p.poll(0))
p.modify(a, select.POLLIN | select.POLLOUT)
print(p.poll(0) == [(a.fileno(), select.POLLOUT)])
p.register(a.fileno(), select.POLLOUT)  # the same descriptor: a modify
print(len(p.poll(0)))
p.modify(a, select.POLLIN)
b.close()
ev = p.poll(1000)[0][1]
print(bool(ev & (select.POLLIN | select.POLLHUP)), a.recv(10))
p.unregister(a.fileno())
print(p.poll(0))
for bad in (lambda: p.unregister(a), lambda: p.modify(a, 1)):
    try:
        bad()
    except (KeyError, OSError) as e:
        print(type(e).__name__)
for bad in ("x", -3, 3.5):
    try:
        p.register(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
a.close()
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP,
      select.POLLNVAL)
