# LeetCode-style: a table over (coins considered, amount), the textbook form before the
# one-row saving.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        k = len(coins)
        table = [[0] * (amount + 1) for _ in range(k + 1)]
        for i in range(k + 1):
            table[i][0] = 1
        for i in range(1, k + 1):
            c = coins[i - 1]
            row, above = table[i], table[i - 1]
            for a in range(1, amount + 1):
                row[a] = above[a] + (row[a - c] if a >= c else 0)
        return table[k][amount]
