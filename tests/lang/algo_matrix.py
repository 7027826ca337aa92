# Matrix arithmetic with nested lists.
def mat_mul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
A = [[1, 2], [3, 4]]
B = [[5, 6], [7, 8]]
print(mat_mul(A, B))
print(transpose([[1, 2, 3], [4, 5, 6]]))
print(mat_mul(A, identity(2)) == A)
def mat_pow(m, n):
    r = identity(len(m))
    while n:
        if n & 1:
            r = mat_mul(r, m)
        m = mat_mul(m, m)
        n >>= 1
    return r
print(mat_pow([[1, 1], [1, 0]], 50)[0][1])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det(A))
for row in mat_mul([[0.5, 1.5], [2.0, -1.0]], B):
    print(row)
