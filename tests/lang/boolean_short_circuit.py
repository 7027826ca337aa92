# and/or/not evaluate lazily and return operands.
def t(tag, v):
    print("eval", tag)
    return v
print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", 0) or t("c", 3))
print(t("a", "x") or t("b", "y"))
print(not t("a", []))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
vals = [None, 0, "", "text", [1]]
print([v or "default" for v in vals])
print([v and "set" for v in vals])
d = {}
print(d.get("k") or d.setdefault("k", "created"), d)
