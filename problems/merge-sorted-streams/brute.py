def merge_streams(streams):
    items = []
    for stream in streams:
        items.extend(stream)
    items.sort()
    return iter(items)
