import heapq


def merge_streams(streams):
    heads = []
    for index, stream in enumerate(streams):
        it = iter(stream)
        for first in it:
            heads.append((first, index, it))
            break
    heapq.heapify(heads)
    done = object()
    while heads:
        value, index, it = heads[0]
        yield value
        nxt = next(it, done)
        if nxt is done:
            heapq.heappop(heads)
        else:
            heapq.heapreplace(heads, (nxt, index, it))
