# LeetCode-style: count the most frequent letters and apply the frame formula; no imports.
class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        freq = Counter(tasks)
        most = max(freq.values())
        ties = list(freq.values()).count(most)
        return max(len(tasks), (most - 1) * (n + 1) + ties)
