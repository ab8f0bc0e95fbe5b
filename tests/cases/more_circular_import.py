# Circular imports: a helper imports this module while it runs; names bound before the import
# are visible, later ones are not until the module finishes.
import sys
DEFINED_BEFORE = "before"
print("running as", "main" if __name__ == "__main__" else "module", __name__ in sys.modules)
if __name__ == "__main__" or "circ_helper" not in sys.modules:
    import circ_helper
    DEFINED_AFTER = "after"
    def late_function():
        return "late function of " + __name__.replace("__main__", "main")
    print(circ_helper.call_back())
    try:
        from circ_helper import nothing
    except ImportError as e:
        print("ImportError:", str(e).split(" (")[0])
else:
    DEFINED_AFTER = "after (nested copy)"
    def late_function():
        return "late function of nested copy"
print("end of", __name__.replace("__main__", "main"), sorted([k for k in ["more_circular_import", "circ_helper"] if k in sys.modules]))
