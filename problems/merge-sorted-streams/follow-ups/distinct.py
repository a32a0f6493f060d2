import heapq


def merge_streams(streams):
    last = object()
    for value in heapq.merge(*streams):
        if value != last:
            yield value
            last = value
