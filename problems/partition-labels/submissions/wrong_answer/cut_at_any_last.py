# Bug: closes the part as soon as the current letter has its last occurrence, forgetting the
# other letters of the part: "abab" is cut after "aba".
def partition_labels(s):
    last = {c: i for i, c in enumerate(s)}
    sizes = []
    start = 0
    for i, c in enumerate(s):
        if last[c] == i:
            sizes.append(i - start + 1)
            start = i + 1
    return sizes
