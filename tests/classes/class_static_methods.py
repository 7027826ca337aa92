# classmethod and staticmethod, alternative constructors, calls via class and instance.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string("2024-02-29"), MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.how_many(), MyDate.how_many(), MyDate(1, 2, 3).how_many())
sm = Date.__dict__["is_leap"]
print(type(sm).__name__, type(Date.__dict__["from_string"]).__name__)
f = Date.from_string
print(f("2000-1-1"))
