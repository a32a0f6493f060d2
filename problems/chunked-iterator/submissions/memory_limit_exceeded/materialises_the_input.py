# Not lazy: copies the whole input into a list first, which never ends on an endless input
# and grows until memory runs out.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    items = list(iterable)
    for i in range(0, len(items), size):
        yield items[i:i + size]
