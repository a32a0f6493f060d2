# LeetCode-style: class Solution, typing hints; walks the sorted cards and opens one group at
# each card whose value still has copies left.
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        counts = collections.Counter(hand)
        for card in sorted(hand):
            if counts[card] == 0:
                continue
            for nxt in range(card, card + groupSize):
                if counts[nxt] == 0:
                    return False
                counts[nxt] -= 1
        return True
