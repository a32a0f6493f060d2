# Bug: heap entries (value, node) without a tie-breaker, so two equal values make heapq
# compare two ListNode objects, which raises TypeError.
import heapq


def merge_k_lists(lists):
    heap = [(node.val, node) for node in lists if node]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next:
            heapq.heappush(heap, (node.next.val, node.next))
    return dummy.next
