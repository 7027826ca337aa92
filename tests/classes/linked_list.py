# A linked list class with iteration, len, indexing, repr, reversal and equality.
class Node:
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __eq__(self, other):
        return list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, list(ll))
ll.reverse()
print(ll, ll == LinkedList([3, 2, 1, 0]), ll == [3, 2, 1, 0], sum(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
print(LinkedList(), len(LinkedList("ab")), sorted(LinkedList([5, 3, 4])))
