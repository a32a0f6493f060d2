import heapq


def merge_streams(streams):
    return heapq.merge(*streams)
