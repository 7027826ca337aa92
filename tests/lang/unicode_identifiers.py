# Non-ASCII identifiers for variables, functions, classes and attributes.
π = 3.14159
def größe(x):
    return x * 2
class Café:
    naïve = "oui"
    def __init__(self):
        self.ñ = "eñe"
print(π, größe(21), Café.naïve, Café().ñ, type(Café()).__name__)
données = {"clé": "valeur"}
print(données["clé"], "données" in dir())
