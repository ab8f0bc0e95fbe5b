"""Hello, world — compiled by heron."""
import sys


def greet(name):
    return f"Hello, {name}!"


print(greet("world"))
print(f"running on Python {sys.version_info.major}.{sys.version_info.minor}")
