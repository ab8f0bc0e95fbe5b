# A unittest suite for a small stack-based RPN calculator, with TestCase classes built via
# type(): setUp/tearDown, assertRaises as a context manager, subTest, skip decorators,
# expected failures, a deliberately failing test, and a runner writing to a StringIO whose
# report (minus the timing line) is printed; test ids and failure tracebacks included.
import io
import re
import unittest


def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok) if "." in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack={stack}")
    return stack[0]


log = []


def setUp(self):
    log.append(f"setUp {self._testMethodName}")


def tearDown(self):
    log.append(f"tearDown {self._testMethodName}")


def test_basic(self):
    self.assertEqual(rpn("3 4 +"), 7)
    self.assertEqual(rpn("5 1 2 + 4 * + 3 -"), 14)


def test_table(self):
    cases = [("2 3 *", 6), ("10 4 -", 6), ("1.5 2 *", 3.0), ("9 3 /", 3.0)]
    for expr, want in cases:
        with self.subTest(expr=expr):
            self.assertEqual(rpn(expr), want)


def test_errors(self):
    with self.assertRaises(ValueError) as ctx:
        rpn("1 +")
    self.assertIn("underflow", str(ctx.exception))
    with self.assertRaisesRegex(ValueError, r"stack=\[1, 2\]"):
        rpn("1 2")
    with self.assertRaises(ZeroDivisionError):
        rpn("1 0 /")


def test_deliberate_failure(self):
    self.assertEqual(rpn("2 2 +"), 5, "arithmetic is hard")


def test_subtest_failure(self):
    for n in range(3):
        with self.subTest(n=n):
            self.assertLess(rpn(f"{n} {n} *"), 2)


def test_broken_code(self):
    rpn("2 x +")


@unittest.skip("not implemented yet")
def test_power(self):
    self.assertEqual(rpn("2 3 ^"), 8)


@unittest.expectedFailure
def test_known_bug(self):
    self.assertEqual(rpn("0.1 0.2 +"), 0.3)


RPNTests = type("RPNTests", (unittest.TestCase,), {
    "setUp": setUp, "tearDown": tearDown, "test_basic": test_basic, "test_table": test_table,
    "test_errors": test_errors, "test_deliberate_failure": test_deliberate_failure,
    "test_subtest_failure": test_subtest_failure, "test_broken_code": test_broken_code,
    "test_power": test_power, "test_known_bug": test_known_bug,
})
RPNTests.__module__ = __name__

stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(RPNTests)
print("tests found:", suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
report = re.sub(r"Ran (\d+) tests? in [\d.]+s", r"Ran \1 tests in <time>", stream.getvalue())
report = re.sub(r'File "[^"]*real_unittest_suite[^"]*"', 'File "<file>"', report)
print(report)
print("wasSuccessful:", result.wasSuccessful(), "run:", result.testsRun)
print("failures:", [t.id().split(".", 1)[1] for t, _ in result.failures])
print("errors:", [t.id().split(".", 1)[1] for t, _ in result.errors])
print("skipped:", [(t.id().rsplit(".", 1)[1], why) for t, why in result.skipped])
print("expected failures:", len(result.expectedFailures))
print("setUp/tearDown calls:", len(log), log[:4])
