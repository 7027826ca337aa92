# json.dump / json.load through objects with write / read, and deep nesting,
# which must raise RecursionError and leave the runtime usable.
import json

class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

sink = Sink()
print(json.dump({"a": [1, 2.5, None], "b": "\u00e9"}, sink))
print("".join(sink.parts))
sink = Sink()
json.dump([1, {"k": "v"}], sink, indent=2, sort_keys=True, ensure_ascii=False)
print("".join(sink.parts))
print(json.load(Source('{"x": [true, {"y": null}]}')))
print(json.load(Source(b'[1, 2]')), json.load(Source("[1.5]"), parse_float=str))
for f in [lambda: json.dump(1), lambda: json.dump(1, 2), lambda: json.load(3),
          lambda: json.load(Source("[")), lambda: json.dump(set(), Sink()),
          lambda: json.dump(1, Sink(), nope=1), lambda: json.load(Source("1"), nope=1)]:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

deep = "[" * 100000 + "]" * 100000
for s in [deep, '{"a":' * 100000 + "1" + "}" * 100000]:
    try:
        json.loads(s)
    except RecursionError:
        print("RecursionError on loads")
nested = []
for i in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError:
    print("RecursionError on dumps")
loop = []
loop.append(loop)
try:
    json.dumps(loop, check_circular=False)
except RecursionError:
    print("RecursionError without check_circular")
print(json.dumps(json.loads("[" * 50 + "]" * 50)) == "[" * 50 + "]" * 50)
print(json.loads('[[[[1]]]]'), json.dumps({"ok": True}))
