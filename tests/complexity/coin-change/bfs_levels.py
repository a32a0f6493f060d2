# class: O(n)
# problem: coin-change
# note: LeetCode style: breadth-first over remaining amounts
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        seen = {amount}
        frontier = [amount]
        steps = 0
        while frontier:
            steps += 1
            nxt = []
            for rest in frontier:
                for c in coins:
                    left = rest - c
                    if left == 0:
                        return steps
                    if left > 0 and left not in seen:
                        seen.add(left)
                        nxt.append(left)
            frontier = nxt
        return -1
