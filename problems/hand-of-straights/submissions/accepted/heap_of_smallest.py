# A min-heap of the distinct values hands out the smallest value still in the hand; each group
# is built from it upwards, and a value leaves the heap when its last copy is used.
import heapq
from collections import Counter


def is_n_straight_hand(hand, group_size):
    if len(hand) % group_size != 0:
        return False
    left = Counter(hand)
    heap = list(left)
    heapq.heapify(heap)
    while heap:
        first = heap[0]
        for card in range(first, first + group_size):
            copies = left[card]
            if copies == 0:
                return False
            left[card] = copies - 1
            if copies == 1:
                # Only the current smallest may run out: a larger value emptied first would
                # leave a smaller one stranded with no way to start its group.
                if card != heap[0]:
                    return False
                heapq.heappop(heap)
    return True
