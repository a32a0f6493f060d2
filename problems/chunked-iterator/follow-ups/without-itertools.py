def chunked(iterable, size):
    if size < 1:
        raise ValueError("size must be at least 1")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = []
            for _ in range(size):
                try:
                    chunk.append(next(it))
                except StopIteration:
                    if chunk:
                        yield chunk
                    return
            yield chunk

    return chunks()
