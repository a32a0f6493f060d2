# class: O(n log n)
# problem: longest-increasing-subsequence
# note: patience tails with bisect_left; on random input the tails list grows to about 2√n, so each search is ½ log n steps (still n log n)
from bisect import bisect_left

def length_of_lis(nums):
    tails = []
    for x in nums:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)
