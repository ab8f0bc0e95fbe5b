# unittest with compiled TestCase subclasses: setUp/tearDown, setUpClass/tearDownClass,
# assertRaises as context manager, subTest, skip decorators, expectedFailure, a failing
# test and an erroring test (failure report with traceback compared), run via
# unittest.main(argv=..., exit=False) with a verbose runner writing to stdout.
import re
import sys
import unittest


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()

    def __len__(self):
        return len(self.items)


class StackTests(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.s = Stack()
        self.log.append("setUp " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)

    def test_empty_pop_raises(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))

    def test_raises_regex(self):
        self.assertRaisesRegex(IndexError, "^pop from", self.s.pop)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.s.push(i)
                self.assertEqual(len(self.s), i + 1)

    @unittest.skip("demonstrating skip")
    def test_skipped(self):
        self.fail("should not run")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 2)

    def test_collections(self):
        self.assertListEqual([1, 2], [1, 2])
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertCountEqual([3, 1, 2], [1, 2, 3])
        self.assertIsInstance(self.s, Stack)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)


class FailingTests(unittest.TestCase):
    def helper(self, x):
        return x * 2

    def test_failure_message(self):
        self.assertEqual(self.helper(2), 5, "helper doubled wrong")

    def test_error(self):
        d = {}
        return d["nope"]

    def test_list_diff(self):
        self.assertEqual([1, 2, 3], [1, 4, 3])

    @unittest.skipIf(sys.version_info < (3, 0), "py2")
    def test_passes(self):
        self.assertTrue(self.helper(1) == 2)


class Mixin:
    value = None

    def test_value_positive(self):
        self.assertGreater(self.value, 0)


class PosTests(Mixin, unittest.TestCase):
    value = 3


class NegTests(Mixin, unittest.TestCase):
    value = -1


class TimelessStream:
    """Forwards to stdout, masking the elapsed-time figure of the summary line."""

    def write(self, text):
        sys.stdout.write(re.sub(r" in [0-9.]+s$", " in <elapsed>", text))

    def flush(self):
        sys.stdout.flush()


runner = unittest.TextTestRunner(stream=TimelessStream(), verbosity=2)
prog = unittest.main(argv=["prog", "StackTests", "FailingTests", "PosTests", "NegTests"],
                     exit=False, testRunner=runner, module=__name__)
res = prog.result
print("run", res.testsRun, "failures", len(res.failures), "errors", len(res.errors),
      "skipped", len(res.skipped), "xfail", len(res.expectedFailures), "ok", res.wasSuccessful())
print(StackTests.log)
print(sorted([t.id().split(".", 1)[1] for t, _ in res.failures]))
suite = unittest.TestLoader().loadTestsFromTestCase(StackTests)
print(suite.countTestCases(), sorted([t._testMethodName for t in suite]))
