# Bug: assumes a list and slices it, but the input is an iterator.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    for i in range(0, len(iterable), size):
        yield iterable[i:i + size]
