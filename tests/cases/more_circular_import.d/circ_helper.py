# Imports the case module back while it is still initializing (module mode) or imports a
# fresh copy of its source (program mode, where the case runs as __main__).
import sys
import more_circular_import as case
print("helper sees", case.__name__, getattr(case, "DEFINED_BEFORE", "missing"), getattr(case, "DEFINED_AFTER", "missing"))
def call_back():
    return case.late_function()
