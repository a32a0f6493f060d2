def merge_streams(streams):
    iterators = [iter(s) for s in streams]
    while iterators:
        alive = []
        for it in iterators:
            for item in it:
                yield item
                alive.append(it)
                break
        iterators = alive
