# json.loads: the JSON grammar, numbers, string escapes, hooks, bytes input.
import json
print(json.loads("null"), json.loads("true"), json.loads("false"), json.loads(" \t\n\r 7 \r\n"))
print(json.loads("0"), json.loads("-0"), json.loads("-12"), json.loads("123456789012345678901234567890"))
print(json.loads("1.5"), json.loads("-0.0"), json.loads("1e3"), json.loads("1E-2"), json.loads("2.5e+2"), json.loads("1e400"))
print(json.loads("0.1"), json.loads("3.141592653589793"), json.loads("5e-324"), json.loads("-1.7976931348623157e308"))
print(type(json.loads("1")).__name__, type(json.loads("1.0")).__name__, type(json.loads("1e0")).__name__)
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"), json.loads("[NaN]")[0] != json.loads("NaN"))
print(json.loads('""'), json.loads('"abc"'), json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')
print(json.loads('"\\u0041\\u00e9\\u20AC"'), json.loads('"\\ud83d\\ude00"') == "\U0001f600", len(json.loads('"\\ud83d\\ude00"')))
print(json.loads('"caf\u00e9 \u4e2d \U0001f600"'))
print(json.loads("[]"), json.loads("{}"), json.loads("[ ]"), json.loads("{ }"), json.loads(' [ 1 , [ 2 , [ ] ] , { } ] '))
print(json.loads('{"a": 1, "b": [true, false, null], "c": {"d": "e"}}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"": 0}'))
print(json.loads(b'{"x": [1, 2.5, "\xc3\xa9"]}'), json.loads(bytearray(b"[1]")), json.loads(b'\xef\xbb\xbf[2]'))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p))
print(json.loads('[1.5, 2, 3e1]', parse_float=lambda s: "F" + s, parse_int=lambda s: "I" + s))
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[1.5, 2]', parse_float=float, parse_int=int, object_hook=None))
print(json.loads('"a\tb"', strict=False), json.loads('["x\\u0000y"]') == ["x\x00y"])
doc = '{"name": "mote", "list": [1, 2, {"deep": [[[]]]}], "n": -1.25e-3}'
print(json.loads(doc) == {"name": "mote", "list": [1, 2, {"deep": [[[]]]}], "n": -0.00125})
for v in [0, -1, 2 ** 64, 1.0, 0.5, 1e-10, 1e300, "s\u00e9\n", [1, [2]], {"k": [None, True]}]:
    print(json.loads(json.dumps(v)) == v, json.loads(json.dumps(v, ensure_ascii=False)) == v)

class S(str):
    pass

print(json.loads(S('{"sub": [1]}')))
