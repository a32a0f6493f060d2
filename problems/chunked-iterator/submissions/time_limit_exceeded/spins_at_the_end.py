# Bug: swallows StopIteration and keeps waiting for the last chunk to fill, spinning forever
# when the input length is not a multiple of size.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    it = iter(iterable)
    while True:
        chunk = []
        while len(chunk) < size:
            try:
                chunk.append(next(it))
            except StopIteration:
                pass
        yield chunk
