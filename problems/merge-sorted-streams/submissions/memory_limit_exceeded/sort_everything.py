import itertools


def merge_streams(streams):
    return iter(sorted(itertools.chain(*streams)))
