# class: O(n^2)
# problem: house-robber
# note: C-speed quadratic: each house takes max() over a fresh slice of all bests two or more houses back
def rob(nums):
    ending = []
    for i, x in enumerate(nums):
        earlier = ending[:i - 1] if i >= 2 else []
        ending.append(x + (max(earlier) if earlier else 0))
    return max(ending)
