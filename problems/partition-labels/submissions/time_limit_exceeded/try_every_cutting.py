# Correct but exponential: tries every allowed end for the first part and recurses on the
# rest, keeping the cutting with the most parts, without remembering any suffix's answer.
def partition_labels(s):
    def cuttings(start):
        if start == len(s):
            return []
        best = None
        for end in range(start + 1, len(s) + 1):
            if not set(s[start:end]) & set(s[end:]):
                rest = cuttings(end)
                if best is None or len(rest) + 1 > len(best):
                    best = [end - start] + rest
        return best

    return cuttings(0)
