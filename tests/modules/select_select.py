# select.select over a socket pair: readable and writable lists, a timeout that
# expires, the objects returned as given, and bad arguments.
import select
import socket

a, b = socket.socketpair()
print(select.select([a], [], [], 0))
r, w, x = select.select([a, b], [a], [], 0)
print(r, w == [a], x)
b.send(b"x")
r, w, x = select.select([a, b], [], [], 1)
print(r == [a], w, x)
r, w, x = select.select([a.fileno()], [], [], 1.5)
print(r == [a.fileno()])
print(a.recv(1))
try:
    select.select([], [], [], -1)
except ValueError as e:
    print("ValueError", e)
try:
    select.select(["x"], [], [])
except TypeError as e:
    print("TypeError", e)
a.close()
b.close()
