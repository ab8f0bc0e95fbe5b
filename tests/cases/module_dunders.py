"""Module docstring."""
# __name__, __doc__, __file__ and __annotations__ at module level.
import os
print(__doc__)
print(os.path.basename(__file__))
print(__name__ in ("__main__", "module_dunders"))
count: int = 5
names: "list[str]"
print(__annotations__)
print(count)
def f(a: int, b: str = "x") -> bool:
    return True
print(f.__annotations__)
