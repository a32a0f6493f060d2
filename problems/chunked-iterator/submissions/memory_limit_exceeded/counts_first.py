# Not lazy: counts the items first (through a tee, which keeps a copy of every item) to know
# how many chunks there will be; on an endless input the copy grows until memory runs out.
from itertools import tee


def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    counter, items = tee(iterable)
    total = sum(1 for _ in counter)
    for start in range(0, total, size):
        yield [next(items) for _ in range(min(size, total - start))]
