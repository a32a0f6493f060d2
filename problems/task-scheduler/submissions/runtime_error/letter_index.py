# Bug: a table of 25 counts, one short of the alphabet, so a task "Z" indexes past its end
# and raises IndexError.
def least_interval(tasks, n):
    counts = [0] * 25
    for task in tasks:
        counts[ord(task) - ord("A")] += 1
    top = max(counts)
    with_top = counts.count(top)
    return max(len(tasks), (top - 1) * (n + 1) + with_top)
