# while loops with else, break and continue.
i = 0
total = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    total += i
print("total", total)
n = 0
while n < 5:
    n += 1
else:
    print("else ran, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never")
print("broke at", n)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
k = 3
while k:
    k -= 1
    print("k", k)
