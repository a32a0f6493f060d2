from itertools import islice


def chunked(iterable, size):
    # Validate eagerly (a plain function returning a generator), then pull `size` items per
    # chunk with islice: nothing is read before the caller asks for it.
    if size < 1:
        raise ValueError("size must be at least 1")
    it = iter(iterable)

    def chunks():
        while True:
            chunk = list(islice(it, size))
            if not chunk:
                return
            yield chunk

    return chunks()
