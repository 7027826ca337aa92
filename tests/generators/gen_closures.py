# Generators closing over variables and generators defined in methods.
def make_gen(prefix):
    count = [0]
    def gen(n):
        for i in range(n):
            count[0] += 1
            yield prefix + str(i)
    return gen, count
gen, count = make_gen("p")
print(list(gen(3)), list(gen(2)), count)
class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
    def leaves(self):
        if not self.kids:
            yield self.v
        for k in self.kids:
            yield from k.leaves()
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5), Tree(6)))
print(list(t.walk()), list(t.leaves()), sum(t.walk()))
def outer():
    x = 1
    def g():
        nonlocal x
        while x < 50:
            x *= 3
            yield x
    return g, lambda: x
g, peek = outer()
print(list(g()), peek())
