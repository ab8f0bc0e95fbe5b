# Word-frequency counter over text read from stdin: normalisation, Counter, ties broken
# alphabetically, a histogram, per-line statistics and a stop-word filter.
# heron-test: stdin=The quick brown fox jumps over the lazy dog.\nThe dog barks; the fox runs!\n\nA quick brown dog? Yes -- a QUICK one.\nIt's the fox's den, isn't it?\n
import sys
import string
from collections import Counter

STOP_WORDS = {"the", "a", "it", "is", "of", "and"}


def normalise(word):
    word = word.strip(string.punctuation).lower()
    return word


def tokenize(line):
    words = []
    for raw in line.split():
        w = normalise(raw)
        if w and any([c.isalpha() for c in w]):
            words.append(w)
    return words


def histogram(counts, width=20):
    if not counts:
        return []
    biggest = max(counts.values())
    rows = []
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        bar = "#" * max(1, round(n * width / biggest))
        rows.append(f"{word:<10} {n:>3} {bar}")
    return rows


def main():
    text = sys.stdin.read()
    lines = text.splitlines()
    counts = Counter()
    per_line = []
    for number, line in enumerate(lines, 1):
        words = tokenize(line)
        per_line.append((number, len(words)))
        counts.update(words)
    print("lines:", len(lines))
    print("blank lines:", sum([1 for _, n in per_line if n == 0]))
    print("total words:", sum(counts.values()))
    print("distinct words:", len(counts))
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest word:", longest)
    print()
    print("top 5 (with ties broken alphabetically):")
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for rank, (word, n) in enumerate(top, 1):
        print(f"  {rank}. {word!r} x{n}")
    print()
    content = Counter({w: n for w, n in counts.items() if w not in STOP_WORDS})
    print("content words:")
    for row in histogram(content, width=12):
        print("  " + row)
    print()
    for number, n in per_line:
        print(f"line {number:2d}: {n} word{'s' if n != 1 else ''}")
    letters = Counter([c for c in text.lower() if c.isalpha()])
    print("most common letters:", letters.most_common(3))
    print("vowel share: %.3f" % (sum([letters[v] for v in "aeiou"]) / sum(letters.values())))


main()
