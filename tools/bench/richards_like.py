# Objects: method calls, attribute access, inheritance (in the spirit of richards).
import sys

# The work scales with the first argument (1 = the benchmark, smaller for callgrind).
SCALE = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
class Task:
    def __init__(self, ident, prio):
        self.ident = ident
        self.prio = prio
        self.count = 0
        self.next = None

    def run(self, packet):
        self.count += 1
        return packet + self.prio

class Worker(Task):
    def run(self, packet):
        v = Task.run(self, packet)
        return v * 2 % 9973

class Device(Task):
    def __init__(self, ident, prio):
        super().__init__(ident, prio)
        self.pending = []

    def run(self, packet):
        self.pending.append(packet)
        if len(self.pending) > 4:
            packet = sum(self.pending)
            self.pending.clear()
        return Task.run(self, packet) % 9973

class Scheduler:
    def __init__(self):
        self.tasks = []
        for i in range(10):
            cls = (Task, Worker, Device)[i % 3]
            self.tasks.append(cls(i, i * 7 % 11))
        for a, b in zip(self.tasks, self.tasks[1:]):
            a.next = b

    def schedule(self, rounds):
        packet = 1
        for _ in range(rounds):
            t = self.tasks[0]
            while t is not None:
                packet = t.run(packet)
                t = t.next
        return packet, sum(t.count for t in self.tasks)

print(Scheduler().schedule(int(120000 * SCALE)))
