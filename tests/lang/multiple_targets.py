# Chained assignment, assignment to subscripts/attributes, evaluation order.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {}
d["a"] = d["b"] = 0
print(d)
class O: pass
o = O()
o.p = o.q = "same"
print(o.p, o.q)
lst = [0, 1, 2]
i = 0
i = lst[i] = 2
print(i, lst)
order = []
def k(v):
    order.append(v)
    return v
t = {}
t[k("key")] = k("value")
print(order)
m, n = n2, m2 = 1, 2
print(m, n, n2, m2)
