# Realistic: a bank with account types, transactions, custom exceptions, auditing and rollback.
import itertools


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} has {account.balance}, needs {amount}")
        self.account = account
        self.amount = amount


class AccountFrozen(BankError):
    pass


class LimitExceeded(BankError):
    pass


class Transaction:
    _ids = itertools.count(1)

    def __init__(self, kind, amount, memo=""):
        self.id = next(Transaction._ids)
        self.kind, self.amount, self.memo = kind, amount, memo

    def __repr__(self):
        return f"#{self.id} {self.kind:<8} {self.amount:>8.2f} {self.memo}"


class Account:
    _numbers = itertools.count(1000)
    interest_rate = 0.0

    def __init__(self, owner, opening=0.0):
        self.number = next(Account._numbers)
        self.owner = owner
        self._balance = 0.0
        self.frozen = False
        self.transactions = []
        if opening:
            self.deposit(opening, "opening")

    @property
    def balance(self):
        return round(self._balance, 2)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount, memo=""):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.transactions.append(Transaction("deposit", amount, memo))

    def can_withdraw(self, amount):
        return amount <= self._balance

    def withdraw(self, amount, memo=""):
        self._check()
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.transactions.append(Transaction("withdraw", amount, memo))

    def apply_interest(self):
        gained = round(self._balance * self.interest_rate, 2)
        if gained:
            self.deposit(gained, "interest")
        return gained

    def __repr__(self):
        return f"{type(self).__name__}({self.number}, {self.owner}, {self.balance:.2f})"


class Savings(Account):
    interest_rate = 0.02
    max_withdrawals = 2

    def withdraw(self, amount, memo=""):
        if len([t for t in self.transactions if t.kind == "withdraw"]) >= self.max_withdrawals:
            raise LimitExceeded(f"savings {self.number}: withdrawal limit reached")
        super().withdraw(amount, memo)


class Checking(Account):
    def __init__(self, owner, opening=0.0, overdraft=100.0):
        self.overdraft = overdraft
        super().__init__(owner, opening)

    def can_withdraw(self, amount):
        return amount <= self._balance + self.overdraft


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = []

    def open(self, kind, owner, *args, **kw):
        acct = kind(owner, *args, **kw)
        self.accounts[acct.number] = acct
        self.log.append(f"open {acct!r}")
        return acct

    def transfer(self, src, dst, amount):
        snapshot = (src._balance, len(src.transactions), dst._balance, len(dst.transactions))
        try:
            src.withdraw(amount, f"to {dst.number}")
            dst.deposit(amount, f"from {src.number}")
        except BankError as e:
            src._balance, n1, dst._balance, n2 = snapshot[0], snapshot[1], snapshot[2], snapshot[3]
            del src.transactions[n1:], dst.transactions[n2:]
            self.log.append(f"transfer failed: {type(e).__name__}")
            raise
        else:
            self.log.append(f"transfer {amount} {src.number}->{dst.number}")
        finally:
            self.log.append("transfer attempted")

    def month_end(self):
        return {n: a.apply_interest() for n, a in sorted(self.accounts.items())}

    def total(self):
        return round(sum([a.balance for a in self.accounts.values()]), 2)


bank = Bank("First Compiled")
alice = bank.open(Checking, "alice", 50, overdraft=25)
bob = bank.open(Savings, "bob", 1000)
carol = bank.open(Account, "carol")
print(bank.accounts)

attempts = [(alice, bob, 60), (alice, bob, 30), (bob, carol, 100), (bob, carol, 100), (bob, alice, 1),
            (carol, alice, 500)]
for src, dst, amt in attempts:
    try:
        bank.transfer(src, dst, amt)
        print(f"ok   {src.owner}->{dst.owner} {amt}: {src.balance} / {dst.balance}")
    except InsufficientFunds as e:
        print(f"FAIL {e} (needs {e.amount})")
    except BankError as e:
        print(f"FAIL {type(e).__name__}: {e}")

carol.frozen = True
for action in (lambda: carol.deposit(5), lambda: bank.transfer(alice, carol, 1), lambda: alice.deposit(-3)):
    try:
        action()
    except (BankError, ValueError) as e:
        print("refused:", type(e).__name__, e)
carol.frozen = False

print(bank.month_end(), bank.total())
for acct in bank.accounts.values():
    print(acct)
    for t in acct.transactions:
        print("   ", t)
print(len(bank.log), bank.log[-4:])
print(isinstance(bob, Account), issubclass(Checking, Savings), Savings.interest_rate, Account.interest_rate)
