# from __future__ import annotations: annotations are strings.
from __future__ import annotations
def f(a: int, b: list[str] | None = None, *args: tuple[int, ...], k: Dict[str, int], **kw: Any) -> Optional[int]:
    return None
print(f.__annotations__)
x: SomeUndefinedName = 1
print(__annotations__)
