def partition_labels(s):
    # Every way to cut s into parts that share no letter, keeping the one with the most parts.
    # A part s[start:end] may close when none of its letters appears after it; the search
    # tries every such end and recurses on the rest, remembering nothing: exponential in the
    # number of places where a cut is possible.
    def most_parts(start):
        if start == len(s):
            return []
        best = None
        for end in range(start + 1, len(s) + 1):
            if set(s[start:end]).isdisjoint(s[end:]):
                parts = [end - start] + most_parts(end)
                if best is None or len(parts) > len(best):
                    best = parts
        return best

    return most_parts(0)
