# class: O(n)
# problem: longest-increasing-subsequence
# note: prefix-maximum Fenwick tree indexed by value; values are -10^4..10^4, so each query and update is at most 15 steps whatever n (the log is of the value range)
def length_of_lis(nums):
    size = 20002
    tree = [0] * (size + 1)
    best = 0
    for x in nums:
        i = x + 10**4
        q, j = 0, i
        while j > 0:
            if tree[j] > q:
                q = tree[j]
            j -= j & -j
        length = q + 1
        if length > best:
            best = length
        j = i + 1
        while j <= size:
            if tree[j] < length:
                tree[j] = length
            j += j & -j
    return best
