# doctest and pydoc over compiled classes: DocTestFinder discovering docstrings on the
# module, classes, methods, properties, classmethods, staticmethods and nested classes
# (line numbers of failing examples in the report), a deliberately failing example,
# DocTestRunner with a custom output function, and pydoc plaintext rendering of a class.
import doctest
import pydoc
import re
import sys


class Calc:
    """A tiny calculator.

    >>> Calc(2).add(3)
    5
    >>> Calc(1).value
    1
    """

    def __init__(self, value):
        self.value = value

    def add(self, x):
        """Add x to the value.

        >>> Calc(10).add(-1)
        9
        >>> Calc(1).add(1)   # deliberately wrong expectation
        3
        """
        return self.value + x

    @property
    def double(self):
        """Twice the value.

        >>> Calc(4).double
        8
        """
        return self.value * 2

    @classmethod
    def zero(cls):
        """
        >>> Calc.zero().value
        0
        """
        return cls(0)

    @staticmethod
    def parse(text):
        """
        >>> Calc.parse(" 7 ").value
        7
        >>> Calc.parse("x")
        Traceback (most recent call last):
            ...
        ValueError: invalid literal for int() with base 10: 'x'
        """
        return Calc(int(text))

    class History:
        """
        >>> h = Calc.History()
        >>> h.record(1); h.record(2)
        >>> h.items
        [1, 2]
        """

        def __init__(self):
            self.items = []

        def record(self, x):
            self.items.append(x)


def helper(n):
    """
    >>> helper(3)
    [0, 1, 2]
    >>> print(*helper(2), sep="|")
    0|1
    """
    return list(range(n))


module = sys.modules[__name__]
finder = doctest.DocTestFinder()
tests = sorted(finder.find(module), key=lambda t: t.name)
print([(t.name.split(".", 1)[1] if "." in t.name else "<module>", len(t.examples)) for t in tests if t.examples])
out = []
runner = doctest.DocTestRunner(verbose=False)
for t in tests:
    runner.run(t, out=out.append)
report = "".join(out).replace(" in " + __name__ + ".", " in MOD.")
# keep only the file's base name: the directory differs between a script and an import
print(re.sub(r'File "[^"]*/([^/"]+)"', r'File "\1"', report))
print(runner.summarize(verbose=False))
text = pydoc.render_doc(Calc, renderer=pydoc.plaintext)
print("\n".join([line.rstrip() for line in text.splitlines()[1:]]))
print(pydoc.plaintext.document(helper))
print(pydoc.describe(Calc), pydoc.describe(Calc.add), pydoc.describe(Calc().add if False else helper))
