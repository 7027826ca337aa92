# Complex numbers: literals, arithmetic, attributes, repr, abs.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z, +z)
print(z + 1, z * 2, z * z, z / 2, (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 4j))
print(1j * 1j, 1j ** 2, complex(1, 2), complex(3), complex(), complex("1+2j"))
print(repr(1j), repr(-1j), repr(0j), repr(1 + 0j), repr(-0.5 + 2.5j), repr(complex(0, -0.0)))
print(z == 3 + 4j, z != 3, 2 + 0j == 2, (1 + 1j).imag, type(z).__name__)
print(complex(1.5, -2), abs(-2j), (2j).real)
try:
    z < z
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(hash(1 + 0j) == hash(1), {1 + 0j: "a"}[1])
