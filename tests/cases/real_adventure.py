# A text adventure driven by commands on stdin: a room graph, an inventory, a locked door,
# a state machine for the game phase, command aliases and a dispatch table of handlers.
# heron-test: stdin=look\nn\ntake lamp\ninventory\ndance\ntake sword\ngo up\ns\ne\ntake key\nw\nnorth\nn\nunlock door\nn\nquit\n
import sys

ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"},
             "items": []},
    "library": {"desc": "a library full of mouldy books", "exits": {"south": "hall", "north": "vault"},
                "items": ["lamp"], "locked": {"north": "key"}},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": ["key", "bread"]},
    "vault": {"desc": "the treasure vault", "exits": {"south": "library"}, "items": ["treasure"]},
}
ALIASES = {"n": "go north", "s": "go south", "e": "go east", "w": "go west", "i": "inventory",
           "north": "go north", "south": "go south", "east": "go east", "west": "go west"}

state = {"room": "hall", "inventory": [], "phase": "playing", "moves": 0, "score": 0}


def say(*parts):
    print(" ".join([str(p) for p in parts]))


def cmd_look(_arg):
    room = ROOMS[state["room"]]
    say(f"You are in {room['desc']}.")
    if room["items"]:
        say("You see:", ", ".join(sorted(room["items"])))
    say("Exits:", ", ".join(sorted(room["exits"])))


def cmd_go(direction):
    room = ROOMS[state["room"]]
    if direction not in room["exits"]:
        say(f"You can't go {direction or 'nowhere'}.")
        return
    need = room.get("locked", {}).get(direction)
    if need:
        say(f"The way {direction} is locked. You need the {need}.")
        return
    state["room"] = room["exits"][direction]
    state["moves"] += 1
    cmd_look("")
    if state["room"] == "vault":
        state["phase"] = "won"


def cmd_take(item):
    room = ROOMS[state["room"]]
    if item not in room["items"]:
        say(f"There is no {item} here.")
        return
    room["items"].remove(item)
    state["inventory"].append(item)
    state["score"] += 10
    say(f"Taken: {item}.")


def cmd_inventory(_arg):
    inv = state["inventory"]
    say("You carry:", ", ".join(inv) if inv else "nothing")


def cmd_unlock(what):
    room = ROOMS[state["room"]]
    locked = room.get("locked", {})
    for direction, key in list(locked.items()):
        if key in state["inventory"]:
            del locked[direction]
            say(f"You unlock the {what} to the {direction} with the {key}.")
            return
    say("You have nothing to unlock it with." if locked else "Nothing here is locked.")


def cmd_quit(_arg):
    state["phase"] = "quit"


HANDLERS = {"look": cmd_look, "go": cmd_go, "take": cmd_take, "inventory": cmd_inventory,
            "unlock": cmd_unlock, "quit": cmd_quit}


def run(lines):
    cmd_look("")
    for lineno, raw in enumerate(lines, 1):
        if state["phase"] != "playing":
            say(f"(ignoring line {lineno}: {raw.strip()!r})")
            continue
        line = ALIASES.get(raw.strip().lower(), raw.strip().lower())
        verb, _, arg = line.partition(" ")
        print(f"> {raw.strip()}")
        handler = HANDLERS.get(verb)
        if handler is None:
            print(f"I don't know how to {verb!r}.", file=sys.stderr)
            continue
        handler(arg.strip())
    return state["phase"]


phase = run(sys.stdin.readlines())
say(f"Game over ({phase}) after {state['moves']} moves, score {state['score']}.")
sys.exit(0 if phase == "won" else 1)
