# Every well-formed string is "(" + inside + ")" + after, where the first '(' is closed: inside
# has k pairs and after has n - 1 - k. Built bottom-up for 0, 1, ..., n pairs, no recursion.
def generate_parenthesis(n):
    by_pairs = [[""]]
    for m in range(1, n + 1):
        strings = []
        for k in range(m):
            for inside in by_pairs[k]:
                for after in by_pairs[m - 1 - k]:
                    strings.append("(" + inside + ")" + after)
        by_pairs.append(strings)
    return by_pairs[n]
