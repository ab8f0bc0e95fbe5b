# A utility module whose functions carry doctests, checked at startup with doctest.testmod:
# passing examples, an example that fails on purpose (its report is printed
# with file name and line), ELLIPSIS and NORMALIZE_WHITESPACE option flags, exceptions in
# examples, and a run over an explicit docstring with run_docstring_examples.
import doctest
import io
import re
import sys


def median(values):
    """Return the median of a non-empty list.

    >>> median([3, 1, 2])
    2
    >>> median([4, 1, 3, 2])
    2.5
    >>> median([])
    Traceback (most recent call last):
        ...
    ValueError: median of empty list
    """
    if not values:
        raise ValueError("median of empty list")
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def chunks(seq, size):
    """Split seq into lists of at most size items.

    >>> chunks(list(range(7)), 3)
    [[0, 1, 2], [3, 4, 5], [6]]
    >>> chunks(list(range(30)), 10)  # doctest: +ELLIPSIS
    [[0, 1, 2, ...], [10, ...], [20, 21, ..., 29]]
    >>> chunks("abcdef", 2)  # doctest: +NORMALIZE_WHITESPACE
    ['ab',   'cd',
     'ef']
    """
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def title_case(text):
    """Title-case words, keeping short words lower-case.

    >>> title_case("the lord of the rings")
    'The Lord of the Rings'
    >>> title_case("a tale of two cities")   # this expectation is wrong on purpose
    'A Tale Of Two Cities'
    """
    small = {"a", "an", "the", "of", "and", "in", "on"}
    words = text.split()
    return " ".join([w.capitalize() if i == 0 or w not in small else w for i, w in enumerate(words)])


out = io.StringIO()
saved, sys.stdout = sys.stdout, out
try:
    results = doctest.testmod(sys.modules[__name__], verbose=False, report=True)
finally:
    sys.stdout = saved
# Only the directory is dropped (module mode imports from a different one).
print(re.sub(r'File "[^"]*/', 'File "', out.getvalue()), end="")
print("results:", results)

finder = doctest.DocTestFinder()
tests = sorted(finder.find(sys.modules[__name__]), key=lambda t: t.name)
print("found:", [(t.name.split(".")[-1], len(t.examples)) for t in tests if t.examples])

extra = {"__doc__": """
>>> median([5]) + 1
6
>>> chunks([], 3)
[]
"""}
out = io.StringIO()
saved, sys.stdout = sys.stdout, out
try:
    doctest.run_docstring_examples(type("Holder", (), extra), {"median": median, "chunks": chunks},
                                   verbose=True, name="extra")
finally:
    sys.stdout = saved
print(out.getvalue().strip().splitlines()[-1])
parser = doctest.DocTestParser()
examples = parser.get_examples(median.__doc__)
print("parsed examples:", [(e.source.strip(), e.want.strip()[:20]) for e in examples])
