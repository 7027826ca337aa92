# input() with no standard input raises EOFError (the runner gives both an empty stdin).
print("asking")
try:
    line = input()
    print("got", repr(line))
except EOFError:
    print("EOFError")
try:
    input("prompt: ")
except EOFError:
    print("EOFError again")
