# A generator function with typing hints and no imports (islice is predefined). It raises
# ValueError at the first next(), which the problem allows.
def chunked(iterable: Iterable[int], size: int) -> Iterator[List[int]]:
    if size < 1:
        raise ValueError("size must be positive")
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk
