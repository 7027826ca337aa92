# json.dumps: scalars, containers, float repr, big ints, string escaping.
import json
print(json.dumps(None), json.dumps(True), json.dumps(False), json.dumps(0), json.dumps(-17))
print(json.dumps(2 ** 100), json.dumps(-(3 ** 70)))
print(json.dumps(1.5), json.dumps(0.1), json.dumps(-0.0), json.dumps(1e22), json.dumps(1e-7), json.dumps(3.0))
print(json.dumps(float('nan')), json.dumps(float('inf')), json.dumps(float('-inf')))
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}, []]))
print(json.dumps([1, "a", None, [2, (3, 4)], {"k": False}]))
print(json.dumps({"a": 1, "b": [1, 2], "c": {"d": None}}))
print(json.dumps("plain"), json.dumps(""), json.dumps('q"b\\s/'))
print(json.dumps("\n\r\t\b\f\x00\x1f\x7f"))
print(json.dumps("caf\xe9 \u20ac \U0001f600 \u4e2d"))
print(json.dumps("caf\xe9 \u20ac \U0001f600 \u4e2d", ensure_ascii=False))
print(json.dumps("\n\x01\x7f\"\\", ensure_ascii=False))
print(json.dumps({"\u00e9": "\U00010000"}), json.dumps({"\u00e9": "\U0010ffff"}, ensure_ascii=False))
# dict keys of other types become strings
print(json.dumps({1: "i", 2.5: "f", True: "t", False: "f2", None: "n", -7: 0}))
print(json.dumps({float('inf'): 1, float('nan'): 2, 10 ** 20: 3}))

class MyInt(int):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyStr("s"), MyList([1, 2]), MyDict(a=1), 2.0]))
print(json.dumps({MyStr("k"): MyInt(3)}))
print(json.dumps(list(range(5))), json.dumps([1.0, 2.25, 1e100, 123456789.125]))
