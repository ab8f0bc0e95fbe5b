# unittest with real class statements: TestCase subclasses, setUpClass/tearDownClass,
# a mixin of shared tests inherited by two cases, skips, expected failures, a failing test.
import io
import re
import unittest

events = []


class Shelf:
    def __init__(self, capacity):
        self.capacity = capacity
        self.books = []

    def add(self, title):
        if len(self.books) >= self.capacity:
            raise OverflowError(f"shelf full ({self.capacity})")
        self.books.append(title)
        return len(self.books)

    def remove(self, title):
        self.books.remove(title)


class ShelfContract:
    """Tests every shelf implementation must pass (not a TestCase itself)."""

    capacity = 2

    def make(self):
        raise NotImplementedError

    def setUp(self):
        self.shelf = self.make()
        events.append(f"setUp {type(self).__name__}.{self._testMethodName}")

    def tearDown(self):
        events.append(f"tearDown {self._testMethodName}")

    def test_add(self):
        self.assertEqual(self.shelf.add("a"), 1)
        self.assertEqual(self.shelf.books, ["a"])

    def test_overflow(self):
        for i in range(self.capacity):
            self.shelf.add(str(i))
        with self.assertRaises(OverflowError) as ctx:
            self.shelf.add("too many")
        self.assertIn(str(self.capacity), str(ctx.exception))

    def test_remove_missing(self):
        with self.assertRaisesRegex(ValueError, "not in list"):
            self.shelf.remove("ghost")


class LoggingShelf(Shelf):
    def add(self, title):
        events.append(f"  add {title}")
        return super().add(title)


class TestShelf(ShelfContract, unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append(f"setUpClass {cls.__name__}")

    @classmethod
    def tearDownClass(cls):
        events.append(f"tearDownClass {cls.__name__}")

    def make(self):
        return Shelf(self.capacity)

    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        self.fail("never")

    @unittest.expectedFailure
    def test_known_issue(self):
        self.assertEqual(Shelf(0).capacity, 1)


class TestLoggingShelf(ShelfContract, unittest.TestCase):
    capacity = 3

    def make(self):
        return LoggingShelf(self.capacity)

    def test_logging(self):
        self.shelf.add("x")
        self.assertIn("  add x", events)

    def test_deliberate_failure(self):
        self.assertEqual(self.shelf.add("y"), 2, "counts from one")

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertLess(n, 3)


loader = unittest.TestLoader()
suite = unittest.TestSuite([loader.loadTestsFromTestCase(TestShelf), loader.loadTestsFromTestCase(TestLoggingShelf)])
print("tests found:", suite.countTestCases())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
report = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in <time>", stream.getvalue())
report = re.sub(r'File "[^"]*cls_unittest_classes[^"]*"', 'File "<file>"', report)
print(report)
print("wasSuccessful:", result.wasSuccessful(), "run:", result.testsRun,
      "skipped:", len(result.skipped), "expected failures:", len(result.expectedFailures))
print("failures:", [t.id().split(".", 1)[1] for t, _ in result.failures])
for e in events:
    print(e)
