"""Runs one module of CPython's test suite under regrtest, recording how it was imported.

    python driver.py MODULE JUNIT_XML LOADER_REPORT

Runs `python -m test --junit-xml JUNIT_XML MODULE` in this process (regrtest's own runner, so
resources, environment checks and test selection are exactly those of the interpreter's test
suite) and appends `name loader` to LOADER_REPORT for each module regrtest imports to run it
(`test.MODULE`, or the test modules of a package that regrtest runs one by one), where
`loader` is `ExtensionFileLoader` when heron's compiled module was used and
`SourceFileLoader` for the `.py`. The `test` package is the first one on `sys.path` (the runner sets PYTHONPATH).
"""

import importlib
import sys


def main():
    module, junit, report = sys.argv[1:4]
    wanted = f"test.{module}"
    real_import_module = importlib.import_module

    def import_module(name, package=None):
        imported = real_import_module(name, package)
        if name == wanted or name.startswith(wanted + "."):
            with open(report, "a") as f:
                f.write(f"{name} {type(imported.__loader__).__name__}\n")
        return imported

    # regrtest imports each test module with importlib.import_module (3.11 to 3.13).
    importlib.import_module = import_module
    # The copied `test` package no longer sits in the standard library, but test.support
    # discovers test packages relative to the directory holding `test`: those of the copy
    # (test_importlib, ...) relative to the copy, those that live in the standard library
    # (ctypes.test, lib2to3.tests, distutils.tests) relative to the real one.
    import os
    import sysconfig
    import test.support

    copy_root = os.path.dirname(test.support.TEST_HOME_DIR)
    stdlib = sysconfig.get_paths()["stdlib"]
    load_package_tests = test.support.load_package_tests

    def load_package_tests_from_either(pkg_dir, *args):
        in_copy = os.path.abspath(pkg_dir).startswith(copy_root + os.sep)
        test.support.STDLIB_DIR = copy_root if in_copy else stdlib
        return load_package_tests(pkg_dir, *args)

    test.support.load_package_tests = load_package_tests_from_either
    sys.argv = [sys.argv[0], "--junit-xml", junit, module]
    from test.libregrtest.main import main as regrtest_main

    regrtest_main()


if __name__ == "__main__":
    main()
