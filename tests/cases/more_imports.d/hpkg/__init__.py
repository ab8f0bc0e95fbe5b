print("hpkg init", __name__)
__all__ = ["public", "also"]
public = "public value"
also = "also value"
hidden = "hidden value"
_private = "private"
