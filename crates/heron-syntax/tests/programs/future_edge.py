"""Docstring first: the future import still counts."""
from __future__ import annotations


def f(a: (lambda: inner_name)(), *args: [q for q in range(3)]) -> lambda: returned:
    local: lambda: 1 = 2
    return a, local


def closure():
    captured_only_by_annotation = 1

    def inner(x: captured_only_by_annotation) -> captured_only_by_annotation:
        return x

    return inner
