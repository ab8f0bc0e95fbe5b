# A ticket workflow state machine using enum's functional API (Enum, IntEnum, Flag, auto via
# names), a transition table keyed by members, permission flags combined with |, member
# lookup by name/value, iteration order, and pickling of members; invalid transitions raise a
# custom exception. The history is printed at the end.
import enum
import pickle

State = enum.Enum("State", ["NEW", "TRIAGED", "IN_PROGRESS", "REVIEW", "DONE", "WONTFIX"])
Priority = enum.IntEnum("Priority", {"LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4})
Perm = enum.Flag("Perm", ["READ", "COMMENT", "EDIT", "CLOSE"])
Color = enum.Enum("Color", "RED GREEN BLUE", start=10)

InvalidTransition = type("InvalidTransition", (Exception,), {})

TRANSITIONS = {
    State.NEW: {State.TRIAGED, State.WONTFIX},
    State.TRIAGED: {State.IN_PROGRESS, State.WONTFIX},
    State.IN_PROGRESS: {State.REVIEW, State.TRIAGED},
    State.REVIEW: {State.DONE, State.IN_PROGRESS},
    State.DONE: set(),
    State.WONTFIX: {State.NEW},
}
REQUIRED = {State.DONE: Perm.CLOSE, State.WONTFIX: Perm.CLOSE}
ROLES = {
    "viewer": Perm.READ,
    "reporter": Perm.READ | Perm.COMMENT,
    "dev": Perm.READ | Perm.COMMENT | Perm.EDIT,
    "lead": Perm.READ | Perm.COMMENT | Perm.EDIT | Perm.CLOSE,
}


def make_ticket(title, priority):
    return {"title": title, "state": State.NEW, "priority": Priority[priority], "history": []}


def move(ticket, target, role):
    perms = ROLES[role]
    current = ticket["state"]
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted([s.name for s in TRANSITIONS[current]])) or "nothing"
        raise InvalidTransition(f"{current.name} -> {target.name} not allowed (allowed: {allowed})")
    needed = REQUIRED.get(target, Perm.EDIT)
    if needed not in perms:
        raise PermissionError(f"{role} lacks {needed.name} for {target.name}")
    ticket["history"].append((current.name, target.name, role))
    ticket["state"] = target


t = make_ticket("crash on startup", "HIGH")
script = [(State.TRIAGED, "dev"), (State.DONE, "dev"), (State.IN_PROGRESS, "viewer"),
          (State.IN_PROGRESS, "dev"), (State.REVIEW, "dev"), (State.DONE, "dev"), (State.DONE, "lead"),
          (State.NEW, "lead")]
for target, role in script:
    try:
        move(t, target, role)
        print(f"{role:>6}: now {t['state']}")
    except (InvalidTransition, PermissionError) as e:
        print(f"{role:>6}: {type(e).__name__}: {e}")
print("history:", t["history"])

print("members:", [s.name for s in State], State(3), State["REVIEW"].value, len(State))
print("priority:", t["priority"], int(t["priority"]), t["priority"] > Priority.MEDIUM,
      sorted([Priority.CRITICAL, Priority.LOW, 2]), Priority(4).name)
print("repr:", repr(State.DONE), repr(Priority.LOW), str(Color.GREEN), Color.BLUE.value)
lead = ROLES["lead"]
print("flags:", Perm.EDIT in lead, Perm.CLOSE in ROLES["dev"], (lead & ~Perm.CLOSE) == ROLES["dev"],
      [p.name for p in Perm], bool(Perm(0)), (Perm.READ | Perm.EDIT).value)
print("lookup errors:")
for bad in (lambda: State(99), lambda: State["DELETED"], lambda: Priority(0)):
    try:
        bad()
    except (ValueError, KeyError) as e:
        print("  ", type(e).__name__, e)
print("identity:", State.NEW is State["NEW"] is State(1), State.NEW == 1, Priority.LOW == 1)
print("pickled:", pickle.loads(pickle.dumps(State.REVIEW)) is State.REVIEW,
      pickle.loads(pickle.dumps(lead)) == lead, pickle.loads(pickle.dumps(Priority.HIGH)))
print("module:", State.__module__ == __name__, Perm.__module__ == __name__)
counts = {}
for s in [State.NEW, State.DONE, State.NEW]:
    counts[s] = counts.get(s, 0) + 1
print("as keys:", {k.name: v for k, v in counts.items()}, State.__members__.keys() >= {"NEW"})
