# eval and exec with and without explicit global/local dicts.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
g = {"a": 5}
exec("b = a * 2\ndef f(v):\n    return v + b\n", g)
print(g["b"], g["f"](1), sorted(k for k in g if k != "__builtins__"))
x = 10
exec("x = 99")
print(x)
ns = {}
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
print(eval("len('abc')"), eval("  7  "), eval("(lambda q: q * q)(9)"))
l = {}
exec("y = 3", {}, l)
print(l)
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    eval("undefined_thing")
except NameError as e:
    print("NameError", e)
code = "total = 0\nfor i in range(5):\n    total += i\n"
env = {}
exec(code, env)
print(env["total"])
print(eval("a + 1", {"a": 1}, {"a": 100}))
