# Text tooling: textwrap (wrap, fill, dedent, indent, shorten), difflib (unified_diff between
# two revisions of a document, SequenceMatcher ratios, get_close_matches for "did you mean"),
# string.Template with safe_substitute, str.translate/maketrans, unicodedata normalisation,
# and a simple Markdown-ish table-of-contents builder.
import difflib
import string
import textwrap
import unicodedata

DOC_V1 = textwrap.dedent("""\
    # Install
    Run the installer and follow the prompts.
    ## Requirements
    Python 3.8 or newer.
    ## Usage
    Call heron build on your file.
    """)
DOC_V2 = textwrap.dedent("""\
    # Install
    Run the installer and accept the defaults.
    ## Requirements
    Python 3.11 with a shared libpython.
    A C compiler.
    ## Usage
    Call heron build on your file.
    ## Troubleshooting
    """)

print("--- diff ---")
for line in difflib.unified_diff(DOC_V1.splitlines(), DOC_V2.splitlines(), "v1/README", "v2/README",
                                 lineterm="", n=1):
    print(line)

sm = difflib.SequenceMatcher(None, DOC_V1, DOC_V2)
print("similarity: %.3f" % sm.ratio())
for tag, i1, i2, j1, j2 in sm.get_opcodes()[:4]:
    print(f"  {tag:<8} v1[{i1}:{i2}] v2[{j1}:{j2}]")

commands = ["build", "run", "test", "bench", "clean", "install"]
for typo in ["biuld", "tset", "instal", "xyz"]:
    guess = difflib.get_close_matches(typo, commands, n=2, cutoff=0.6)
    print(f"unknown command {typo!r}" + (f"; did you mean {' or '.join(guess)}?" if guess else ""))

para = ("heron is an ahead-of-time compiler that turns Python modules into native machine code "
        "that runs inside CPython, calling the C API directly without an interpreter loop.")
print(textwrap.fill(para, width=40, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("line one\n\nline three", "> ", predicate=lambda l: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=True))

tmpl = string.Template("Dear $name, your order #${order_id} of $$${total} ships on $date.")
print(tmpl.substitute(name="Ada", order_id=1042, total="19.99", date="Monday"))
print(tmpl.safe_substitute(name="Bob"))
try:
    tmpl.substitute(name="Eve")
except KeyError as e:
    print("KeyError:", e)
print(sorted(tmpl.get_identifiers()), tmpl.is_valid())

table = str.maketrans({"a": "4", "e": "3", "o": "0"}, )
print("leet:", "hello world of code".translate(table), "strip vowels:",
      "programming".translate(str.maketrans("", "", "aeiou")))

def slug(text):
    norm = unicodedata.normalize("NFKD", text)
    ascii_only = "".join([c for c in norm if not unicodedata.combining(c)])
    return "-".join(ascii_only.lower().split())

for t in ["Crème Brûlée", "Ångström Units", "naïve café", "ﬁne ligature"]:
    print(f"{t!r} -> {slug(t)!r} ({len(t)} chars, NFC==NFD: {unicodedata.normalize('NFC', t) == unicodedata.normalize('NFD', t)})")
print(unicodedata.name("é"), unicodedata.category("7"), unicodedata.lookup("SNOWMAN"))

def toc(markdown):
    out, counters = [], [0, 0, 0]
    for line in markdown.splitlines():
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            counters[level - 1] += 1
            for k in range(level, 3):
                counters[k] = 0
            number = ".".join([str(c) for c in counters[:level]])
            title = line.lstrip("#").strip()
            out.append(f"{'  ' * (level - 1)}{number} {title} (#{title.lower().replace(' ', '-')})")
    return out

print("\n".join(toc(DOC_V2)))
print(string.capwords("  hello   wide  world "), string.ascii_lowercase[:5], string.digits, repr(string.whitespace))
