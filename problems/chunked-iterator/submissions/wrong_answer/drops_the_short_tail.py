# Bug: yields only full chunks, so a shorter last chunk is lost.
def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be positive")
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
