# A small bank simulation built from closures and dicts: accounts are dicts of closures
# sharing private state, a ledger records every transaction, and failures use custom
# exceptions. Interest is computed with decimal for exact cents.
from decimal import Decimal, ROUND_HALF_EVEN

InsufficientFunds = type("InsufficientFunds", (Exception,), {})
AccountFrozen = type("AccountFrozen", (Exception,), {})

ledger = []
_next_id = 0


def cents(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def open_account(owner, opening=0, overdraft=0):
    global _next_id
    _next_id += 1
    number = f"ACC-{_next_id:04d}"
    balance = cents(opening)
    frozen = False
    history = []

    def record(kind, amount):
        entry = (len(ledger) + 1, number, kind, amount, balance)
        ledger.append(entry)
        history.append(entry)

    def check():
        if frozen:
            raise AccountFrozen(f"{number} is frozen")

    def deposit(amount):
        nonlocal balance
        check()
        amount = cents(amount)
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        balance += amount
        record("deposit", amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        check()
        amount = cents(amount)
        if balance - amount < -overdraft:
            raise InsufficientFunds(f"{owner} has {balance}, needs {amount}")
        balance -= amount
        record("withdraw", amount)
        return balance

    def freeze(flag=True):
        nonlocal frozen
        frozen = flag

    def add_interest(rate):
        nonlocal balance
        if balance > 0:
            interest = cents(balance * Decimal(rate))
            balance += interest
            record("interest", interest)

    record("open", balance)
    return {
        "number": number,
        "owner": owner,
        "deposit": deposit,
        "withdraw": withdraw,
        "freeze": freeze,
        "interest": add_interest,
        "balance": lambda: balance,
        "history": lambda: list(history),
    }


def transfer(src, dst, amount):
    try:
        src["withdraw"](amount)
    except (InsufficientFunds, AccountFrozen) as e:
        print(f"  transfer {src['number']} -> {dst['number']} of {amount} refused: "
              f"{type(e).__name__}: {e}")
        return False
    try:
        dst["deposit"](amount)
    except AccountFrozen as e:
        src["deposit"](amount)  # roll back
        print(f"  transfer rolled back: {e}")
        return False
    return True


bank = {name: open_account(name, start, od) for name, start, od in
        [("alice", "100.00", 0), ("bob", "20.50", 50), ("carol", 0, 0)]}

ops = [
    ("alice", "deposit", "25.125"),
    ("bob", "withdraw", "60"),
    ("bob", "withdraw", "20"),
    ("carol", "deposit", "-5"),
    ("carol", "deposit", "0.005"),
]
for who, op, amount in ops:
    try:
        result = bank[who][op](amount)
        print(f"{who:>6} {op:<8} {amount:>7} -> balance {result}")
    except (InsufficientFunds, ValueError) as e:
        print(f"{who:>6} {op:<8} {amount:>7} -> {type(e).__name__}: {e}")

print("transfers:")
print(" ", transfer(bank["alice"], bank["carol"], "30"))
print(" ", transfer(bank["carol"], bank["bob"], "100"))
bank["bob"]["freeze"]()
print(" ", transfer(bank["alice"], bank["bob"], "10"))
bank["bob"]["freeze"](False)
for acct in bank.values():
    acct["interest"]("0.015")

print("\nledger:")
for seq, number, kind, amount, bal in ledger:
    print(f"  #{seq:02d} {number} {kind:<9}{amount:>9} {bal:>9}")
print("\nbalances:")
total = Decimal(0)
for name in sorted(bank):
    b = bank[name]["balance"]()
    total += b
    print(f"  {name:<6} {b:>8}  ({len(bank[name]['history']())} entries)")
print("  total ", total)
print(bank["alice"]["deposit"].__qualname__, bank["alice"]["deposit"].__code__.co_freevars)
