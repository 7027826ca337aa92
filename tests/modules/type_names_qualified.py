# Built-in types of modules print with their module, as CPython's tp_name; their
# __name__ and instance reprs use the short name.
import struct, collections, json, io, array, hashlib, time
class Foo: pass
print(Foo, struct.error, collections.OrderedDict, collections.deque, collections.defaultdict)
print(io.StringIO, io.BytesIO, array.array, json.JSONDecodeError, time.struct_time)
print(repr(collections.OrderedDict(a=1)), collections.deque([1]))
print(type(hashlib.sha256()))
print(struct.error.__name__, struct.error.__module__, collections.deque.__name__, collections.deque.__module__)
print(repr(struct.error("x")), repr(json.JSONDecodeError("m", "doc", 0))[:15])
print(int.__module__, io.StringIO.__name__, array.array.__qualname__)
try:
    hash(collections.deque())
except TypeError as e:
    print(e)
