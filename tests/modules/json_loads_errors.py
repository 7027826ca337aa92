# json.loads errors: JSONDecodeError messages and positions as CPython reports them.
import json
bad = ['', ' ', '[', '{', ']', 'x', '-', '-x', '+1', '.5', '01', '1.', '1e', '1e+', '[1,]',
       '[1 2]', '[1,,2]', '{"a" 1}', '{"a":}', '{"a":1,}', '{1: 2}', "{'a': 1}", '{"a":1 "b":2}',
       '"abc', '"\\', '"\\x"', '"\\u12"', '"\\u12', '"\\u123x"', '"\\ud800\\u12x4"',
       '"a\nb"', '"a\x1fb"', 'nul', 'tru', 'NaN1', '[1] [2]', '1 2', 'true false', '[-]',
       '\ufeff[1]', '[1,\n 2,\n x]', '{\n  "a": 1\n  "b": 2\n}', '"\u00e9\u00e9" x', '["\U0001f600", x]',
       '[' * 10 + ']' * 9]
for s in bad:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
try:
    json.loads("[1, x]")
except ValueError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.args)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
e = json.JSONDecodeError("Custom", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.pos, e.msg)
for f in [lambda: json.loads(1), lambda: json.loads(None), lambda: json.loads([]),
          lambda: json.loads(b"\xff"), lambda: json.loads(), lambda: json.loads("1", "2"),
          lambda: json.loads("1", foo=1), lambda: json.loads("1e5000000000000000000" * 0 + "9" * 5000),
          lambda: json.loads('{"a": 1}', object_hook=lambda d: d["b"]),
          lambda: json.JSONDecodeError("m", "d")]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
