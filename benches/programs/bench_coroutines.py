"""Recursive coroutines (after pyperformance's bm_coroutines).

Fibonacci computed by a tree of `async def` coroutines, each awaiting its two
sub-problems, so every call creates, starts and finishes a coroutine object. There is no
event loop: the outermost coroutine is driven by hand with send(None), and its result
arrives in the StopIteration that ends it.

Fixed work: ROUNDS evaluations of fibonacci(FIB_N). Prints the result and the sum over the
rounds as the checksum.
"""

FIB_N = 25
ROUNDS = 20


async def fibonacci(n):
    if n <= 1:
        return n
    return await fibonacci(n - 1) + await fibonacci(n - 2)


def run(coro):
    """Drive a coroutine that never suspends to completion and return its value."""
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended unexpectedly")


def main():
    total = 0
    result = 0
    for _ in range(ROUNDS):
        result = run(fibonacci(FIB_N))
        total += result
    print(result, total)


main()
