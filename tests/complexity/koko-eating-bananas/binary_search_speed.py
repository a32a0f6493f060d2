# class: O(n)
# problem: koko-eating-bananas
# note: binary search over speeds 1..max(piles), a pass over the piles per step; about 30 steps whatever n (piles go up to 10^9), so the log is of the largest pile, not of n
def min_eating_speed(piles, h):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if sum((p + mid - 1) // mid for p in piles) <= h:
            hi = mid
        else:
            lo = mid + 1
    return lo
