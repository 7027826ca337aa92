# A hand-written JSON-style serializer and parser round trip.
def dump(v, indent=0):
    pad = "  " * indent
    if v is None:
        return "null"
    if v is True or v is False:
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(v, (list, tuple)):
        if not v:
            return "[]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, dict):
        items = [pad + "  " + dump(str(k)) + ": " + dump(v[k], indent + 1) for k in v]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"
    raise TypeError("cannot serialize " + type(v).__name__)
data = {"name": "mote", "version": [0, 1], "tags": ["a\"b", "c\nd"], "ok": True, "none": None,
        "nested": {"pi": 3.14159, "empty": [], "e": {}}, "big": 2 ** 70}
text = dump(data)
print(text)
print(len(text), text.count("\n"))
try:
    dump({1, 2})
except TypeError as e:
    print("TypeError", e)
