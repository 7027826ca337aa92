# mote-args: -X heapsize=256K
# re: a match that needs more backtracking memory than the heap has raises MemoryError
# and leaves the runtime usable; repeats of one character need no such memory
import re

s = 'ab' * 20000 + 'c'
for i in range(2):
    try:
        print(re.match(r'(?:ab|ba)*c', s).span())
    except MemoryError:
        print('MemoryError')
print(re.match(r'(?:ab|ba)*c', 'ab' * 100 + 'c').span())
print(re.match(r'[ab]*c', s).span(), re.match('.*c', s).span(), re.match('(?:a|b)*c', s).span())
print(re.match('(?:[ab])+?c', s).span(), re.match('(?i:a|b)*c', s).span())
print(sum(1 for _ in re.finditer('ab', s)))
