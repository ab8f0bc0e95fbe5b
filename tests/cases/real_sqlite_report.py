# An in-memory SQLite database with sqlite3: schema creation, executemany with parameters,
# joins and GROUP BY reports, a transaction rolled back on error via the connection context
# manager, row_factory=sqlite3.Row, a Python function registered with create_function, an
# aggregate-free custom collation, and IntegrityError handling.
import sqlite3

conn = sqlite3.connect(":memory:")
conn.execute("PRAGMA foreign_keys = ON")
conn.executescript("""
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, country TEXT);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES authors(id),
    year INTEGER,
    pages INTEGER CHECK (pages > 0)
);
""")
authors = [("Ursula K. Le Guin", "US"), ("Stanislaw Lem", "PL"), ("Octavia Butler", "US"),
           ("Italo Calvino", "IT")]
conn.executemany("INSERT INTO authors (name, country) VALUES (?, ?)", authors)
books = [
    ("The Dispossessed", 1, 1974, 387), ("The Left Hand of Darkness", 1, 1969, 304),
    ("Solaris", 2, 1961, 204), ("The Cyberiad", 2, 1965, 295), ("Fiasco", 2, 1986, 322),
    ("Kindred", 3, 1979, 264), ("Invisible Cities", 4, 1972, 165),
]
conn.executemany("INSERT INTO books (title, author_id, year, pages) VALUES (?, ?, ?, ?)", books)
conn.commit()

print("books per author:")
for name, n, pages in conn.execute("""
        SELECT a.name, COUNT(b.id), SUM(b.pages) FROM authors a
        LEFT JOIN books b ON b.author_id = a.id GROUP BY a.id ORDER BY COUNT(b.id) DESC, a.name"""):
    print(f"  {name:<20} {n} books {pages:>5} pages")

conn.row_factory = sqlite3.Row
row = conn.execute("SELECT title, year FROM books WHERE pages = (SELECT MAX(pages) FROM books)").fetchone()
print("longest:", dict(row), row.keys(), row["year"])

by_decade = conn.execute("""SELECT (year / 10) * 10 AS decade, COUNT(*) AS n, GROUP_CONCAT(title, '; ')
                            FROM (SELECT * FROM books ORDER BY title) GROUP BY decade ORDER BY decade""").fetchall()
for r in by_decade:
    print(f"  {r['decade']}s: {r['n']} -> {r[2]}")

conn.create_function("initials", 1, lambda s: "".join([w[0] for w in s.split() if w[0].isupper()]))
conn.create_collation("reverse", lambda a, b: (a < b) - (a > b))
print("initials:", [r[0] for r in conn.execute("SELECT initials(name) FROM authors ORDER BY name COLLATE reverse")])

try:
    with conn:
        conn.execute("INSERT INTO books (title, author_id, year, pages) VALUES ('Dawn', 3, 1987, 248)")
        conn.execute("INSERT INTO books (title, author_id, year, pages) VALUES ('Ghost', 99, 2000, 10)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print("Dawn present after rollback:", conn.execute("SELECT COUNT(*) FROM books WHERE title='Dawn'").fetchone()[0])

for sql, params in [("INSERT INTO authors (name) VALUES (?)", ("Stanislaw Lem",)),
                    ("INSERT INTO books (title, author_id, pages) VALUES (?, ?, ?)", ("Empty", 1, 0)),
                    ("SELECT * FROM nowhere", ()),
                    ("SELECT ? + ?", (1,))]:
    try:
        conn.execute(sql, params)
    except sqlite3.Error as e:
        print(f"{type(e).__name__}: {e}")

with conn:
    cur = conn.execute("UPDATE books SET pages = pages + 1 WHERE year < ?", (1970,))
    print("updated rows:", cur.rowcount)
    cur = conn.execute("INSERT INTO authors (name, country) VALUES (?, ?)", ("Jorge Luis Borges", "AR"))
    print("new author id:", cur.lastrowid)

params = {"country": "US", "min_year": 1970}
titles = conn.execute("""SELECT b.title FROM books b JOIN authors a ON a.id = b.author_id
                         WHERE a.country = :country AND b.year >= :min_year ORDER BY b.year""", params)
print("US since 1970:", [r["title"] for r in titles])
print("tables:", [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")])
print("total changes:", conn.total_changes, "| in transaction:", conn.in_transaction)
conn.close()
try:
    conn.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
