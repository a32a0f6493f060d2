# class: O(n)
# problem: koko-eating-bananas
# note: LeetCode style: binary search between ceil(total / h) and max(piles), a constant number of steps here (piles up to 10^9), each a pass over the piles
class Solution:
    def minEatingSpeed(self, piles: List[int], h: int) -> int:
        lo, hi = max(1, -(-sum(piles) // h)), max(piles)
        while lo < hi:
            mid = (lo + hi) // 2
            hours = 0
            for p in piles:
                hours += -(-p // mid)
            if hours <= h:
                hi = mid
            else:
                lo = mid + 1
        return lo
