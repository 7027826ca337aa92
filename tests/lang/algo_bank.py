# A small object-oriented simulation mixing classes, exceptions and dicts.
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner, amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)
bank = {name: Account(name, 100) for name in ["ann", "bob"]}
ops = [("ann", "deposit", 50), ("bob", "withdraw", 30), ("bob", "withdraw", 500),
       ("ann", "deposit", -5), ("ann", "withdraw", 150)]
for who, op, amt in ops:
    try:
        getattr(bank[who], op)(amt)
        print("ok", who, op, amt)
    except InsufficientFunds as e:
        print("insufficient", e.args)
    except ValueError as e:
        print("bad", e)
for name in sorted(bank):
    print(bank[name], bank[name].history)
