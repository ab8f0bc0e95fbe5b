from .area import area, PI_APPROX

KINDS = ("circle", "square", "rect")
