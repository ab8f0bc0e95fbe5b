# Uncaught exception raised by a generator's finally block during an explicit close(): traceback shows the close() call, the finally line, with GeneratorExit as the context.
def reader(lines):
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("reader cleanup")
        raise OSError("failed to release the file handle")

r = reader(["x", "y", "z"])
print(next(r))
print(next(r))
r.close()
