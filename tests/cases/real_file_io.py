# File I/O in a temporary directory: tempfile.TemporaryDirectory, os.makedirs, writing and
# appending text and binary files, os.walk with sorted output, os.path helpers, pathlib,
# shutil copy/move/rmtree, file metadata, line-by-line reading, seek/tell, and error cases
# (FileNotFoundError, IsADirectoryError, FileExistsError) with their errno.
import errno
import os
import os.path
import pathlib
import shutil
import tempfile

with tempfile.TemporaryDirectory(prefix="heron-real-") as root:
    rel = lambda p: os.path.relpath(p, root)
    os.makedirs(os.path.join(root, "data", "raw"))
    os.makedirs(os.path.join(root, "data", "clean"), exist_ok=True)
    notes = os.path.join(root, "data", "raw", "notes.txt")
    with open(notes, "w", encoding="utf-8") as f:
        f.write("first line\n")
        f.writelines([f"item {i}\n" for i in range(3)])
    with open(notes, "a", encoding="utf-8") as f:
        print("appended with print", file=f)
        f.write("caf\u00e9 \u2192 done")
    with open(notes, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            print(f"{n}: {line.rstrip()}")
    print("size in bytes:", os.path.getsize(notes), "chars:", len(open(notes, encoding="utf-8").read()))

    blob = os.path.join(root, "data", "raw", "blob.bin")
    with open(blob, "wb") as f:
        f.write(bytes(range(16)))
        f.seek(4)
        f.write(b"\xff\xfe")
    with open(blob, "rb") as f:
        head = f.read(6)
        pos = f.tell()
        f.seek(-3, os.SEEK_END)
        tail = f.read()
    print("blob:", head.hex(" "), pos, list(tail))

    shutil.copy(notes, os.path.join(root, "data", "clean", "notes_copy.txt"))
    shutil.move(blob, os.path.join(root, "data", "clean", "blob.bin"))
    p = pathlib.Path(root) / "data" / "clean" / "report.md"
    p.write_text("# Report\n\n- ok\n")
    print("pathlib:", p.name, p.stem, p.suffix, p.parent.name, p.exists(), p.read_text().splitlines()[0])

    for dirpath, dirnames, filenames in sorted(os.walk(root)):
        dirnames.sort()
        depth = rel(dirpath).count(os.sep) + (rel(dirpath) != ".")
        print("  " * depth + (os.path.basename(dirpath) if rel(dirpath) != "." else "<root>") + "/")
        for name in sorted(filenames):
            print("  " * (depth + 1) + f"{name} ({os.path.getsize(os.path.join(dirpath, name))} B)")

    print("listdir:", sorted(os.listdir(os.path.join(root, "data"))))
    print("glob:", sorted([q.name for q in pathlib.Path(root).rglob("*.txt")]))
    print("splitext:", os.path.splitext("archive.tar.gz"), os.path.join("a", "b", "../c"),
          os.path.normpath("a/b/../c/./d"), os.path.basename("/x/y/z.py"), os.path.dirname("/x/y/z.py"))
    print("isdir/isfile:", os.path.isdir(os.path.join(root, "data")), os.path.isfile(notes),
          os.path.exists(os.path.join(root, "nope")))

    for action in (
        lambda: open(os.path.join(root, "missing.txt")),
        lambda: open(os.path.join(root, "data")),
        lambda: os.mkdir(os.path.join(root, "data")),
        lambda: os.rmdir(os.path.join(root, "data")),
    ):
        try:
            action()
        except OSError as e:
            print(f"{type(e).__name__}: errno={errno.errorcode[e.errno]} file={rel(e.filename)}")

    os.rename(notes, notes + ".bak")
    os.remove(notes + ".bak")
    shutil.rmtree(os.path.join(root, "data", "raw"))
    print("after cleanup:", sorted(os.listdir(os.path.join(root, "data"))))
    with tempfile.NamedTemporaryFile("w+", dir=root, suffix=".tmp", delete=False) as tmp:
        tmp.write("scratch")
        tmp.seek(0)
        print("named temp:", tmp.read(), tmp.name.endswith(".tmp"), os.path.dirname(tmp.name) == root)
    saved_root = root

print("temp dir removed:", not os.path.exists(saved_root))
fd, path = tempfile.mkstemp(text=True)
try:
    os.write(fd, b"low-level\n")
    os.close(fd)
    with open(path) as f:
        print("mkstemp:", f.read().strip())
finally:
    os.unlink(path)
print("cwd unchanged:", os.path.basename(os.getcwd()) != "", os.path.isabs(os.getcwd()))
