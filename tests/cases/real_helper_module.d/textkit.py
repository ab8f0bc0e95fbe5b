"""Small text utilities used by real_helper_module (interpreted helper module)."""
import re

__all__ = ["slugify", "wrap", "Registry", "parse_kv", "VERSION"]
VERSION = (1, 4, 2)
_calls = []


def slugify(text, sep="-"):
    _calls.append("slugify")
    text = re.sub(r"[^\w\s-]", "", text.lower()).strip()
    return re.sub(r"[\s_-]+", sep, text)


def wrap(text, width):
    _calls.append("wrap")
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def parse_kv(text):
    _calls.append("parse_kv")
    out = {}
    for n, part in enumerate(text.split(";"), 1):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"item {n}: missing '=' in {part!r}")
        k, v = part.split("=", 1)
        out[k.strip()] = v.strip()
    return out


class Registry:
    def __init__(self):
        self._items = {}

    def register(self, name=None):
        def deco(fn):
            self._items[name or fn.__name__] = fn
            return fn
        return deco

    def call(self, name, *args):
        try:
            fn = self._items[name]
        except KeyError:
            raise LookupError(f"no handler {name!r}; have {sorted(self._items)}") from None
        return fn(*args)

    def __len__(self):
        return len(self._items)


def calls():
    return list(_calls)
