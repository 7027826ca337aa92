# A data pipeline built from generator stages.
def read_lines():
    for line in ["# header", "alice,30,paris", "bob,x,rome", "", "carol,41,oslo", "dave,25,paris"]:
        yield line
def skip_comments(lines):
    for l in lines:
        if l and not l.startswith("#"):
            yield l
def parse(lines):
    for l in lines:
        name, age, city = l.split(",")
        try:
            yield name, int(age), city
        except ValueError:
            print("skipping bad age for", name)
def older_than(rows, n):
    return (r for r in rows if r[1] > n)
rows = list(parse(skip_comments(read_lines())))
print(rows)
print([r[0] for r in older_than(rows, 26)])
by_city = {}
for name, age, city in rows:
    by_city.setdefault(city, []).append(name)
print(sorted(by_city.items()))
print(sum(age for _, age, _ in rows) / len(rows))
